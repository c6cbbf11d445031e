package dev.citegraph.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import dev.citegraph.IntegrationTest;
import dev.citegraph.ingest.CypherScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cypher a researcher pastes into Browser, run against the real graph: every file of
 * {@code cypher/queries/} and every query of the guided tour must answer with rows, and a query
 * whose header promises a graph must return nodes for Browser to draw.
 */
class ResearchQueriesIT extends IntegrationTest {

    private static final Path QUERIES = Path.of("cypher", "queries");
    private static final Pattern SLIDE = Pattern.compile("<slide>(.*?)</slide>", Pattern.DOTALL);
    private static final Pattern RUNNABLE = Pattern.compile("<pre class=\"code runnable\">(.*?)</pre>", Pattern.DOTALL);
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    @Test
    void thereAreAtLeastTwelveQueries() throws IOException {
        assertThat(queryFiles()).hasSizeGreaterThanOrEqualTo(12);
    }

    @TestFactory
    Stream<DynamicTest> everyQueryFileAnswersItsHeadersQuestion() throws IOException {
        return queryFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String> header = Files.readAllLines(file).stream().takeWhile(l -> l.startsWith("//")).toList();
            assertThat(header).as("header comment of %s", file).hasSizeGreaterThanOrEqualTo(3);
            assertThat(header.getFirst()).as("first line asks the question").endsWith("?");
            String shows = header.stream().filter(l -> l.startsWith("// Shows: ")).findFirst()
                    .map(l -> l.substring("// Shows: ".length())).orElse("");
            assertThat(shows).as("'// Shows: graph' or '// Shows: table' in %s", file).isIn("graph", "table");

            List<String> statements = CypherScript.statements(file);
            assertThat(statements).as("one statement, as Browser runs a pasted file").hasSize(1);
            List<Record> rows = cypher(statements.getFirst());
            assertThat(rows).as("rows of %s", file).isNotEmpty();
            long nodes = rows.stream().flatMap(r -> r.values().stream()).mapToLong(ResearchQueriesIT::nodes).sum();
            if (shows.equals("graph")) {
                assertThat(nodes).as("nodes for Browser to draw").isPositive();
            } else {
                assertThat(nodes).as("a table query returns values, not graph elements").isZero();
            }
        }));
    }

    @Test
    void everyQueryOfTheGuidedTourAnswersWithRows() throws Exception {
        String guide = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/guide/citegraph.html")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> slides = SLIDE.matcher(guide).results().map(m -> m.group(1)).toList();
        assertThat(slides).hasSizeGreaterThanOrEqualTo(5);
        for (String slide : slides) {
            var queries = RUNNABLE.matcher(slide).results().map(m -> unescape(m.group(1))).toList();
            assertThat(queries).as("a runnable query on the slide %s", slide.strip().lines().findFirst().orElse("")).isNotEmpty();
            for (String query : queries) {
                assertThat(cypher(query)).as("rows of %s", query).isNotEmpty();
            }
        }
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
        }
    }

    /** How many nodes a returned value gives Browser to draw. */
    private static long nodes(Value value) {
        if (value.hasType(TYPES.NODE())) {
            return 1;
        }
        if (value.hasType(TYPES.PATH())) {
            return value.asPath().length() + 1L;
        }
        if (value.hasType(TYPES.LIST())) {
            return value.asList(v -> v).stream().mapToLong(ResearchQueriesIT::nodes).sum();
        }
        return 0;
    }

    /** The text Browser copies into its editor: the block's content with HTML entities decoded. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
