package dev.citegraph.ingest;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.GraphDump;
import dev.citegraph.IntegrationTest;
import dev.citegraph.corpus.CorpusCopy;
import dev.citegraph.corpus.CorpusException;
import dev.citegraph.graph.Cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ingest is all or nothing, and the same corpus twice is the same graph. */
class IngestIT extends IntegrationTest {

    @Autowired
    CorpusIngest ingest;

    @TempDir
    Path work;

    @Test
    void ingestingTheSameCorpusAgainChangesNothing() {
        GraphDump before = GraphDump.of(driver);

        CorpusIngest.Report unchanged = ingest.ingest(false);
        assertThat(unchanged.written()).as("skipped: the graph holds this corpus").isFalse();

        CorpusIngest.Report forced = ingest.ingest(true);
        assertThat(forced.written()).as("compared row by row, nothing differs").isFalse();
        assertThat(forced.changes().writes().total()).isZero();
        assertThat(GraphDump.of(driver)).isEqualTo(before);
        assertThat(before.relationships()).hasSizeGreaterThan(forced.relationships());
    }

    @Test
    void everyEntityCarriesTheCountsOfItsMentions() {
        var rows = driver.executableQuery("""
                MATCH (e:Entity:Citegraph)
                RETURN e.id AS id, e.mentionCount AS articles, e.occurrenceCount AS occurrences,
                       COUNT { (:Source:Citegraph)-[:MENTIONS]->(e) } AS countedArticles,
                       COLLECT { MATCH (:Source:Citegraph)-[m:MENTIONS]->(e) RETURN sum(m.count) AS n }[0] AS countedOccurrences
                """).execute().records();
        assertThat(rows).hasSizeGreaterThan(90).allSatisfy(r -> {
            assertThat(r.get("articles").asInt(-1)).as(r.get("id").asString()).isEqualTo(r.get("countedArticles").asInt());
            assertThat(r.get("occurrences").asInt(-1)).as(r.get("id").asString()).isEqualTo(r.get("countedOccurrences").asInt());
        });
        assertThat(rows.stream().mapToInt(r -> r.get("occurrences").asInt()).max().orElse(0)).isGreaterThan(10);
    }

    @Test
    void everyEntityCarriesHowManyEntitiesItsStandingRelationshipsJoinItTo() {
        var rows = driver.executableQuery("""
                MATCH (e:Entity:Citegraph)
                RETURN e.id AS id, e.neighbourCount AS stored,
                       COUNT { MATCH (e)-[r]-(m:Entity:Citegraph) WHERE r.retracted IS NULL RETURN DISTINCT m } AS counted
                """).execute().records();
        assertThat(rows).hasSizeGreaterThan(90).allSatisfy(r ->
                assertThat(r.get("stored").asInt(-1)).as(r.get("id").asString()).isEqualTo(r.get("counted").asInt()));
        assertThat(rows.stream().mapToInt(r -> r.get("stored").asInt()).max().orElse(0)).isGreaterThan(10);
    }

    @Test
    void everyRelationshipIsFoundByItsIdBetweenItsTwoEnds() {
        var rows = driver.executableQuery("""
                MATCH (:Entity:Citegraph)-[x]->(:Entity:Citegraph) WITH collect(x.id) AS ids
                UNWIND ids AS rid
                RETURN rid, COUNT { MATCH %s RETURN r } AS found""".formatted(Cypher.relationshipById("rid")))
                .execute().records();
        assertThat(rows).hasSizeGreaterThan(150).allSatisfy(r ->
                assertThat(r.get("found").asInt()).as(r.get("rid").asString()).isEqualTo(1));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("rid").asString()).contains("@"));
    }

    @Test
    void aQuoteThatIsNotInItsArticleIsRefusedWithFileAndLineAndTheGraphIsUntouched() {
        CorpusCopy copy = CorpusCopy.of(work);
        int line = copy.replaceFirst("claims/theplugg-tech-chief.yaml", "quote: \"", "quote: \"Allegedly, ");
        assertRefused(copy, "claims/theplugg-tech-chief.yaml:" + copy.entryStart("claims/theplugg-tech-chief.yaml", line),
                "not found");
    }

    @Test
    void anUnknownEntityIsRefusedWithFileAndLineAndTheGraphIsUntouched() {
        CorpusCopy copy = CorpusCopy.of(work);
        int line = copy.replaceFirst("claims/chinanews-tongyi.yaml", "subject: ", "subject: jack-ma-the-second # ");
        assertRefused(copy, "claims/chinanews-tongyi.yaml:" + copy.entryStart("claims/chinanews-tongyi.yaml", line),
                "jack-ma-the-second");
    }

    @Test
    void aRelationshipBetweenTheWrongTypesIsRefusedAndTheGraphIsUntouched() {
        CorpusCopy copy = CorpusCopy.of(work);
        int line = copy.append("claims/chinacrunch-wu-zeming.yaml",
                "  - id: chinacrunch-wu-zeming-901",
                "    subject: qwen",
                "    type: REPORTS_TO",
                "    object: wu-zeming",
                "    quote: \"Wu Zeming\"");
        assertRefused(copy, "claims/chinacrunch-wu-zeming.yaml:" + line, "REPORTS_TO");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        CorpusCopy copy = CorpusCopy.of(work);
        copy.replaceFirst("claims/theplugg-tech-chief.yaml", "quote: \"", "quote: \"Allegedly, ");
        copy.replaceFirst("claims/chinanews-tongyi.yaml", "subject: ", "subject: nobody-at-all # ");
        GraphDump before = GraphDump.of(driver);
        assertThatThrownBy(() -> ingest.ingest(copy.root(), true))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2))
                .hasMessageContaining("theplugg-tech-chief.yaml")
                .hasMessageContaining("chinanews-tongyi.yaml");
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    private void assertRefused(CorpusCopy copy, String where, String why) {
        GraphDump before = GraphDump.of(driver);
        assertThatThrownBy(() -> ingest.ingest(copy.root(), true))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining(where)
                .hasMessageContaining(why);
        assertThat(GraphDump.of(driver)).as("graph after a refused ingest").isEqualTo(before);
    }
}
