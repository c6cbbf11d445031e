package dev.citegraph.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of research queries in the docs is the list of files in cypher/queries, no more, no less. */
class QueriesDocumentedTest {

    private static final Pattern FILE = Pattern.compile("`(\\d\\d-[a-z0-9-]+\\.cypher)`");

    @Test
    void everyQueryFileIsDocumentedAndEveryDocumentedQueryExists() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("cypher", "queries"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cypher")).collect(Collectors.toSet());
        }
        Set<String> documented = FILE.matcher(Files.readString(Path.of("docs", "browser-and-compose.md"))).results()
                .map(m -> m.group(1)).collect(Collectors.toSet());
        assertThat(documented).isEqualTo(files);
    }
}
