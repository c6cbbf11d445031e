package dev.citegraph.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Property values and names written as Cypher source text that evaluates back to exactly the same value. */
final class CypherLiteral {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private CypherLiteral() {
    }

    /** A value as Neo4j stores it: string, integer, float, boolean, date, time, or a list of those. */
    static String of(Object value) {
        return switch (value) {
            case String s -> string(s);
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case Boolean b -> b.toString();
            case Double d when Double.isFinite(d) -> d.toString();
            case LocalDate d -> "date('" + d + "')";
            // Not written by the ingest, but a graph edited by hand may hold them; the export must not fail on them.
            case java.time.ZonedDateTime t -> "datetime('" + t + "')";
            case java.time.OffsetDateTime t -> "datetime('" + t + "')";
            case java.time.LocalDateTime t -> "localdatetime('" + t + "')";
            case java.time.LocalTime t -> "localtime('" + t + "')";
            case java.time.OffsetTime t -> "time('" + t + "')";
            case List<?> list -> list.stream().map(CypherLiteral::of).collect(Collectors.joining(", ", "[", "]"));
            case Map<?, ?> map -> map(map);
            default -> throw new IllegalArgumentException(
                    "the Cypher export cannot write a value of type " + value.getClass().getName() + ": " + value);
        };
    }

    /** A map literal with its keys in sorted order, so the same graph always gives the same text. */
    static String map(Map<?, ?> map) {
        return new TreeMap<>(map).entrySet().stream()
                .map(e -> name((String) e.getKey()) + ": " + of(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A single-quoted string; line breaks and other control characters are escaped, so a literal never spans lines. */
    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('\'');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                        out.append("\\u%04X".formatted(cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('\'').toString();
    }

    /** A label, relationship type or property name, quoted with backticks when it is not a plain identifier. */
    static String name(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : "`" + name.replace("`", "``") + "`";
    }
}
