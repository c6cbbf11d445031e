package dev.citegraph.corpus;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each repeated value of a corpus being read. A parsed file gives every value a string
 * of its own: at 200,000 claims the corpus held the same entity ids, relationship types and ids,
 * names and sentences hundreds of thousands of times over, a third of its 260 MB, and the server
 * holds the corpus beside the database while it writes the graph. Articles are read side by side
 * ({@link ClaimResolver}, {@link MentionScanner}), so one instance may be asked from several threads.
 */
final class SharedStrings {

    private final Map<String, String> seen = new ConcurrentHashMap<>();

    /** The first string equal to {@code value} that was shared here; null for null. */
    String of(String value) {
        if (value == null) {
            return null;
        }
        String first = seen.putIfAbsent(value, value);
        return first == null ? value : first;
    }
}
