package dev.citegraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One level of a nested field for a whole response: every distinct key is loaded in one query,
 * and each parent gets the value of its key. Every {@code @BatchMapping} of the API answers this way.
 */
final class Batch {

    private Batch() {
    }

    /**
     * @param key the parent's key; null when it has none (a search hit for an entity has no source)
     * @param load one query for all the keys, answering a map from key to value
     */
    static <P, V> Map<P, V> byKey(List<P> parents, Function<P, String> key, Function<List<String>, Map<String, V>> load) {
        List<String> keys = parents.stream().map(key).filter(Objects::nonNull).distinct().toList();
        Map<String, V> found = keys.isEmpty() ? Map.of() : load.apply(keys);
        // A batch answer may not hold null: a parent whose key is missing or finds nothing is left out,
        // which the response shows as null.
        Map<P, V> answer = new HashMap<>();
        for (P parent : parents) {
            String k = key.apply(parent);
            V value = k == null ? null : found.get(k);
            if (value != null) {
                answer.put(parent, value);
            }
        }
        return answer;
    }
}
