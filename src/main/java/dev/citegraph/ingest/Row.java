package dev.citegraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One node or relationship the corpus implies, as the parameters of the Cypher that writes it:
 * {@code props} are exactly the properties it will have (with {@code hash} among them), the
 * other entries say where it goes (its ends, its labels). The hash covers everything the row
 * writes, so comparing it with the hash stored in the graph tells whether the row must be written;
 * recomputing it from the stored properties tells whether someone changed them behind our back.
 *
 * @param key what identifies it among its kind (an id; "source|entity" for a mention)
 */
record Row(String key, String hash, Map<String, Object> data) {

    /** The property that holds a node's or relationship's hash. */
    static final String HASH = "hash";

    /** The entry of {@link #data} that holds the properties written. */
    private static final String PROPS = "props";

    /**
     * A row whose properties are {@code props} plus the hash of {@code props} and {@code links}.
     * The row takes {@code props} over and adds the hash to it (a fresh map of {@link #props}, in
     * every caller), rather than copying hundreds of thousands of maps at an ingest.
     */
    static Row of(String key, Map<String, Object> props, Object... links) {
        Map<String, Object> data = props(links);
        String hash = hash(props, data);
        props.put(HASH, hash);
        data.put(PROPS, props);
        return new Row(key, hash, data);
    }

    /** Exactly the properties the row writes, its hash among them. */
    @SuppressWarnings("unchecked")
    Map<String, Object> properties() {
        return (Map<String, Object>) data.get(PROPS);
    }

    /** The map of the non-null pairs among {@code keysAndValues}, as Neo4j would store them. */
    static Map<String, Object> props(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    /**
     * The hash of stored properties (without the stored hash) and links, computed exactly as for a
     * new row: the SHA-256 of one line {@code l.name=value} per link, then {@code p.name=value} per
     * property, each group in name order (the order of the prefixed names), cut to 16 bytes.
     */
    static String hash(Map<String, Object> props, Map<String, Object> links) {
        StringBuilder text = new StringBuilder(256);
        lines(text, "l.", links, null);
        lines(text, "p.", props, HASH);
        byte[] digest = SHA_256.get().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /** A digest for each thread that hashes rows (Neo4j's importer hashes on several). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static void lines(StringBuilder text, String prefix, Map<String, Object> entries, String except) {
        String[] names = entries.keySet().toArray(String[]::new);
        Arrays.sort(names);
        for (String name : names) {
            if (!name.equals(except)) {
                canonical(text.append(prefix).append(name).append('='), entries.get(name)).append('\n');
            }
        }
    }

    /** Values as text that is the same whether they come from Java (Integer) or back from Neo4j (Long). */
    private static StringBuilder canonical(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case Number n -> out.append('#').append(n.longValue());
            case Boolean b -> out.append(b);
            case String s when s.indexOf('\\') < 0 && s.indexOf('"') < 0 -> out.append('"').append(s).append('"');
            case String s -> out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            case TemporalAccessor t -> out.append('@').append(t);
            case List<?> list -> {
                out.append('[');
                list.forEach(v -> canonical(out, v).append(','));
                out.append(']');
            }
            case Map<?, ?> map -> {
                out.append('{');
                new TreeMap<>(map).forEach((k, v) -> canonical(out.append(k).append(':'), v).append(','));
                out.append('}');
            }
            default -> throw new IllegalArgumentException("cannot hash a " + value.getClass().getSimpleName());
        }
        return out;
    }
}
