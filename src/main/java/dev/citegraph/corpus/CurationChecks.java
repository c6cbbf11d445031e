package dev.citegraph.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;


import dev.citegraph.corpus.CorpusFiles.ClaimEntry;
import dev.citegraph.corpus.CorpusFiles.EntityEntry;
import dev.citegraph.corpus.CorpusFiles.OtherName;

/**
 * The checks that keep curation faithful to the articles' words, so that the sixth article keeps the
 * bar of the first five: every alias is a wording of an article (or says what else it is), every date
 * comes from its own article, every dispute has a statement to contradict and words that name it,
 * attributed words are marked reported, and a conflict's sides are distinct. What a check cannot
 * decide becomes a warning with the reason, never a silent pass (corpus/README.md, "Curation checks").
 */
final class CurationChecks {

    /** What a name no article uses may be: a translation, an external (official, former, Western-order) form, a spelling. */
    static final Set<String> NAME_FORMS = Set.of("translation", "external", "spelling");
    /** The one source a claim's date may be derived from besides its own text: the article's publication date. */
    static final String DERIVED_FROM_ARTICLE = "article";

    /** Words that attribute a sentence to someone else than the article. */
    private static final Pattern ATTRIBUTED = Pattern.compile(
            "\\b(according to|insiders?|sources? (say|says|said|familiar)|people familiar|"
                    + "it (has been|had been|was|is) reported|reportedly|as (indicated|reported) by|reports? from)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that may attribute a sentence, or may be the article's own voice: a reader decides. */
    private static final Pattern MAYBE_ATTRIBUTED = Pattern.compile(
            "\\b(suggest(s|ed)?|said|says|claims?|reports?(?!\\s+(directly\\s+)?to\\b)|reported|indicates?|indicated)\\b", Pattern.CASE_INSENSITIVE);

    private CurationChecks() {
    }

    /**
     * Every alias must stand, as a whole word and as written, in some article; a name no article
     * uses goes under {@code otherNames} with its form and basis; a name there that an article does
     * use is a warning (it belongs under {@code aliases}).
     */
    static void names(EntityEntry e, NameUses uses, Collection<Corpus.Source> sources, Problems at, Problems warn) {
        for (String alias : e.aliasList()) {
            if (uses.firstSource(alias) == null) {
                String folded = usedFolded(alias, sources);
                if (folded != null) {
                    warn.add("alias '" + alias + "' of '" + e.id() + "' stands in the articles only as '" + folded
                            + "': list that wording, or keep this one if lookups need it");
                } else {
                    at.add("alias '" + alias + "' of '" + e.id() + "' appears in no article; remove it, or move it to "
                            + "otherNames with its form (" + String.join(", ", new TreeSet<>(NAME_FORMS)) + ") and basis");
                }
            }
        }
        for (OtherName other : e.otherNameList()) {
            if (!NAME_FORMS.contains(other.form())) {
                at.add("otherNames '" + other.name() + "': form must be one of " + new TreeSet<>(NAME_FORMS));
            }
            if (other.basis() == null || other.basis().isBlank()) {
                at.add("otherNames '" + other.name() + "' needs a basis: where the name comes from");
            }
            String source = uses.firstSource(other.name());
            if (source != null) {
                // A new article may well use a translation: the curator moves it, the draft does not break the corpus.
                warn.add("otherNames '" + other.name() + "' appears in " + source + "; list it under aliases");
            }
        }
    }

    /**
     * A claim's date comes from its own article: each part (year, month, day) the text does not state
     * must be marked {@code dateDerived: article} and equal the article's publication date; a date
     * borrowed from another article is left out, since the graph already combines the sources.
     */
    static void dates(ClaimEntry c, Corpus.Source source, PartialDate from, PartialDate to, Problems at) {
        if ("rejected".equals(c.review())) {
            return; // a rejected claim asserts nothing, its date included
        }
        if (c.dateDerived() != null && !DERIVED_FROM_ARTICLE.equals(c.dateDerived())) {
            at.add("dateDerived must be '" + DERIVED_FROM_ARTICLE + "' (the article's own publication date)");
            return;
        }
        if (c.dateDerived() != null && from == null && to == null) {
            at.add("dateDerived is set but the claim has no validFrom or validTo");
        }
        checkDate("validFrom", from, c.dateDerived() != null, source, at);
        checkDate("validTo", to, c.dateDerived() != null, source, at);
    }

    private static void checkDate(String field, PartialDate date, boolean derived, Corpus.Source source, Problems at) {
        if (date == null) {
            return;
        }
        List<String> unstated = DatesStated.unstated(source.text(), date);
        if (unstated.isEmpty()) {
            return;
        }
        if (!derived) {
            at.add(field + " " + date + ": " + source.id() + " states no " + String.join(" and no ", unstated)
                    + "; a date taken from the article's own publication date is marked "
                    + "dateDerived: article, and one borrowed from another article is left out");
            return;
        }
        String[] parts = date.value().split("-");
        String[] published = source.publishedOn() == null ? new String[0] : source.publishedOn().value().split("-");
        for (String part : unstated) {
            int index = part.startsWith("year") ? 0 : part.startsWith("month") ? 1 : 2;
            if (published.length <= index || !published[index].equals(parts[index])) {
                at.add(field + " " + date + " is marked dateDerived: article, but its " + part + " is not in the "
                        + "article's publication date (" + source.publishedOn() + ")");
            }
        }
    }

    /**
     * The checks that need the whole corpus: disputes, attribution, entities nothing names, conflict sides.
     *
     * @param entityLines the line of each entity in entities.yaml
     */
    static void corpus(Map<String, Corpus.Source> sources, Map<String, Corpus.Entity> entities,
            Map<String, Integer> entityLines, List<Corpus.Claim> claims, Map<String, Corpus.Relationship> relationships,
            List<Corpus.Mention> mentions, List<Corpus.Conflict> conflicts, Map<String, Integer> conflictLines,
            List<CorpusProblem> problems, List<CorpusProblem> warnings) {
        disputes(entities, claims, relationships, problems, warnings);
        attribution(sources, entities, claims, problems, warnings);
        unnamed(entities, entityLines, claims, mentions, problems, warnings);
        sides(sources, claims, conflicts, conflictLines, problems, warnings);
    }

    /**
     * A dispute needs a statement to contradict, and words about it: words that never name the subject
     * say nothing of it. Words that state a relationship naming neither end may lean on their context:
     * a reader decides.
     */
    private static void disputes(Map<String, Corpus.Entity> entities, List<Corpus.Claim> claims,
            Map<String, Corpus.Relationship> relationships, List<CorpusProblem> problems, List<CorpusProblem> warnings) {
        for (Corpus.Claim c : claims) {
            // An event is named by its curator, not by the text: words about one name the happening, not the label.
            if ("supports".equals(c.stance()) && "accepted".equals(c.status())
                    && !"Event".equals(entities.get(c.object()).type()) && !named(c.quote(), entities.get(c.subject())) && !named(c.quote(), entities.get(c.object()))) {
                warnings.add(new CorpusProblem(c.file(), c.line(), "claim " + c.id() + " states " + c.relationshipId()
                        + " in words that name neither end: check that they state it"));
            }
            if (!"disputes".equals(c.stance()) || !"accepted".equals(c.status())) {
                continue;
            }
            Corpus.Relationship r = relationships.get(c.relationshipId());
            if (r == null || r.citations().stream().noneMatch(x -> "supports".equals(x.stance()))) {
                problems.add(new CorpusProblem(c.file(), c.line(), "claim " + c.id() + " disputes " + c.relationshipId()
                        + ", which no accepted claim in any source states: there is nothing to dispute"));
                continue;
            }
            boolean subject = named(c.quote(), entities.get(c.subject()));
            boolean object = named(c.quote(), entities.get(c.object()));
            if (!subject) {
                problems.add(new CorpusProblem(c.file(), c.line(), "claim " + c.id() + " disputes " + c.relationshipId()
                        + " with words that do not name " + c.subject()
                        + ": a dispute needs words that say something of its subject, and contradict the relationship"));
            } else if (!object) {
                warnings.add(new CorpusProblem(c.file(), c.line(), "claim " + c.id() + " disputes " + c.relationshipId()
                        + " with words that do not name " + c.object() + ": check that they contradict it"));
            }
        }
    }

    /** Words inside a sentence that attributes them to an outlet, insiders or sources are reported, not asserted. */
    private static void attribution(Map<String, Corpus.Source> sources, Map<String, Corpus.Entity> entities,
            List<Corpus.Claim> claims, List<CorpusProblem> problems, List<CorpusProblem> warnings) {
        List<String> outlets = entities.values().stream().filter(e -> "media".equals(e.kind()))
                .flatMap(e -> Stream.concat(Stream.of(e.name()), e.aliases().stream())).toList();
        Map<String, int[]> sentencesBySource = new HashMap<>();
        for (Corpus.Claim c : claims) {
            if (c.relationshipId() == null || !"asserted".equals(c.modality()) || !"accepted".equals(c.status())) {
                continue;
            }
            Corpus.Source source = sources.get(c.sourceId());
            String text = source.text();
            int start = text.offsetByCodePoints(0, c.start());
            int end = text.offsetByCodePoints(0, c.end());
            int[] breaks = sentencesBySource.computeIfAbsent(source.id(), k -> SentenceBreaks.of(source));
            for (int i = 0; i + 1 < breaks.length; i++) {
                if (breaks[i + 1] <= start || breaks[i] >= end) {
                    continue;
                }
                String sentence = text.substring(breaks[i], breaks[i + 1]).strip();
                String outlet = outlets.stream().filter(o -> wordAt(sentence, o) >= 0).findFirst().orElse(null);
                var strong = ATTRIBUTED.matcher(sentence);
                if (outlet != null || strong.find()) {
                    problems.add(new CorpusProblem(c.file(), c.line(), "claim " + c.id() + " is in a sentence attributed to "
                            + (outlet != null ? outlet : "'" + strong.group() + "'") + " (\"" + abbreviate(sentence)
                            + "\"): mark it modality: reported"));
                    break;
                }
                var weak = MAYBE_ATTRIBUTED.matcher(sentence);
                if (weak.find()) {
                    warnings.add(new CorpusProblem(c.file(), c.line(), "claim " + c.id() + " is in a sentence with '"
                            + weak.group() + "' (\"" + abbreviate(sentence) + "\"): if the words are someone else's, "
                            + "mark it modality: reported"));
                }
            }
        }
    }

    /** An entity nothing names is noise in every answer; one only the articles name is a relationship not yet captured. */
    private static void unnamed(Map<String, Corpus.Entity> entities, Map<String, Integer> entityLines,
            List<Corpus.Claim> claims, List<Corpus.Mention> mentions, List<CorpusProblem> problems,
            List<CorpusProblem> warnings) {
        Set<String> claimed = new HashSet<>();
        claims.stream().filter(c -> c.relationshipId() != null && !"rejected".equals(c.status()))
                .forEach(c -> claimed.addAll(List.of(c.subject(), c.object())));
        Map<String, Set<String>> namedIn = new LinkedHashMap<>();
        mentions.stream().filter(m -> !m.occurrences().isEmpty())
                .forEach(m -> namedIn.computeIfAbsent(m.entityId(), k -> new TreeSet<>()).add(m.sourceId()));
        for (Corpus.Entity e : entities.values()) {
            if (claimed.contains(e.id()) || e.dateCitation() != null) {
                continue;
            }
            int line = entityLines.getOrDefault(e.id(), 0);
            if (!namedIn.containsKey(e.id())) {
                problems.add(new CorpusProblem(CorpusLoader.ENTITIES, line, "entity '" + e.id()
                        + "' has no claims and no article names it; remove it"));
            } else {
                warnings.add(new CorpusProblem(CorpusLoader.ENTITIES, line, "entity '" + e.id() + "' is named in "
                        + namedIn.get(e.id()) + " but in no claim: a relationship not yet captured?"));
            }
        }
    }

    /** Sides that cite the same claim take both positions at once; sides from different years may be explained by time. */
    private static void sides(Map<String, Corpus.Source> sources, List<Corpus.Claim> claims,
            List<Corpus.Conflict> conflicts, Map<String, Integer> conflictLines, List<CorpusProblem> problems,
            List<CorpusProblem> warnings) {
        Map<String, Corpus.Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        for (Corpus.Conflict conflict : conflicts) {
            int line = conflictLines.getOrDefault(conflict.id(), 0);
            Map<String, Integer> sideOf = new HashMap<>();
            Set<String> years = new TreeSet<>();
            for (int i = 0; i < conflict.sides().size(); i++) {
                for (String id : conflict.sides().get(i).claimIds()) {
                    Integer earlier = sideOf.putIfAbsent(id, i);
                    if (earlier != null && earlier != i) {
                        problems.add(new CorpusProblem(CorpusLoader.CONFLICTS, line, "conflict '" + conflict.id()
                                + "': sides " + (earlier + 1) + " and " + (i + 1) + " both cite claim " + id
                                + "; the words of one claim cannot take two sides"));
                    }
                    Corpus.Claim c = byId.get(id);
                    if (c != null && sources.get(c.sourceId()).publishedOn() != null) {
                        years.add(sources.get(c.sourceId()).publishedOn().value().substring(0, 4));
                    }
                }
            }
            if (!conflict.explainedByTime() && years.size() > 1) {
                warnings.add(new CorpusProblem(CorpusLoader.CONFLICTS, line, "conflict '" + conflict.id()
                        + "' cites articles of " + years + " but says time does not explain it: say why in its description"));
            }
        }
    }

    private static boolean named(String quote, Corpus.Entity entity) {
        return entity != null && Stream.concat(Stream.of(entity.name()), entity.aliases().stream())
                .anyMatch(n -> wordAt(quote, n) >= 0);
    }

    /** The wording an article uses for the name in another case, if any (lookups fold case; mentions do not). */
    private static String usedFolded(String name, Collection<Corpus.Source> sources) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        for (Corpus.Source s : sources) {
            String found = null;
            String lower = s.text().toLowerCase(Locale.ROOT);
            if (lower.length() == s.text().length() && wordAt(lower, lowerName) >= 0) {
                int at = wordAt(lower, lowerName);
                found = s.text().substring(at, at + name.length());
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The char index of the first whole-word occurrence of a name in a text (Chinese needs no word boundary), or -1. */
    static int wordAt(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            if (wholeWordAt(text, i, name)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the name, found in the text at char index i, stands there as a whole word. */
    static boolean wholeWordAt(String text, int i, String name) {
        int end = i + name.length();
        boolean before = i > 0 && latin(text.codePointBefore(i)) && latin(name.codePointAt(0));
        boolean after = end < text.length() && latin(text.codePointAt(end)) && latin(name.codePointBefore(name.length()));
        return !before && !after;
    }

    private static boolean latin(int cp) {
        return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
    }

    private static String abbreviate(String sentence) {
        return sentence.length() <= 90 ? sentence : sentence.substring(0, 87) + "…";
    }
}
