package dev.citegraph.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds where each article names each entity, by its canonical name or any alias.
 *
 * <p>Matches are leftmost-longest and never overlap, so "Tongyi Qianwen" is a mention of the
 * model, not also of whatever owns "Tongyi". Latin names must stand as whole words ("ATH" is not
 * found inside "PATH"); Chinese names have no word boundaries to respect. An entity that a claim
 * of the article names is a mention even where the text refers to it only indirectly.
 */
final class MentionScanner {

    private record Match(int start, int end, String entityId) {
    }

    private MentionScanner() {
    }

    static List<Corpus.Mention> scan(Collection<Corpus.Source> sources, Collection<Corpus.Entity> entities,
            List<Corpus.Claim> claims) {
        List<Corpus.Mention> mentions = new ArrayList<>();
        for (Corpus.Source source : sources) {
            Map<String, List<Match>> byEntity = new TreeMap<>();
            for (Match m : matches(source.text(), entities)) {
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

    private static List<Match> matches(String text, Collection<Corpus.Entity> entities) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Corpus.Entity e : entities) {
            names.putIfAbsent(e.name(), e.id());
            e.aliases().forEach(a -> names.putIfAbsent(a, e.id()));
        }
        List<Match> candidates = new ArrayList<>();
        names.forEach((name, id) -> {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (wholeWord(text, at, at + name.length())) {
                    candidates.add(new Match(at, at + name.length(), id));
                }
            }
        });
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
