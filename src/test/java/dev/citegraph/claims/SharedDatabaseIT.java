package dev.citegraph.claims;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.IntegrationTest;
import dev.citegraph.corpus.CorpusCopy;
import dev.citegraph.ingest.CorpusIngest;
import dev.citegraph.server.ForeignData;

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
        ForeignData before = ForeignData.of(driver, null);
        assertThat(before.nodes()).hasSize(4);
        assertThat(before.relationships()).hasSize(4);

        ingest.start();
        CorpusCopy copy = CorpusCopy.of(work);
        ArticleFixture.addTo(copy);
        copy.replaceFirst("sources.yaml", "- id: chinacrunch-wu-zeming",
                "- id: chinacrunch-wu-zeming\n  retracted: {on: \"2026-11-30\", reason: \"test\"}");
        ingest.ingest(copy.root(), false);
        ingest.ingest(true);
        ingest.start();

        assertThat(ForeignData.of(driver, null)).isEqualTo(before);
    }
}
