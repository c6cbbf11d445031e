package dev.citegraph.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits a curator makes to one article that a benchmark measures the reload of: requote its
 * first claim, retract it, restore it. Each edit touches that article's files alone (and its one
 * entry in sources.yaml), so what the reload writes should depend on the article, not the corpus.
 */
final class ProbeEdits {

    private final Path root;
    private final String id;
    private String originalQuoteLine;

    ProbeEdits(Path root, String id) {
        this.root = root;
        this.id = id;
    }

    /**
     * Switches the first claim's quote between its sentence and that sentence without its last
     * character: still an exact, unique part of the text, so the claim and its citation change
     * offsets and words but the relationship stays the same.
     */
    void toggleQuote() {
        Path file = root.resolve("claims/" + id + ".yaml");
        List<String> lines = read(file);
        int at = indexOf(lines, "    quote: \"");
        String line = lines.get(at);
        if (originalQuoteLine == null) {
            originalQuoteLine = line;
        }
        if (line.equals(originalQuoteLine)) {
            String quote = line.substring(line.indexOf('"') + 1, line.length() - 1);
            String shorter = quote.substring(0, quote.offsetByCodePoints(quote.length(), -1));
            String text = readString(root.resolve("sources/" + id + ".txt"));
            if (shorter.contains("\\") || text.indexOf(shorter) != text.lastIndexOf(shorter)) {
                throw new IllegalStateException("the shortened quote of " + id + " is not unique: " + shorter);
            }
            lines.set(at, "    quote: \"" + shorter + "\"");
        } else {
            lines.set(at, originalQuoteLine);
        }
        write(file, lines);
    }

    void retract() {
        Path file = root.resolve("sources.yaml");
        List<String> lines = read(file);
        lines.add(indexOf(lines, "- id: " + id) + 1, "  retracted: {on: \"2026-10-01\", reason: \"benchmark\"}");
        write(file, lines);
    }

    void restore() {
        Path file = root.resolve("sources.yaml");
        List<String> lines = read(file);
        lines.remove(indexOf(lines, "- id: " + id) + 1);
        write(file, lines);
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(start) || start.endsWith("\"") && lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new IllegalStateException("no line " + start);
    }

    private static List<String> read(Path file) {
        try {
            return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
