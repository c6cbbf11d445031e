package dev.citegraph.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.citegraph.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The queries of the core contract, answered over HTTP by the running application. */
class ContractIT extends IntegrationTest {

    @Test
    void anEntityComesWithItsRelationshipsTheirCitationsAndItsSources() {
        JsonNode e = query("""
                { entity(id: "wu-zeming") {
                    id type kind name aliases description mentionCount
                    relationships { id type title from { id } to { id name } citations { quote start end stance source { id } } }
                    sources { id } } }""").get("entity");
        assertThat(e.get("type").asString()).isEqualTo("Person");
        assertThat(e.get("aliases").valueStream().map(JsonNode::asString)).contains("吴泽明");
        assertThat(e.get("mentionCount").asInt()).isEqualTo(e.get("sources").size()).isGreaterThanOrEqualTo(4);
        List<JsonNode> rels = e.get("relationships").valueStream().toList();
        assertThat(rels).allSatisfy(r -> {
            assertThat(r.get("citations").size()).isPositive();
            assertThat(r.get("from").get("id").asString().equals("wu-zeming") || r.get("to").get("id").asString().equals("wu-zeming")).isTrue();
        });
        assertThat(rels).anySatisfy(r -> {
            assertThat(r.get("type").asString()).isEqualTo("MEMBER_OF");
            assertThat(r.get("to").get("name").asString()).contains("Technology Committee");
        });
    }

    @Test
    void directionAndTypesNarrowAnEntitysRelationships() {
        JsonNode e = query("""
                { entity(name: "Wu Yongming") {
                    out: relationships(direction: OUTGOING) { from { id } }
                    in: relationships(direction: INCOMING) { to { id } }
                    all: relationships { id }
                    positions: relationships(types: [HOLDS_POSITION]) { type } } }""").get("entity");
        // Wu Yongming has relationships both ways (his positions; those who report to him).
        assertThat(e.get("out").valueStream().map(r -> r.get("from").get("id").asString())).containsOnly("wu-yongming");
        assertThat(e.get("in").valueStream().map(r -> r.get("to").get("id").asString())).containsOnly("wu-yongming");
        assertThat(e.get("out").size() + e.get("in").size()).isEqualTo(e.get("all").size());
        assertThat(e.get("positions").valueStream().map(r -> r.get("type").asString())).isNotEmpty().containsOnly("HOLDS_POSITION");
    }

    @Test
    void entitiesPageThroughEveryPersonOnceWithCursors() {
        List<String> seen = new ArrayList<>();
        String after = null;
        int total;
        do {
            JsonNode page = query("""
                    query($after: String) { entities(type: Person, first: 7, after: $after) {
                      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type } } } }""",
                    after == null ? Map.of() : Map.of("after", after)).get("entities");
            total = page.get("totalCount").asInt();
            page.get("edges").forEach(edge -> {
                assertThat(edge.get("node").get("type").asString()).isEqualTo("Person");
                seen.add(edge.get("node").get("id").asString());
            });
            after = page.get("pageInfo").get("hasNextPage").asBoolean() ? page.get("pageInfo").get("endCursor").asString() : null;
        } while (after != null);
        assertThat(seen).doesNotHaveDuplicates().hasSize(total);
        assertThat(total).isEqualTo(cypher("MATCH (p:Person) RETURN count(p) AS n").getFirst().get("n").asInt());
    }

    @Test
    void relationshipsPageThroughInIdOrderFromEachPagesLastIdWithOrWithoutTheirTotal() {
        List<String> all = new ArrayList<>();
        query("{ relationships(first: 500) { edges { node { id } } } }").get("relationships").get("edges")
                .forEach(edge -> all.add(edge.get("node").get("id").asString()));
        for (String total : List.of("totalCount", "")) {
            List<String> seen = new ArrayList<>();
            String after = null;
            boolean previous = false;
            do {
                JsonNode page = query("""
                        query($after: String) { relationships(first: 13, after: $after) {
                          %s pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }""".formatted(total),
                        after == null ? Map.of() : Map.of("after", after)).get("relationships");
                assertThat(page.get("pageInfo").get("hasPreviousPage").asBoolean()).isEqualTo(previous);
                page.get("edges").forEach(edge -> seen.add(edge.get("node").get("id").asString()));
                after = page.get("pageInfo").get("hasNextPage").asBoolean() ? page.get("pageInfo").get("endCursor").asString() : null;
                previous = true;
            } while (after != null);
            assertThat(seen).as("paged " + total).isEqualTo(all);
        }
        // A cursor given out before cursors carried the id still works: it skips by position.
        String positionOnly = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("position:12".getBytes());
        assertThat(query("{ relationships(first: 1, after: \"%s\") { edges { node { id } } } }".formatted(positionOnly))
                .at("/relationships/edges/0/node/id").asString()).isEqualTo(all.get(13));
    }

