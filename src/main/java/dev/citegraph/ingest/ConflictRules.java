package dev.citegraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The conflict-detection rules: one Cypher query per file in {@code cypher/rules/}, each returning
 * rows of {@code id, origin, description, explainedByTime, sides [{summary, relationshipIds,
 * stance}], about [entity ids]}. Kept as Cypher files so a researcher can read, run and extend them.
 */
final class ConflictRules {

    record Rule(String name, String cypher) {
    }

    private ConflictRules() {
    }

    static List<Rule> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".cypher")).sorted()
                    .map(f -> new Rule(f.getFileName().toString().replace(".cypher", ""), text(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
