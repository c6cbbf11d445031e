package dev.citegraph.research;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.citegraph.Evidence;
import dev.citegraph.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** "Who was Alibaba's CEO in mid-2023, and who in April 2026?" gets two different, cited answers. */
class AsOfIT extends IntegrationTest {

    private static final String CEOS = """
            query($asOf: String) {
              relationships(to: "alibaba-group", types: [HOLDS_POSITION], asOf: $asOf) {
                edges { node { title from { id } held { from to } citations { quote start end source { id } } } }
              }
            }""";

    private List<JsonNode> ceos(String asOf) {
        return query(CEOS, Map.of("asOf", asOf)).get("relationships").get("edges").valueStream()
                .map(e -> e.get("node")).filter(n -> n.get("title").asString().equals("CEO")).toList();
    }

    @Test
    void theGroupCeoDiffersBetweenMid2023AndApril2026AndEachAnswerIsCited() {
        Evidence evidence = new Evidence(query("{ sources { id text } }"));
        List<JsonNode> in2023 = ceos("2023-06");
        List<JsonNode> in2026 = ceos("2026-04");

        assertThat(in2023.stream().map(n -> n.get("from").get("id").asString())).contains("zhang-yong");
        assertThat(in2026.stream().map(n -> n.get("from").get("id").asString())).containsExactly("wu-yongming");
        in2023.forEach(n -> assertThat(evidence.assertExact(n.get("citations"))).isPositive());
        in2026.forEach(n -> assertThat(evidence.assertExact(n.get("citations"))).isPositive());
    }

    @Test
    void anEntitysRelationshipsAsOfADateFollowTheSameRule() {
        JsonNode wuZeming = query("""
                { entity(id: "wu-zeming") {
                    in2023: relationships(types: [REPORTS_TO], direction: OUTGOING, asOf: "2023") { to { id } }
                    in2026: relationships(types: [REPORTS_TO], direction: OUTGOING, asOf: "2026-04") { to { id } } } }""").get("entity");
        assertThat(wuZeming.get("in2023").valueStream().map(r -> r.get("to").get("id").asString())).containsExactly("zhang-yong");
        assertThat(wuZeming.get("in2026").valueStream().map(r -> r.get("to").get("id").asString())).containsExactly("wu-yongming");
    }

    @Test
    void aDatedEndIsRespected() {
        // Wu Zeming left Taobao Flash Purchase in 2026 (validTo) and was CTO until 2023 (validTo).
        JsonNode rels = query("""
                { entity(id: "wu-zeming") { relationships(types: [HOLDS_POSITION], asOf: "2024") { id } } }""")
                .get("entity").get("relationships");
        assertThat(rels.valueStream().map(r -> r.get("id").asString()))
                .noneMatch(id -> id.contains("alibaba-group:cto@2023"));
    }

    @Test
    void forecastsHoldAtNoDate() {
        JsonNode all = query("""
                { relationships(from: "alibaba-cloud", to: "ai-full-stack") { edges { node { held { to } citations { modality } } } } }""")
                .get("relationships").get("edges");
        assertThat(all).isNotEmpty();
        all.forEach(e -> {
            assertThat(e.get("node").get("citations").valueStream().map(c -> c.get("modality").asString())).containsOnly("forecast");
            assertThat(e.get("node").get("held").isNull()).isTrue();
        });
        for (String asOf : List.of("2023", "2026", "2026-04", "2030")) {
            assertThat(query("""
                    query($asOf: String) { relationships(from: "alibaba-cloud", to: "ai-full-stack", asOf: $asOf) { totalCount } }""",
                    Map.of("asOf", asOf)).get("relationships").get("totalCount").asInt()).as("as of %s", asOf).isZero();
        }
    }

    @Test
    void theHeldPeriodSaysWhereItsBoundsComeFrom() {
        JsonNode held = query("""
                { relationships(from: "wu-yongming", to: "alibaba-group", types: [HOLDS_POSITION]) {
                    edges { node { held { from fromPrecision fromBasis to toPrecision toBasis } } } } }""")
                .get("relationships").get("edges").get(0).get("node").get("held");
        assertThat(held.get("from").asString()).isEqualTo("2023");
        assertThat(held.get("fromBasis").asString()).isEqualTo("validFrom");
        assertThat(held.get("to").asString()).isEqualTo("2026-04");
        assertThat(held.get("toBasis").asString()).isEqualTo("last reported");
    }

    @Test
    void anUnreadableDateIsRefused() {
        assertThat(errors("{ relationships(asOf: \"2026-13\") { totalCount } }", Map.of()).getFirst().getMessage())
                .contains("asOf").contains("2026-13");
    }
}
