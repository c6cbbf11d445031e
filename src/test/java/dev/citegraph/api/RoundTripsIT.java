package dev.citegraph.api;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.IntegrationTest;
import dev.citegraph.graph.Cypher;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A response costs a fixed number of database round trips, however many relationships and
 * citations it carries: nested fields are loaded in batches, never one query per row.
 */
class RoundTripsIT extends IntegrationTest {

    private static final String ENTITY_WITH_EVIDENCE = """
            query($id: ID) { entity(id: $id) {
                name sources { id }
                relationships { id from { name } to { name } citations { quote start end source { id title } } } } }""";

    @Autowired
    Cypher cypher;

    private long roundTripsOf(String document, Map<String, Object> variables) {
        long before = cypher.roundTrips();
        query(document, variables);
        return cypher.roundTrips() - before;
    }

    @Test
    void anEntityWithAllItsRelationshipsAndCitationsCostsTheSameAsOneWithFew() {
        JsonNode big = query(ENTITY_WITH_EVIDENCE, Map.of("id", "wu-zeming")).get("entity");
        JsonNode small = query(ENTITY_WITH_EVIDENCE, Map.of("id", "hanguang-800")).get("entity");
        assertThat(big.get("relationships").size()).isGreaterThan(3 * small.get("relationships").size());

        long bigCost = roundTripsOf(ENTITY_WITH_EVIDENCE, Map.of("id", "wu-zeming"));
        long smallCost = roundTripsOf(ENTITY_WITH_EVIDENCE, Map.of("id", "hanguang-800"));
        assertThat(bigCost).isEqualTo(smallCost).isLessThanOrEqualTo(4);
    }

    @Test
    void aPageOfEntitiesWithTheirRelationshipsIsBatched() {
        String page = """
                query($first: Int) { entities(first: $first) { edges { node {
                    sources { id } relationships { to { name } citations { source { title } } } } } } }""";
        long fewEntities = roundTripsOf(page, Map.of("first", 2));
        long manyEntities = roundTripsOf(page, Map.of("first", 100));
        assertThat(manyEntities).isEqualTo(fewEntities).isLessThanOrEqualTo(5);
    }

    @Test
    void mentionsAndRoutesCostTheSameHoweverManyTheyAre() {
        String mentions = """
                query($first: Int) { mentions(entity: "Alibaba Group", first: $first) { edges { node {
                    text sentence source { title } entity { name } } } } }""";
        assertThat(roundTripsOf(mentions, Map.of("first", 50))).isEqualTo(roundTripsOf(mentions, Map.of("first", 1)))
                .isLessThanOrEqualTo(2);
        String routes = """
                query($maxHops: Int) { paths(from: "Wu Zeming", to: "Qwen", maxHops: $maxHops, first: 50) {
                    hops { relationships { citations { quote source { id } } } } } }""";
        // The relationships within reach, then the chosen ones: two queries however many routes, then the sources.
        assertThat(roundTripsOf(routes, Map.of("maxHops", 4))).isEqualTo(roundTripsOf(routes, Map.of("maxHops", 2)))
                .isLessThanOrEqualTo(3);
    }
}
