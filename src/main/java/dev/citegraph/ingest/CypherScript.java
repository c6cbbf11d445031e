package dev.citegraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A file of Cypher statements separated by semicolons, with {@code //} comment lines, as cypher-shell reads them. */
public final class CypherScript {

    private CypherScript() {
    }

    public static List<String> statements(Path file) {
        try {
            String body = Files.readAllLines(file).stream()
                    .filter(line -> !line.strip().startsWith("//"))
                    .collect(Collectors.joining("\n"));
            return Arrays.stream(body.split(";\\s*(\n|$)"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
