package dev.citegraph.database;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Neo4j server version as {@code dbms.components()} reports it: semantic ({@code 4.4.30},
 * {@code 5.26.0}) or, since 2025, calendar ({@code 2025.01.0}, {@code 2026.08.1}). Calendar years
 * are larger than any semantic major version, so comparing the numbers in order ranks both kinds.
 * Suffixes such as {@code -aura} or {@code -SNAPSHOT} are ignored.
 */
public record Neo4jVersion(int[] parts, String text) implements Comparable<Neo4jVersion> {

    private static final Pattern NUMBERS = Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    /** @throws IllegalArgumentException when the text does not start with a version number */
    public static Neo4jVersion parse(String text) {
        Matcher m = NUMBERS.matcher(text == null ? "" : text.strip());
        if (!m.find()) {
            throw new IllegalArgumentException("not a Neo4j version: '" + text + "'");
        }
        int[] parts = new int[3];
        for (int i = 0; i < 3; i++) {
            parts[i] = m.group(i + 1) == null ? 0 : Integer.parseInt(m.group(i + 1));
        }
        return new Neo4jVersion(parts, text.strip());
    }

    public boolean isAtLeast(Neo4jVersion minimum) {
        return compareTo(minimum) >= 0;
    }

    @Override
    public int compareTo(Neo4jVersion other) {
        return Arrays.compare(parts, other.parts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Neo4jVersion v && Arrays.equals(parts, v.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return text;
    }
}
