package dev.citegraph.api;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

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
        assertThat(bigCost).isEqualTo(smallCost).as("the entity's own query reads what the response asks of it").isEqualTo(1);
        String twoQuestions = """
                { entity(id: "wu-zeming") { all: relationships { id } reports: relationships(types: [REPORTS_TO]) { id } } }""";
        assertThat(roundTripsOf(twoQuestions, Map.of())).as("two different questions: the loader asks each").isEqualTo(3);
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

    @Test
    void anArticlesTextIsReadOnlyWhenTheResponseShowsIt() {
        String withoutText = "{ sources { id title } entity(id: \"wu-zeming\") { relationships { citations { source { id title } } } } }";
        String withText = "{ sources { id title text } entity(id: \"wu-zeming\") { relationships { citations { source { id title } } } } }";
        assertThat(roundTripsOf(withText, Map.of())).as("the texts of every source, in one more query")
                .isEqualTo(roundTripsOf(withoutText, Map.of()) + 1);
        assertThat(query("{ sources { id text length } }").get("sources")).allSatisfy(source ->
                assertThat(source.get("text").asText().codePointCount(0, source.get("text").asText().length()))
                        .isEqualTo(source.get("length").asInt()));
    }

    @Test
    void readingAheadAnswersExactlyWhatTheLoadersAnswer() {
        // entity(…) reads its relationships ahead; a page of entities leaves them to the loaders.
        for (String arguments : List.of("", "(direction: OUTGOING)", "(types: [HOLDS_POSITION, LEADS], asOf: \"2026\")",
                "(includeRetracted: true, direction: INCOMING)")) {
            String fields = "id sources { id title } relationships%s { id type title from { id } to { id } citations { quote start end source { id title } } }"
                    .formatted(arguments);
            for (String[] entity : List.of(new String[] {"wu-zeming", "Person"}, new String[] {"alibaba-group", "Organization"},
                    new String[] {"qwen", "Product"})) {
                String id = entity[0];
                JsonNode ahead = query("{ entity(id: \"%s\") { %s } }".formatted(id, fields)).get("entity");
                JsonNode loaded = StreamSupport.stream(query("{ entities(type: %s, orderBy: MENTIONS, first: 5) { edges { node { %s } } } }"
                        .formatted(entity[1], fields)).get("entities").get("edges").spliterator(), false)
                        .map(edge -> edge.get("node")).filter(node -> node.get("id").asText().equals(id)).findFirst().orElseThrow();
                assertThat(ahead).as(id + " " + arguments).isEqualTo(loaded);
            }
        }
    }

    @Test
    void aPageOfRelationshipsWithTheSourcesOfItsCitationsIsOneQuery() {
        String page = "{ relationships(first: 200) { totalCount edges { node { id citations { quote source { id title } } } } } }";
        assertThat(roundTripsOf(page, Map.of())).isEqualTo(1);
        assertThat(query(page).get("relationships").get("edges")).allSatisfy(edge ->
                assertThat(edge.get("node").get("citations")).allSatisfy(c -> assertThat(c.get("source").get("title").asText()).isNotBlank()));
    }

    @Test
    void aPageThatDoesNotShowItsTotalStillSaysWhetherAnotherFollows() {
        int total = query("{ relationships(first: 0) { totalCount } }").get("relationships").get("totalCount").asInt();
        for (int first : List.of(total - 1, total, total + 1)) {
            JsonNode counted = query("{ relationships(first: %d) { totalCount pageInfo { hasNextPage endCursor } } }".formatted(first))
                    .get("relationships").get("pageInfo");
            JsonNode uncounted = query("{ relationships(first: %d) { pageInfo { hasNextPage endCursor } edges { node { id } } } }".formatted(first))
                    .get("relationships");
            assertThat(uncounted.get("pageInfo")).as("first: " + first).isEqualTo(counted);
            assertThat(uncounted.get("edges").size()).isEqualTo(Math.min(first, total));
        }
    }

    @Test
    void aCitationsSourceIdCostsNoQueryAndItsOtherFieldsOneForAllItsCitations() {
        // One field per document: top-level fields run side by side (virtual threads), so whether two
        // of them share the sources' batch depends on which finishes first; within one field it does not.
        for (String ids : List.of("{ timeline(entity: \"wu-zeming\") { citations { quote source { id } } } }",
                "{ conflicts { sides { citations { source { id } } } } }")) {
            String titles = ids.replace("source { id }", "source { id title }");
            assertThat(roundTripsOf(ids, Map.of())).as("%s: the field's own query, nothing else", ids).isEqualTo(1);
            assertThat(roundTripsOf(titles, Map.of())).as("%s: one more, for every source it cites", titles).isEqualTo(2);
            JsonNode answer = query(titles);
            assertThat(answer.findValues("source")).isNotEmpty()
                    .allSatisfy(source -> assertThat(source.get("title").asText()).isNotBlank());
        }
    }

    @Test
    void conflictSidesShowTheirRelationshipsIdsFreeAndTheRestInOneQueryForAllSides() {
        String ids = "{ conflicts { id sides { relationships { id } } } }";
        String whole = "{ conflicts { id sides { relationships { id type from { id } to { id } citations { quote } } } } }";
        assertThat(roundTripsOf(ids, Map.of())).isEqualTo(1);
        assertThat(roundTripsOf(whole, Map.of())).isEqualTo(2);
        List<String> idsOnly = query(ids).findValues("relationships").stream().flatMap(r -> r.valueStream())
                .map(r -> r.get("id").asString()).toList();
        List<JsonNode> read = query(whole).findValues("relationships").stream().flatMap(r -> r.valueStream()).toList();
        assertThat(read.stream().map(r -> r.get("id").asString()).toList()).isEqualTo(idsOnly).isNotEmpty();
        assertThat(read).allSatisfy(r -> {
            assertThat(r.get("id").asString()).startsWith(r.get("from").get("id").asString() + ":" + r.get("type").asString() + ":");
            assertThat(r.get("citations")).isNotEmpty();
        });
    }

    @Test
    void aNeighbourhoodShownAsIdsHoldsTheSameEntitiesAndRelationshipsAsOneShownWhole() {
        JsonNode ids = query("{ neighborhood(id: \"alibaba-group\", depth: 2) { entities { id } relationships { id } } }")
                .get("neighborhood");
        JsonNode whole = query("""
                { neighborhood(id: "alibaba-group", depth: 2) {
                    entities { id name type } relationships { id type from { id } citations { quote } } } }""")
                .get("neighborhood");
        assertThat(whole.get("entities").valueStream().map(e -> e.get("id")).toList())
                .isEqualTo(ids.get("entities").valueStream().map(e -> e.get("id")).toList()).hasSizeGreaterThan(10);
        assertThat(whole.get("relationships").valueStream().map(r -> r.get("id")).toList())
                .isEqualTo(ids.get("relationships").valueStream().map(r -> r.get("id")).toList()).hasSizeGreaterThan(10);
        assertThat(whole.get("entities")).allSatisfy(e -> assertThat(e.get("name").asString()).isNotBlank());
        assertThat(whole.get("relationships")).allSatisfy(r -> assertThat(r.get("citations")).isNotEmpty());
    }

    @Test
    void aRelationshipsPageShowingOnlyTheEndsIdsHoldsWhatAPageShowingThemWholeHolds() {
        String ids = "{ relationships(first: 60) { edges { node { id from { id } to { id } citations { quote start } } } } }";
        JsonNode idsOnly = query(ids).get("relationships").get("edges");
        for (String whole : List.of(ids.replace("from { id }", "from { id name mentionCount }"),
                ids.replace("to { id }", "to { id ... on Entity { type } }"))) {
            JsonNode read = query(whole).get("relationships").get("edges");
            assertThat(read.valueStream().map(e -> e.get("node").get("id")).toList()).as(whole)
                    .isEqualTo(idsOnly.valueStream().map(e -> e.get("node").get("id")).toList()).hasSize(60);
            assertThat(read.valueStream().map(e -> e.get("node").get("citations")).toList())
                    .isEqualTo(idsOnly.valueStream().map(e -> e.get("node").get("citations")).toList());
            assertThat(read).as("the ends shown whole, %s", whole).allSatisfy(e -> {
                JsonNode shown = e.get("node").get(whole.contains("name") ? "from" : "to");
                assertThat(shown.get(whole.contains("name") ? "name" : "type").asString()).isNotBlank();
            });
        }
        // An id is subject:TYPE:object[:title][@spell].
        assertThat(idsOnly).allSatisfy(e -> {
            String[] id = e.get("node").get("id").asString().split(":");
            assertThat(id[0]).isEqualTo(e.get("node").get("from").get("id").asString());
            assertThat(id[2].split("@")[0]).isEqualTo(e.get("node").get("to").get("id").asString());
        });
    }
}
