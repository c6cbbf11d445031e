package dev.citegraph.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds where each article names each entity, by its canonical name or any alias.
 *
 * <p>Matches are leftmost-longest and never overlap, so "Tongyi Qianwen" is a mention of the
 * model, not also of whatever owns "Tongyi". Latin names must stand as whole words ("ATH" is not
 * found inside "PATH"); Chinese names have no word boundaries to respect. An entity that a claim
 * of the article names is a mention even where the text refers to it only indirectly.
 */
final class MentionScanner {

    /** A name of an entity found in a text, at char indices (end exclusive). */
    record Match(int start, int end, String entityId) {
    }

    /** Every name of every entity in one text, leftmost-longest, as {@link #scan} finds them. */
    static List<Match> find(String text, Collection<Corpus.Entity> entities) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Corpus.Entity e : entities) {
            names.putIfAbsent(e.name(), e.id());
            e.aliases().forEach(a -> names.putIfAbsent(a, e.id()));
        }
        return matches(text, Trie.builder().addKeywords(names.keySet()).build(), names);
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
        List<Corpus.Mention> mentions = new ArrayList<>();
        for (Corpus.Source source : sources) {
            Map<String, List<Match>> byEntity = new TreeMap<>();
            for (Match m : matches(source.text(), trie, names)) {
                byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
            }
            for (Corpus.Claim c : claims) {
                if (c.relationshipId() != null && c.sourceId().equals(source.id())) {
                    byEntity.putIfAbsent(c.subject(), List.of());
                    byEntity.putIfAbsent(c.object(), List.of());
                }
            }
            byEntity.forEach((entityId, found) -> mentions.add(new Corpus.Mention(source.id(), entityId,
                    found.stream().map(m -> source.text().codePointCount(0, m.start())).toList(),
                    found.stream().map(m -> source.text().codePointCount(0, m.end())).toList())));
        }
        return mentions;
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

    private static boolean latin(int cp) {
        return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
    }
}
