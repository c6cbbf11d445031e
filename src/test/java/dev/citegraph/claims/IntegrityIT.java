package dev.citegraph.claims;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.GraphDump;
import dev.citegraph.IntegrationTest;
import dev.citegraph.ingest.CorpusIngest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph is rebuilt from the corpus where it differs: a quote rewritten or a node deleted behind
 * the application's back is found at the next start (which recomputes every stored hash) and undone.
 */
class IntegrityIT extends IntegrationTest {

    @Autowired
    CorpusIngest ingest;

    @Test
    void aGraphTamperedWithIsDetectedAndRestoredAtTheNextStart() {
        GraphDump before = GraphDump.of(driver);
        cypher("MATCH (c:Claim {id: 'chinanews-tongyi-009'}) SET c.quote = 'a fabricated quote'");
        cypher("MATCH (:Entity {id: 'wu-yongming'})-[r:CHAIRS]->() SET r.citations = ['a fabricated quote']");
        cypher("MATCH (c:Claim {id: 'besthub-cto-role-019'}) DETACH DELETE c");
        assertThat(GraphDump.of(driver)).isNotEqualTo(before);

        CorpusIngest.Report report = ingest.start();

        // The rewritten quote, the rewritten citation, and the conflict side that cited the deleted claim.
        assertThat(report.changes().tampered()).isEqualTo(3);
        assertThat(report.changes().written()).containsEntry("claims", 2).containsEntry("relationships", 1)
                .containsEntry("curated conflicts", 1);
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }
}