    @Test
    void sourcesComeInIdOrderAPageAtATime() {
        List<String> all = new ArrayList<>();
        query("{ sources { id } }").get("sources").forEach(s -> all.add(s.get("id").asString()));
        assertThat(all).hasSize(5).isSorted();
        JsonNode firstTwo = query("{ sources(first: 2) { id } }").get("sources");
        JsonNode rest = query("{ sources(first: 10, after: \"%s\") { id } }".formatted(firstTwo.get(1).get("id").asString())).get("sources");
        List<String> paged = new ArrayList<>();
        firstTwo.forEach(s -> paged.add(s.get("id").asString()));
        rest.forEach(s -> paged.add(s.get("id").asString()));
        assertThat(paged).isEqualTo(all);
        assertThat(errors("{ sources(first: 5000) { id } }", Map.of()).getFirst().getMessage()).contains("between 0 and 1000");
    }

    @Test
    void conflictsComeCuratedFirstAndAtMostAsManyAsAskedFor() {
        JsonNode all = query("{ conflicts { id origin } }").get("conflicts");
        assertThat(all.size()).isGreaterThan(3);
        JsonNode two = query("{ conflicts(first: 2) { id origin } }").get("conflicts");
        assertThat(two).containsExactly(all.get(0), all.get(1));
        assertThat(all.get(0).get("origin").asString()).isEqualTo("curated");
        assertThat(errors("{ conflicts(first: 5000) { id } }", Map.of()).getFirst().getMessage()).contains("between 0 and 1000");
    }

    @Test
    void entitiesMatchAFreeTextQuery() {
        JsonNode edges = query("{ entities(query: \"Token Hub\") { edges { node { id } } } }").get("entities").get("edges");
        assertThat(edges.get(0).get("node").get("id").asString()).isEqualTo("alibaba-token-hub");
    }

