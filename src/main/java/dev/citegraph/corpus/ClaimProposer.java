package dev.citegraph.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;


/**
 * Proposes claims for a new article, deterministically and without a model, sentence by sentence
 * (ICU sentence breaks) over the registry names the article uses ({@link MentionScanner#find}):
 * <ul>
 * <li><b>cue between</b>: two names next to each other with a cue word of a relationship type
 * between them ({@code cues} in ontology.yaml): "Jack Ma co-founded Alibaba Group";</li>
 * <li><b>title beside a person</b>: a position's cue right before a person ("CEO Eddie Wu"), held in
 * the organisation next to it, or else in the organisation the article names most;</li>
 * <li><b>possessives and families</b>: "Meta's Llama" (develops), "Alibaba's commerce segment" (part
 * of), "the Qwen series (Qwen-72B, …)" (part of); and <b>table rows</b> of an organisation and its products;</li>
 * <li><b>listed together</b>: a name joined to an endpoint of a proposal by "and", a comma or 和
 * ("founders Jack Ma and Joe Tsai") is proposed in the same relationship.</li>
 * </ul>
 * The quote is the shortest run of the article's words that holds both names and the cue, with
 * its code-point offsets; modality and date come from the sentence ({@link SentenceCues}), or the
 * date from the article's publication, marked {@code dateFrom: article}. Proposals are only
 * proposals ({@code review: proposed}): they support nothing until a person accepts them, and each
 * says which rule made it and how sure it is.
 */
public final class ClaimProposer {

    /**
     * @param start the quote's first code point in the article; {@code end} is exclusive
     * @param occurrence which occurrence of the quote is meant, when the article repeats it; else null
     * @param modality reported or forecast when the sentence says so, else asserted
     * @param dateFrom where validFrom comes from: "sentence", "article" (its publication date), or null for none
     */
    public record Proposal(String subject, String type, String object, String title, String quote, int start, int end,
            Integer occurrence, String modality, String validFrom, String dateFrom, String rule, double confidence) {

        String key() {
            return subject + "|" + type + "|" + object;
        }
    }

    private static final List<String> DATED = List.of("HOLDS_POSITION", "MEMBER_OF", "CHAIRS", "LEADS", "REPORTS_TO");
    /** The most characters between two names for a cue between them to be taken as joining them. */
    private static final int MAX_GAP = 80;
    /** Between a title and the person holding it: nothing, or a word or two ("Group CTO", "CEO Eddie"). */
    private static final Pattern TITLE_GAP = Pattern.compile("\\s*(?:[,:]\\s*)?");
    /** Between two names listed together: "and", a comma, 和, 、 — and nothing that could be a cue. */
    private static final Pattern LISTED = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*|、|和|及|与)\\s*");
    private static final Pattern FORMER = Pattern.compile("\\b(?:former|ex-|previously|once)\\b|前", Pattern.CASE_INSENSITIVE);

    private ClaimProposer() {
    }

    public static List<Proposal> propose(Corpus corpus, Corpus.Source source) {
        String text = source.text();
        Map<String, Corpus.Entity> entities = corpus.entitiesById();
        List<MentionScanner.Match> mentions = MentionScanner.find(text, corpus.entities());
        String mainOrganization = mostNamed(mentions, entities);
        Map<String, Proposal> proposals = new LinkedHashMap<>();
        int[] breaks = SentenceBreaks.of(source);
        int next = 0;
        for (int i = 0; i + 1 < breaks.length; i++) {
            int start = breaks[i], end = breaks[i + 1];
            List<MentionScanner.Match> inSentence = new ArrayList<>();
            while (next < mentions.size() && mentions.get(next).start() < end) {
                if (mentions.get(next).start() >= start) {
                    inSentence.add(mentions.get(next));
                }
                next++;
            }
            Sentence sentence = new Sentence(text, start, end, inSentence, entities, corpus.ontology(), source);
            List<Proposal> found = new ArrayList<>(sentence.cuesBetween(MAX_GAP));
            found.addAll(sentence.titlesBesidePeople(mainOrganization, TITLE_GAP));
            found.addAll(sentence.possessivesAndFamilies());
            found.addAll(sentence.tableRows());
            found.addAll(sentence.besideEvents(MAX_GAP / 2));
            found.addAll(sentence.listedTogether(found, LISTED));
            found.forEach(p -> proposals.putIfAbsent(p.key() + "|" + p.title() + "|" + p.start(), p));
        }
        return List.copyOf(proposals.values());
    }

    /** The company the article names most: where a title stands alone ("CEO Eddie Wu"), the one meant. */
    private static String mostNamed(List<MentionScanner.Match> mentions, Map<String, Corpus.Entity> entities) {
        return mentions.stream().filter(m -> "company".equals(entities.get(m.entityId()).kind()))
                .collect(Collectors.groupingBy(MentionScanner.Match::entityId, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    static boolean fits(Ontology.RelationshipType type, Corpus.Entity subject, Corpus.Entity object) {
        return type.subjects().contains(subject.type()) && type.objects().contains(object.type())
                && !subject.id().equals(object.id());
    }

    /** The proposal for words from {@code from} to {@code to} (char indices) of the article, with the sentence's modality and date. */
    static Proposal proposal(Corpus.Source source, String sentence, Corpus.Entity subject, String type, Corpus.Entity object,
            String title, int from, int to, String rule, double confidence) {
        String text = source.text();
        String quote = text.substring(from, to);
        String modality = SentenceCues.modality(sentence);
        String date = null, dateFrom = null;
        if (DATED.contains(type)) {
            date = SentenceCues.date(sentence);
            dateFrom = date == null ? null : "sentence";
            if (date == null && source.publishedOn() != null && !FORMER.matcher(quote).find() && !modality.equals("forecast")) {
                date = source.publishedOn().toString();
                dateFrom = "article";
            }
        }
        int start = text.codePointCount(0, from);
        double sure = Math.round(confidence * (modality.equals("asserted") ? 1.0 : 0.8) * 100) / 100.0;
        return new Proposal(subject.id(), type, object.id(), title, quote, start, start + quote.codePointCount(0, quote.length()),
                occurrence(text, quote, from), modality, date, dateFrom, rule, sure);
    }

    /** Which occurrence of the quote starts at {@code at}, or null when the quote is the only one. */
    private static Integer occurrence(String text, String quote, int at) {
        int count = 0, index = 0;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            count++;
            if (i == at) {
                index = count;
            }
        }
        return count > 1 ? index : null;
    }
}
