package dev.citegraph.claims;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.GraphDump;
import dev.citegraph.IntegrationTest;
import dev.citegraph.corpus.CorpusCopy;
import dev.citegraph.ingest.CorpusIngest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A retracted source takes its claims out of the evidence without deleting them: what only it
 * supported leaves default answers, conflicts are recomputed, and un-retracting restores the graph.
 */
class RetractionIT extends IntegrationTest {

    private static final String SOURCE = "chinacrunch-wu-zeming";
    /** The one relationship only ChinaCrunch states. */
    private static final String ONLY_CHINACRUNCH = "wu-zeming:HOLDS_POSITION:alibaba-group:top-technology-leader";

    @Autowired
    CorpusIngest ingest;

    @TempDir
    Path work;

    @AfterEach
    void backToTheRealCorpus() {
        ingest.ingest(true);
    }

    @Test
    void retractingASourceRetractsItsClaimsAndWhatOnlyItSupportedAndUnretractingRestoresTheGraph() {
        GraphDump before = GraphDump.of(driver);
        // Its accepted claims become retracted; those its curators rejected stay rejected.
        int claimsOfSource = query("{ claims(source: \"" + SOURCE + "\", status: ACCEPTED) { totalCount } }").get("claims").get("totalCount").asInt();
        CorpusCopy copy = CorpusCopy.of(work);
        copy.replaceFirst("sources.yaml", "- id: " + SOURCE, "- id: " + SOURCE
                + "\n  retracted: {on: \"2026-11-30\", reason: \"The publisher withdrew the article.\"}");

        CorpusIngest.Report report = ingest.ingest(copy.root(), false);

        assertThat(report.claims()).containsEntry("retracted", claimsOfSource);
        assertThat(report.retractedRelationships()).isEqualTo(1);
        JsonNode source = query("{ source(id: \"" + SOURCE + "\") { status retractedOn retractedReason } }").get("source");
        assertThat(source.get("status").asString()).isEqualTo("RETRACTED");
        assertThat(source.get("retractedOn").asString()).isEqualTo("2026-11-30");
        assertThat(source.get("retractedReason").asString()).isEqualTo("The publisher withdrew the article.");
        JsonNode retractedClaims = query("{ claims(source: \"" + SOURCE + "\", status: RETRACTED) { totalCount edges { node { retractedOn retractedReason } } } }")
                .get("claims");
        assertThat(retractedClaims.get("totalCount").asInt()).isEqualTo(claimsOfSource);
        assertThat(retractedClaims.get("edges").get(0).get("node").get("retractedReason").asString())
                .isEqualTo("The publisher withdrew the article.");

        assertThat(ids(query("{ relationships(from: \"wu-zeming\", first: 500) { edges { node { id } } } }")))
                .doesNotContain(ONLY_CHINACRUNCH);
        JsonNode withRetracted = query("""
                { relationships(from: "wu-zeming", first: 500, includeRetracted: true) {
                    edges { node { id retracted citations { source { id } claim { status } } } } } }""")
                .get("relationships").get("edges");
        JsonNode retracted = withRetracted.valueStream().map(e -> e.get("node"))
                .filter(r -> r.get("id").asString().equals(ONLY_CHINACRUNCH)).findFirst().orElseThrow();
        assertThat(retracted.get("retracted").asBoolean()).isTrue();
        assertThat(retracted.get("citations").valueStream().map(c -> c.get("claim").get("status").asString()))
                .containsOnly("RETRACTED");
        // Other relationships lose ChinaCrunch's words but keep everyone else's.
        assertThat(withRetracted.valueStream().map(e -> e.get("node")).filter(r -> !r.get("retracted").asBoolean())
                .flatMap(r -> r.get("citations").valueStream()).map(c -> c.get("source").get("id").asString()))
                .isNotEmpty().doesNotContain(SOURCE);
        // A disagreement whose one side only ChinaCrunch took is no longer maintained by any source.
        assertThat(query("{ conflicts { id } }").get("conflicts").valueStream().map(c -> c.get("id").asString()))
                .doesNotContain("promotion-rationale").contains("wu-zeming-role-2023-vs-2026");

        ingest.ingest(true);
        assertThat(GraphDump.of(driver)).as("the graph after un-retracting").isEqualTo(before);
    }

    private static java.util.List<String> ids(JsonNode data) {
        return data.get("relationships").get("edges").valueStream().map(e -> e.get("node").get("id").asString()).toList();
    }
}