    @Test
    void searchFindsEntitiesAndTheQuotesThatCiteRelationships() {
        JsonNode hits = query("{ search(text: \"Hanguang\") { score snippet entity { id } source { id } relationship { id } } }").get("search");
        assertThat(hits.valueStream().filter(h -> !h.get("entity").isNull()).map(h -> h.get("entity").get("id").asString()))
                .contains("hanguang-800");
        assertThat(hits.valueStream().filter(h -> !h.get("source").isNull()))
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.get("snippet").asString()).containsIgnoringCase("Hanguang"));
        assertThat(query("{ search(text: \"通义\") { entity { id } } }").get("search").valueStream()
                .filter(h -> !h.get("entity").isNull()).map(h -> h.get("entity").get("id").asString()))
                .contains("tongyi-business-unit");
        assertThat(query("{ search(text: \"AND OR (\\\" [ *\") { score } }").get("search")).as("Lucene syntax is escaped").isNotNull();
    }

    @Test
    void searchHitsThatAreAllEntitiesHaveNoSourceRatherThanAnError() {
        JsonNode hits = query("{ search(text: \"吴泽明\", first: 1) { entity { id } source { id } } }").get("search");
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.get("entity").get("id").asString()).isEqualTo("wu-zeming");
            assertThat(h.get("source").isNull()).isTrue();
        });
    }

    @Test
    void sourcesCarryTheirMetadataTextEntitiesAndRelationships() {
        JsonNode sources = query("{ sources { id title url publishedOn datePrecision language text length } }").get("sources");
        assertThat(sources).hasSize(5);
        sources.forEach(s -> assertThat(s.get("text").asString().codePointCount(0, s.get("text").asString().length()))
                .isEqualTo(s.get("length").asInt()));
        JsonNode one = query("""
                { source(id: "chinanews-tongyi") { id title language entities { id } relationships { id citations { source { id } } } } }""")
                .get("source");
        assertThat(one.get("entities").valueStream().map(e -> e.get("id").asString())).contains("zhou-jingren", "wu-yongming", "tongyi-business-unit");
        assertThat(one.get("relationships")).isNotEmpty().allSatisfy(r -> assertThat(
                r.get("citations").valueStream().map(c -> c.get("source").get("id").asString())).contains("chinanews-tongyi"));
        assertThat(query("{ source(id: \"no-such-article\") { id } }").get("source").isNull()).isTrue();
    }

    @Test
    void relationshipsFilterByTypeEndsAndSource() {
        JsonNode page = query("""
                { relationships(types: [DEVELOPS, COMPETES_WITH], source: "ainews-centralization", first: 500) {
                    totalCount edges { node { type citations { source { id } } } } } }""").get("relationships");
        assertThat(page.get("totalCount").asInt()).isEqualTo(page.get("edges").size()).isPositive();
        page.get("edges").forEach(edge -> {
            assertThat(edge.get("node").get("type").asString()).isIn("DEVELOPS", "COMPETES_WITH");
            assertThat(edge.get("node").get("citations").valueStream().map(c -> c.get("source").get("id").asString()))
                    .contains("ainews-centralization");
        });
        JsonNode between = query("""
                { relationships(from: "wu-zeming", to: "wu-yongming") { edges { node { type from { id } to { id } } } } }""")
                .get("relationships").get("edges");
        assertThat(between).isNotEmpty();
        assertThat(between.valueStream().map(e -> e.get("node").get("type").asString())).contains("REPORTS_TO");
    }

    @Test
    void aFactStatedByTwoArticlesIsOneRelationshipWithTwoCitations() {
        Set<String> multi = new HashSet<>();
        query("{ relationships(first: 500) { edges { node { id citations { source { id } } } } } }")
                .get("relationships").get("edges").forEach(edge -> {
                    Set<String> sources = new HashSet<>();
                    edge.get("node").get("citations").forEach(c -> sources.add(c.get("source").get("id").asString()));
                    if (sources.size() > 1) {
                        multi.add(edge.get("node").get("id").asString());
                    }
                });
        assertThat(multi).isNotEmpty();
    }

    @Test
    void statsCountWhatTheGraphHolds() {
        JsonNode stats = query("""
                { stats { entities relationships citations sources entitiesByType { key count } citationsBySource { key count } } }""")
                .get("stats");
        assertThat(stats.get("sources").asInt()).isEqualTo(5);
        assertThat(stats.get("entitiesByType").valueStream().mapToInt(c -> c.get("count").asInt()).sum())
                .isEqualTo(stats.get("entities").asInt());
        assertThat(stats.get("citationsBySource").valueStream().mapToInt(c -> c.get("count").asInt()).sum())
                .isEqualTo(stats.get("citations").asInt());
        assertThat(stats.get("relationships").asInt()).isEqualTo(
                cypher("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n").getFirst().get("n").asInt());
    }

    /** Stats counts only what a query shows; each count asked alone is the one asked among all. */
    @Test
    void eachStatAskedAloneIsTheOneAskedAmongAll() {
        List<String> fields = List.of("entities", "relationships", "citations", "sources", "entitiesByType { key count }",
                "relationshipsByType { key count }", "citationsBySource { key count }");
        JsonNode all = query("{ stats { " + String.join(" ", fields) + " } }").get("stats");
        for (String field : fields) {
            String name = field.split(" ")[0];
            assertThat(query("{ stats { " + field + " } }").get("stats").get(name)).as(name).isEqualTo(all.get(name));
        }
        assertThat(all.get("citations").asInt()).isEqualTo(cypher(
                "MATCH (:Entity)-[r]->(:Entity) WHERE r.retracted IS NULL RETURN sum(size(r.citedSources)) AS n")
                .getFirst().get("n").asInt());
        assertThat(all.get("relationshipsByType")).isNotEmpty();
    }

    @Test
    void badArgumentsAreRefusedWithAClearMessage() {
        assertThat(errors("{ entities(first: -1) { totalCount } }", Map.of()).getFirst().getMessage())
                .contains("first must be between 0 and 200");
        assertThat(errors("{ relationships(first: 100000) { totalCount } }", Map.of()).getFirst().getMessage())
                .contains("first must be between 0 and 500");
        assertThat(errors("{ entities(after: \"not-a-cursor\") { totalCount } }", Map.of()).getFirst().getMessage())
                .contains("not a cursor");
        assertThat(errors("{ relationships(asOf: \"June 2023\") { totalCount } }", Map.of()).getFirst().getMessage())
                .contains("asOf");
        assertThat(errors("{ entities(type: Dragon) { totalCount } }", Map.of())).isNotEmpty();
    }
}
