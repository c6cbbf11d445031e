package dev.citegraph.ingest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.GraphDump;
import dev.citegraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A graph written before the evidence was renamed (quotes, quoteSources, …) holding the very
 * corpus on disk: an ingest that skips an unchanged corpus would keep the old names, which no
 * reader knows. Migration 005 makes the next ingest rewrite it.
 */
class CitationsFirstMigrationIT extends IntegrationTest {

    private static final String REL = "wu-yongming:CHAIRS:alibaba-technology-committee";

    @Autowired
    CorpusIngest ingest;

    @Test
    void aGraphWithTheEarlierPropertyNamesIsRewrittenWithTheNewOnes() {
        GraphDump before = GraphDump.of(driver);
        // As the earlier version left it: old names, a hash of its own, migration 005 not yet applied.
        cypher("""
                MATCH (:Entity {id: 'wu-yongming'})-[r]->(:Entity) WHERE r.id = $id
                SET r.quotes = r.citations, r.quoteSources = r.citedSources, r.hash = 'written by an earlier version'
                REMOVE r.citations, r.citedSources""", java.util.Map.of("id", REL));
        cypher("MATCH (m:Migration {version: 5}) DETACH DELETE m");

        CorpusIngest.Report report = ingest.ingest(false);

        assertThat(report.changes()).as("the ingest did not skip the unchanged corpus").isNotNull();
        assertThat(report.changes().written()).containsEntry("relationships", 1);
        assertThat(cypher("MATCH ()-[r]->() WHERE r.quotes IS NOT NULL OR r.quoteSources IS NOT NULL RETURN count(r) AS n")
                .getFirst().get("n").asLong()).isZero();
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }
}
