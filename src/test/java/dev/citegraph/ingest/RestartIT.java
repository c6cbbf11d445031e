package dev.citegraph.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.GraphDump;
import dev.citegraph.IntegrationTest;
import dev.citegraph.embedded.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A start on a graph nothing has written to since it was last verified compares nothing (that is
 * most of a restart's work on a large corpus), while any write in between, even one that leaves the
 * corpus's fingerprint alone, still makes the start verify every stored hash.
 */
class RestartIT extends IntegrationTest {

    @Autowired
    CorpusIngest ingest;

    @Autowired
    ObjectProvider<EmbeddedNeo4j> embedded;

    @Test
    void aStartAfterNothingWroteComparesNothingButAnyWriteMakesItVerifyAgain() {
        assumeTrue(embedded.getIfAvailable() != null, "the last commit is known on the embedded database only");
        GraphDump before = GraphDump.of(driver);
        ingest.start();

        CorpusIngest.Report untouched = ingest.start();
        assertThat(untouched.changes()).as("changes of a start with nothing written since the last").isNull();
        assertThat(GraphDump.of(driver)).isEqualTo(before);

        cypher("MATCH (c:Claim {id: 'chinanews-tongyi-009'}) SET c.quote = 'a fabricated quote'");
        CorpusIngest.Report verified = ingest.start();
        assertThat(verified.changes()).isNotNull();
        assertThat(verified.changes().tampered()).isEqualTo(1);
        assertThat(GraphDump.of(driver)).isEqualTo(before);
        assertThat(ingest.start().changes()).as("changes of the start after that").isNull();
    }

    @Test
    void anIndexDroppedBehindTheApplicationsBackIsBackAfterTheNextStart() {
        assumeTrue(embedded.getIfAvailable() != null, "the last commit is known on the embedded database only");
        ingest.start();
        cypher("DROP INDEX entity_text");
        assertThat(indexes()).doesNotContain("entity_text");
        // Dropping an index commits like any write: the start cannot take the graph as untouched.
        ingest.start();
        assertThat(indexes()).contains("entity_text", "entity_name_keys");
    }

    private List<String> indexes() {
        return driver.executableQuery("SHOW INDEXES YIELD name RETURN name").execute().records().stream()
                .map(r -> r.get("name").asString()).toList();
    }
}
