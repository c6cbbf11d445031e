package dev.citegraph.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds where each article names each entity, by its canonical name or any alias.
 *
 * <p>Matches are leftmost-longest and never overlap, so "Tongyi Qianwen" is a mention of the
 * model, not also of whatever owns "Tongyi". Latin names must stand as whole words ("ATH" is not
 * found inside "PATH"); Chinese names have no word boundaries to respect. An entity that a claim
 * of the article names is a mention even where the text refers to it only indirectly.
 *
 * <p>Each occurrence comes with the sentence around it, as ICU's sentence rules for the article's
 * language cut the text (a line break ends a sentence too), so "every sentence that names Qwen,
 * under any name" needs no text processing at query time.
 */
final class MentionScanner {

    /** A name of an entity found in a text, at char indices (end exclusive). */
    record Match(int start, int end, String entityId) {
    }

    /**
     * Every name of every entity in a new article, leftmost-longest, for proposals: the registry's
     * names as {@link #scan} finds them, and also their case and width variants ("ALIBABA",
     * full-width "Ｑｗｅｎ"), a person's two-word name in the other order ("Jingren Zhou"), and the
     * form an article gives in brackets beside a name it shares with the registry ("Wu Yongming
     * (吴泳铭)", "Tongyi Qianwen (Qwen)", "Alibaba Token Hub (ATH)"), wherever the article uses it.
     */
    static List<Match> find(String text, Collection<Corpus.Entity> entities) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Corpus.Entity e : entities) {
            names.putIfAbsent(e.name(), e.id());
            e.aliases().forEach(a -> names.putIfAbsent(a, e.id()));
            if (e.type().equals("Person")) {
                Stream.concat(Stream.of(e.name()), e.aliases().stream()).map(MentionScanner::reversed)
                        .filter(r -> r != null).forEach(r -> names.putIfAbsent(r, e.id()));
            }
        }
        String folded = WidthFold.of(text);
        List<Match> found = variants(text, folded, names);
        Map<String, Corpus.Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        Map<String, String> bracketed = BracketedForms.of(text, found, names, byId);
        if (!bracketed.isEmpty()) {
            names.putAll(bracketed);
            found = variants(text, folded, names);
        }
        return found;
    }

    /** "Zeming Wu" for "Wu Zeming": two Latin words only (Chinese-script names have no order to reverse). */
    static String reversed(String name) {
        String[] words = name.split(" ");
        return words.length == 2 && words[0].chars().allMatch(Character::isLetter) && words[1].chars().allMatch(Character::isLetter)
                && words[0].codePoints().noneMatch(MentionScanner::han) ? words[1] + " " + words[0] : null;
    }

    /**
     * Names found whatever their case and width: a match that differs from the name in case counts
     * where the name has several words or the text writes it in capitals (a heading), so that "ATH"
     * is not found in "ath" nor "Ant" in "ant".
     */
    private static List<Match> variants(String text, String folded, Map<String, String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        Set<String> asWritten = new HashSet<>();
        names.forEach((name, id) -> {
            asWritten.add(WidthFold.of(name));
            byKey.putIfAbsent(WidthFold.of(name).toLowerCase(Locale.ROOT), id);
        });
        Trie trie = Trie.builder().ignoreCase().addKeywords(byKey.keySet()).build();
        List<Match> candidates = new ArrayList<>();
        for (Emit emit : trie.parseText(folded)) {
            int start = emit.getStart(), end = emit.getEnd() + 1;
            String written = folded.substring(start, end);
            boolean accepted = asWritten.contains(written) || written.contains(" ")
                    || written.equals(written.toUpperCase(Locale.ROOT));
            if (accepted && wholeWord(folded, start, end)) {
                candidates.add(new Match(start, end, byKey.get(emit.getKeyword())));
            }
        }
        return leftmostLongest(candidates);
    }

    private MentionScanner() {
    }

    static List<Corpus.Mention> scan(Collection<Corpus.Source> sources, Collection<Corpus.Entity> entities,
            List<Corpus.Claim> claims) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Corpus.Entity e : entities) {
            names.putIfAbsent(e.name(), e.id());
            e.aliases().forEach(a -> names.putIfAbsent(a, e.id()));
        }
        Trie trie = Trie.builder().addKeywords(names.keySet()).build();
        Map<String, List<Corpus.Claim>> claimsBySource = new HashMap<>();
        claims.forEach(c -> claimsBySource.computeIfAbsent(c.sourceId(), k -> new ArrayList<>()).add(c));
        SharedStrings words = new SharedStrings();
        // Articles are scanned side by side (the trie and the maps are only read); the mentions
        // keep the articles' order.
        return List.copyOf(sources).parallelStream()
                .flatMap(source -> mentions(source, trie, names, claimsBySource.getOrDefault(source.id(), List.of()), words)
                        .stream())
                .toList();
    }

    /** The entities one article names, by name or through its claims, each with its occurrences. */
    private static List<Corpus.Mention> mentions(Corpus.Source source, Trie trie, Map<String, String> names,
            List<Corpus.Claim> claims, SharedStrings words) {
        Map<String, List<Match>> byEntity = new TreeMap<>();
        for (Match m : matches(source.text(), trie, names)) {
            byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
        }
        for (Corpus.Claim c : claims) {
            if (c.relationshipId() != null) {
                byEntity.putIfAbsent(c.subject(), List.of());
                byEntity.putIfAbsent(c.object(), List.of());
            }
        }
        Sentences sentences = new Sentences(source, words);
        List<Corpus.Mention> mentions = new ArrayList<>();
        byEntity.forEach((entityId, found) -> mentions.add(new Corpus.Mention(source.id(), entityId,
                found.stream().map(sentences::occurrence).toList())));
        return mentions;
    }

    /** The sentences of one text, found once, and each match placed in its own. */
    private static final class Sentences {

        private final String text;
        private final int[] bounds;
        /** No character outside the Basic Multilingual Plane: char offsets are code-point offsets. */
        private final boolean bmpOnly;
        /** The names found (shared by all texts) and the sentences of this text, one string each. */
        private final SharedStrings words;
        private final SharedStrings sentences = new SharedStrings();

        Sentences(Corpus.Source source, SharedStrings words) {
            this.words = words;
            this.text = source.text();
            bounds = SentenceBreaks.of(source);
            bmpOnly = text.codePointCount(0, text.length()) == text.length();
        }

        Corpus.Occurrence occurrence(Match m) {
            int i = Arrays.binarySearch(bounds, m.start());
            int from = i >= 0 ? bounds[i] : bounds[-i - 2];
            int to = bounds[Math.min(i >= 0 ? i + 1 : -i - 1, bounds.length - 1)];
            // A name may run across a break the rules saw inside it ("Alibaba Group Holding Ltd. said");
            // its sentence then runs on to the break after the name.
            while (to < m.end()) {
                to = bounds[Arrays.binarySearch(bounds, to) + 1];
            }
            // The break follows the white space after a sentence; the sentence itself ends before it,
            // and starts after any indentation.
            while (to > m.end() && Character.isWhitespace(text.codePointBefore(to))) {
                to -= Character.charCount(text.codePointBefore(to));
            }
            while (from < m.start() && Character.isWhitespace(text.codePointAt(from))) {
                from += Character.charCount(text.codePointAt(from));
            }
            return new Corpus.Occurrence(codePoints(m.start()), codePoints(m.end()),
                    words.of(text.substring(m.start(), m.end())), codePoints(from), codePoints(to),
                    sentences.of(text.substring(from, to)));
        }

        private int codePoints(int index) {
            return bmpOnly ? index : text.codePointCount(0, index);
        }
    }

    /** Every occurrence of every name (the trie finds them all in one pass), then leftmost-longest without overlaps. */
    private static List<Match> matches(String text, Trie trie, Map<String, String> names) {
        List<Match> candidates = new ArrayList<>();
        for (Emit emit : trie.parseText(text)) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1; // the trie's end is inclusive
            if (wholeWord(text, start, end)) {
                candidates.add(new Match(start, end, names.get(emit.getKeyword())));
            }
        }
        return leftmostLongest(candidates);
    }

    private static List<Match> leftmostLongest(List<Match> candidates) {
        candidates.sort(Comparator.comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
        List<Match> chosen = new ArrayList<>();
        int covered = 0;
        for (Match m : candidates) {
            if (m.start() >= covered) {
                chosen.add(m);
                covered = m.end();
            }
        }
        return chosen;
    }

    private static boolean wholeWord(String text, int start, int end) {
        return !(latin(text.codePointAt(start)) && start > 0 && latin(text.codePointBefore(start)))
                && !(latin(text.codePointBefore(end)) && end < text.length() && latin(text.codePointAt(end)));
    }

    static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean latin(int cp) {
        return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
    }
}
