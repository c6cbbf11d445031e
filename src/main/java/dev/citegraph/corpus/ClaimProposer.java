package dev.citegraph.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Proposes claims for a new article, deterministically and without a model: for two registry
 * entities named in one sentence with a cue word of a relationship type between them
 * ({@code cues} in ontology.yaml), a claim of that type whose quote is the exact words from the
 * first name to the second. Proposals are only proposals ({@code review: proposed}): they support
 * nothing until a person accepts them, and each says which rule made it and how sure it is.
 */
public final class ClaimProposer {

    /**
     * @param occurrence which occurrence of the quote is meant, when the article repeats it; else null
     * @param modality reported or forecast when the sentence says so, else asserted
     */
    public record Proposal(String subject, String type, String object, String title, String quote, Integer occurrence,
            String modality, String validFrom, String rule, double confidence) {
    }

    private static final List<String> REPORTED = List.of("according to", "reportedly", "reported", "insiders",
            "sources said", "据", "报道");
    private static final List<String> FORECAST = List.of(" will ", "likely", "could ", " may ", "expected to",
            "plans to", "将", "可能");
    private static final List<String> DATED = List.of("HOLDS_POSITION", "MEMBER_OF", "CHAIRS", "LEADS", "REPORTS_TO");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(?:\\d{1,2},\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern CHINESE_MONTH = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    /** The most characters between two names for a cue between them to be taken as joining them. */
    private static final int MAX_GAP = 80;

    private ClaimProposer() {
    }

    public static List<Proposal> propose(Corpus corpus, Corpus.Source source) {
        String text = source.text();
        Map<String, Corpus.Entity> entities = corpus.entitiesById();
        List<MentionScanner.Match> mentions = MentionScanner.find(text, corpus.entities());
        Map<String, Proposal> proposals = new LinkedHashMap<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(
                ULocale.forLanguageTag(source.language() == null ? "en" : source.language()));
        sentences.setText(text);
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            int from = start, to = end;
            List<MentionScanner.Match> inSentence = mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
            String sentence = text.substring(from, to);
            // Only names next to each other, and close: a cue between two names far apart, with others
            // between them, belongs to those others ("… appointed Wu Zeming …, replacing Shao Xiaofeng").
            for (int i = 0; i + 1 < inSentence.size(); i++) {
                MentionScanner.Match first = inSentence.get(i), second = inSentence.get(i + 1);
                if (!first.entityId().equals(second.entityId()) && second.start() - first.end() <= MAX_GAP) {
                    propose(corpus.ontology(), entities, text, sentence, first, second)
                            .forEach(p -> proposals.putIfAbsent(p.subject() + p.type() + p.object() + p.title() + p.quote(), p));
                }
            }
        }
        return List.copyOf(proposals.values());
    }

    private static List<Proposal> propose(Ontology ontology, Map<String, Corpus.Entity> entities, String text,
            String sentence, MentionScanner.Match first, MentionScanner.Match second) {
        String between = text.substring(first.end(), second.start());
        List<Proposal> found = new ArrayList<>();
        ontology.relationshipTypes().forEach((type, definition) -> {
            for (String cue : definition.cueList()) {
                if (!contains(between, cue)) {
                    continue;
                }
                // "chaired by X": the entity after the cue is the subject.
                boolean passive = cue.endsWith(" by");
                Corpus.Entity a = entities.get((passive ? second : first).entityId());
                Corpus.Entity b = entities.get((passive ? first : second).entityId());
                if (!fits(definition, a, b)) {
                    Corpus.Entity swap = a;
                    a = b;
                    b = swap;
                }
                if (!fits(definition, a, b) || (definition.titleRequired() && !type.equals("HOLDS_POSITION"))) {
                    continue;
                }
                String quote = text.substring(first.start(), second.end());
                String modality = modality(sentence);
                double confidence = Math.round((between.length() <= 30 ? 0.8 : 0.6)
                        * (modality.equals("asserted") ? 1.0 : 0.75) * 100) / 100.0;
                found.add(new Proposal(a.id(), type, b.id(), definition.titleRequired() ? cue : null, quote,
                        occurrence(text, quote, first.start()), modality, DATED.contains(type) ? date(sentence) : null,
                        "cue '" + cue + "' between " + a.type() + " and " + b.type(), confidence));
                return;
            }
        });
        return found;
    }

    private static boolean fits(Ontology.RelationshipType type, Corpus.Entity subject, Corpus.Entity object) {
        return type.subjects().contains(subject.type()) && type.objects().contains(object.type());
    }

    /** Latin cues stand as whole words, whatever their case; Chinese ones anywhere. */
    private static boolean contains(String text, String cue) {
        if (cue.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return text.contains(cue);
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(cue) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    private static String modality(String sentence) {
        String lower = " " + sentence.toLowerCase(Locale.ROOT) + " ";
        if (REPORTED.stream().anyMatch(lower::contains)) {
            return "reported";
        }
        return FORECAST.stream().anyMatch(lower::contains) ? "forecast" : "asserted";
    }

    /** The date the sentence gives (Month YYYY, YYYY年M月, or a year), as precisely as it gives it; else null. */
    static String date(String sentence) {
        Matcher m = MONTH_YEAR.matcher(sentence);
        if (m.find()) {
            int month = List.of("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December").indexOf(m.group(1)) + 1;
            return m.group(2) + "-" + (month < 10 ? "0" : "") + month;
        }
        m = CHINESE_MONTH.matcher(sentence);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            return m.group(1) + "-" + (month < 10 ? "0" : "") + month;
        }
        m = YEAR.matcher(sentence);
        return m.find() ? m.group(1) : null;
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
