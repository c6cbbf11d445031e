package dev.citegraph.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.citegraph.GraphDump;
import dev.citegraph.IntegrationTest;
import dev.citegraph.database.GraphDatabase;
import dev.citegraph.graph.Cypher;
import dev.citegraph.ingest.CypherScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cypher script export rebuilds the application's database, identically, in an empty Neo4j;
 * and the copy committed as cypher/export.cypher is the one the current corpus gives.
 */
class CypherScriptExportIT extends IntegrationTest {

    static final Path COMMITTED = Path.of("cypher", "export.cypher");

    static final String REFRESH = "./mvnw spring-boot:run -Dspring-boot.run.arguments=\"export "
            + "--script=cypher/export.cypher --citegraph.embedded.ephemeral=true --citegraph.embedded.bolt-port=0\"";

    private static FreshNeo4j fresh;

    @BeforeAll
    static void startAnEmptyDatabase() throws Exception {
        fresh = new FreshNeo4j();
    }

    @AfterAll
    static void stopIt() throws Exception {
        fresh.close();
    }

    private String script() {
        ResponseEntity<String> response = RestClient.create("http://localhost:" + port).get()
                .uri("/export/graph.cypher").retrieve().toEntity(String.class);
        assertThat(response.getHeaders().getContentType()).hasToString("text/plain;charset=UTF-8");
        return response.getBody();
    }

    /** Runs each statement on its own, as cypher-shell -f does. */
    private static int load(Driver target, String script, Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("export.cypher"), script, StandardCharsets.UTF_8);
        List<String> statements = CypherScript.statements(file);
        for (String statement : statements) {
            target.executableQuery(statement).execute();
        }
        return statements.size();
    }

    @Test
    void theScriptRebuildsTheSameNodesRelationshipsPropertiesAndSchemaInAnEmptyDatabase(@TempDir Path folder)
            throws Exception {
        String script = script();
        assertThat(load(fresh.driver(), script, folder)).isGreaterThan(20);

        GraphDump original = GraphDump.of(driver);
        GraphDump copy = GraphDump.of(fresh.driver());
        assertThat(copy.nodes()).hasSize(original.nodes().size()).containsExactlyElementsOf(original.nodes());
        assertThat(copy.relationships()).hasSize(original.relationships().size())
                .containsExactlyElementsOf(original.relationships());
        assertThat(original.relationships()).anyMatch(r -> r.contains("-MENTIONS->"))
                .anyMatch(r -> r.contains("吴泳铭"));

        String schema = "SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name";
        assertThat(fresh.driver().executableQuery(schema).execute().records().stream().map(Object::toString).toList())
                .isEqualTo(cypher(schema).stream().map(Object::toString).toList());

        // GraphDump prints a date and a string alike; the dumps' Java values (LocalDate, Long, String) tell them apart.
        DatabaseDump originalValues = dumpOf(driver);
        DatabaseDump copyValues = dumpOf(fresh.driver());
        assertThat(copyValues.nodes()).containsExactlyInAnyOrderElementsOf(originalValues.nodes());
        assertThat(copyValues.relationships()).containsExactlyInAnyOrderElementsOf(originalValues.relationships());
        assertThat(copyValues.schema()).isEqualTo(originalValues.schema());
    }

    /** The whole database as the script export reads it, over Bolt (streamed, as on a server). */
    private static DatabaseDump dumpOf(Driver driver) {
        Cypher cypher = new Cypher(new GraphDatabase(driver, new GraphDatabase.Settings(null)).overBolt());
        return new DatabaseDumpReader(new ExportQueries(cypher, Duration.ofMinutes(1))).read();
    }

    @Test
    void theCommittedExportIsTheOneTheCurrentCorpusGives() throws Exception {
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("%s is out of date with the corpus; refresh it with%n  %s", COMMITTED, REFRESH)
                .isEqualTo(script());
    }
}
