package dev.citegraph.api;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * How many bytes an answer's data takes as compact JSON, counted by walking the maps, lists and
 * scalars graphql-java answers with, without writing them. The size cap used to serialize every
 * answer once to count it and Spring then serialized it again to send it: under the benchmark's
 * load that first serialization was a tenth of the processor time of a page of 200 relationships.
 * Strings are counted as Jackson writes them (UTF-8, with its escapes); a value of any other type
 * is counted by writing it.
 */
final class JsonSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSize() {
    }

    /**
     * Whether {@code value} takes more than {@code limit} bytes as JSON. A bound is counted first,
     * six bytes for every character of every string (no character takes more: an escape), which
     * reads no string's characters; only an answer whose bound is above the limit is counted exactly.
     */
    static boolean larger(Object value, long limit) {
        return of(value, limit, false) > limit && of(value, limit, true) > limit;
    }

    /** The size of {@code value} as JSON, or some number above {@code enough} once it is known to be larger. */
    static long of(Object value, long enough) {
        return of(value, enough, true);
    }

    /** @param exact count each string's bytes, or else six a character (at least as many) */
    private static long of(Object value, long enough, boolean exact) {
        return switch (value) {
            case null -> 4;
            case String s -> exact ? string(s) : 2 + 6L * s.length();
            case Boolean b -> b ? 4 : 5;
            case Integer i -> Integer.toString(i).length();
            case Long l -> Long.toString(l).length();
            case Map<?, ?> map -> map(map, enough, exact);
            case Iterable<?> list -> list(list, enough, exact);
            case Enum<?> e -> string(e.name());
            default -> JSON.writeValueAsBytes(value).length;
        };
    }

    private static long map(Map<?, ?> map, long enough, boolean exact) {
        long size = 2 + Math.max(0, map.size() - 1); // braces and commas
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            size += of(String.valueOf(entry.getKey()), enough, exact) + 1 + of(entry.getValue(), enough - size, exact);
            if (size > enough) {
                return size;
            }
        }
        return size;
    }

    private static long list(Iterable<?> list, long enough, boolean exact) {
        long size = 2;
        boolean first = true;
        for (Object item : list) {
            size += (first ? 0 : 1) + of(item, enough - size, exact);
            first = false;
            if (size > enough) {
                return size;
            }
        }
        return size;
    }

    /** Quotes, UTF-8 bytes, and Jackson's escapes: two bytes for a quote, a backslash and \b \t \n \f \r, six for other controls and a lone surrogate. */
    static long string(String s) {
        long size = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                size += c == '"' || c == '\\' || c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 2
                        : c < 0x20 ? 6 : 1;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                size += 4;
                i++;
            } else {
                size += Character.isSurrogate(c) ? 6 : 3; // a surrogate without its pair is escaped
            }
        }
        return size;
    }
}
