package dev.citegraph.claims;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.GraphDump;
import dev.citegraph.IntegrationTest;
import dev.citegraph.corpus.CorpusCopy;
import dev.citegraph.ingest.CorpusIngest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a database shared with other data, the application only ever touches what it wrote (the
 * nodes labelled Citegraph and the relationships between them): start-up checks, reloads and
 * retractions leave everything else exactly as it was, even nodes that share its labels.
 */
class SharedDatabaseIT extends IntegrationTest {

    @Autowired
    CorpusIngest ingest;

    @TempDir
    Path work;

    @BeforeEach
    void someoneElsesData() {
        cypher("""
                CREATE (k:Person {name: 'Keanu'})-[:ACTED_IN {roles: ['Neo']}]->(m:Movie {title: 'The Matrix'}),
                       (e:Entity {id: 'someone-elses-entity', name: 'Not ours'}),
                       (s:Source {id: 'someone-elses-source', title: 'Not ours either'}),
                       (s)-[:MENTIONS]->(e), (k)-[:LIKES]->(e)""");
        // Someone links their node to one of ours; that link is theirs too.
        cypher("MATCH (k:Person {name: 'Keanu'}), (e:Entity:Citegraph {id: 'wu-zeming'}) CREATE (k)-[:ADMIRES]->(e)");
    }

    @AfterEach
    void cleanUp() {
        cypher("MATCH (n) WHERE n.name = 'Keanu' OR n.title = 'The Matrix' OR n.id IN ['someone-elses-entity', 'someone-elses-source'] DETACH DELETE n");
        ingest.ingest(true);
    }

    @Test
    void foreignDataSurvivesStartReloadAndRetractionUntouched() {
        List<String> before = foreign();
        assertThat(before).hasSize(8);

        ingest.start();
        CorpusCopy copy = CorpusCopy.of(work);
        ArticleFixture.addTo(copy);
        copy.replaceFirst("sources.yaml", "- id: chinacrunch-wu-zeming",
                "- id: chinacrunch-wu-zeming\n  retracted: {on: \"2026-11-30\", reason: \"test\"}");
        ingest.ingest(copy.root(), false);
        ingest.ingest(true);
        ingest.start();

        assertThat(foreign()).isEqualTo(before);
    }

    /** Every node without the Citegraph label, and every relationship not between two of ours, as text. */
    private List<String> foreign() {
        GraphDump dump = GraphDump.of(driver);
        List<String> nodes = dump.nodes().stream().filter(n -> !n.startsWith("[") || !n.substring(0, n.indexOf(']')).contains("Citegraph")).toList();
        List<String> relationships = cypher("""
                MATCH (a)-[r]->(b) WHERE NOT (a:Citegraph AND b:Citegraph)
                RETURN coalesce(a.id, a.name, a.title) + ' -' + type(r) + '-> ' + coalesce(b.id, b.name, b.title)
                       + ' ' + toString(properties(r)) AS line ORDER BY line""")
                .stream().map(r -> r.get("line").asString()).toList();
        return java.util.stream.Stream.concat(nodes.stream(), relationships.stream()).toList();
    }
}
