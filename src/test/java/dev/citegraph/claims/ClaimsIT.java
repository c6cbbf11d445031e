package dev.citegraph.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.citegraph.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims are first-class: each has an id, a status and exact words, and relationships point at them. */
class ClaimsIT extends IntegrationTest {

    @Test
    void everyClaimOfAnArticleQuotesItsTextAtItsOffsets() {
        JsonNode data = query("""
                { source(id: "chinanews-tongyi") { text status }
                  claims(source: "chinanews-tongyi", first: 500) { totalCount edges { node { id status quote start end source { id } } } } }""");
        String text = data.get("source").get("text").asString();
        JsonNode claims = data.get("claims");
        assertThat(claims.get("totalCount").asInt()).isEqualTo(claims.get("edges").size()).isGreaterThan(20);
        assertThat(data.get("source").get("status").asString()).isEqualTo("PUBLISHED");
        for (JsonNode edge : claims.get("edges")) {
            JsonNode c = edge.get("node");
            int from = text.offsetByCodePoints(0, c.get("start").asInt());
            int to = text.offsetByCodePoints(0, c.get("end").asInt());
            assertThat(text.substring(from, to)).as(c.get("id").asString()).isEqualTo(c.get("quote").asString());
            assertThat(c.get("id").asString()).startsWith("chinanews-tongyi-");
            assertThat(c.get("source").get("id").asString()).isEqualTo("chinanews-tongyi");
            // Curation rejected some (kept, never deleted, so that their ids are never reused).
            assertThat(c.get("status").asString()).isIn("ACCEPTED", "REJECTED");
        }
    }

    @Test
    void aRelationshipIsDerivedFromItsClaimsAndCitesThemById() {
        JsonNode rel = query("""
                { relationships(from: "wu-yongming", to: "alibaba-technology-committee", types: [CHAIRS]) {
                    edges { node { id retracted citations { quote claim { id } }
                                   claims { id type status quote subject { id } object { id } relationship { id } } } } } }""")
                .get("relationships").get("edges").get(0).get("node");
        assertThat(rel.get("retracted").asBoolean()).isFalse();
        List<String> cited = rel.get("citations").valueStream().map(c -> c.get("claim").get("id").asString()).toList();
        List<String> claims = rel.get("claims").valueStream().map(c -> c.get("id").asString()).toList();
        assertThat(claims).isNotEmpty().isEqualTo(cited);
        for (JsonNode c : rel.get("claims")) {
            assertThat(c.get("type").asString()).isEqualTo("CHAIRS");
            assertThat(c.get("subject").get("id").asString()).isEqualTo("wu-yongming");
            assertThat(c.get("object").get("id").asString()).isEqualTo("alibaba-technology-committee");
            assertThat(c.get("relationship").get("id").asString()).isEqualTo(rel.get("id").asString());
        }
    }

    @Test
    void claimsOfAnEntityAreFoundFromEitherEnd() {
        JsonNode page = query("""
                query($e: ID) { claims(entity: $e, first: 500) { totalCount edges { node { subject { id } object { id } } } } }""",
                Map.of("e", "hanguang-800")).get("claims");
        assertThat(page.get("totalCount").asInt()).isPositive();
        page.get("edges").forEach(e -> assertThat(List.of(e.get("node").get("subject").get("id").asString(),
                e.get("node").get("object").get("id").asString())).contains("hanguang-800"));
    }

    @Test
    void wordsKeptAsEvidenceForAConflictAreClaimsWithoutARelationship() {
        JsonNode claim = query("""
                { claim(id: "besthub-cto-role-052") { quote type subject { id } relationship { id } status } }""")
                .get("claim");
        assertThat(claim.get("quote").asString()).isEqualTo("suggesting that the CTO position may be a relic of a past era");
        assertThat(claim.get("type").isNull()).isTrue();
        assertThat(claim.get("relationship").isNull()).isTrue();
        JsonNode side = query("""
                { conflict(id: "group-cto-role-eliminated-vs-held") { sides { citations { quote claim { id } } } } }""")
                .get("conflict").get("sides").get(0);
        assertThat(side.get("citations").valueStream().map(c -> c.get("claim").get("id").asString()))
                .contains("besthub-cto-role-052");
    }

    @Test
    void claimsAreCountedByStatusAndPagedByCursor() {
        JsonNode first = query("{ claims(status: ACCEPTED, first: 7) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }")
                .get("claims");
        assertThat(first.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();
        JsonNode next = query("query($a: String) { claims(status: ACCEPTED, first: 7, after: $a) { edges { node { id } } } }",
                Map.of("a", first.get("pageInfo").get("endCursor").asString())).get("claims");
        String lastOfFirst = first.get("edges").get(6).get("node").get("id").asString();
        String firstOfNext = next.get("edges").get(0).get("node").get("id").asString();
        assertThat(firstOfNext).isGreaterThan(lastOfFirst);
        assertThat(cypher("MATCH (c:Claim {status: 'accepted'}) RETURN count(c) AS n").getFirst().get("n").asInt())
                .isEqualTo(first.get("totalCount").asInt());
        assertThat(query("{ claims(status: REJECTED) { totalCount } }").get("claims").get("totalCount").asInt())
                .isEqualTo(cypher("MATCH (c:Claim {status: 'rejected'}) RETURN count(c) AS n").getFirst().get("n").asInt());
    }

    @Test
    void walkingEveryPageByItsCursorGivesEachClaimOnceInIdOrder() {
        List<String> walked = new ArrayList<>();
        String after = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            // Without totalCount: the page reads one claim more than it shows to know whether more follow.
            JsonNode page = query("query($a: String) { claims(entity: \"alibaba-group\", first: 9, after: $a) "
                    + "{ edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                    after == null ? Map.<String, Object>of() : Map.<String, Object>of("a", after)).get("claims");
            page.get("edges").valueStream().forEach(e -> walked.add(e.get("node").get("id").asString()));
            more = page.get("pageInfo").get("hasNextPage").asBoolean();
            if (more) {
                after = page.get("pageInfo").get("endCursor").asString();
            }
            pages++;
        }
        List<String> expected = cypher("""
                MATCH (:Entity {id: 'alibaba-group'})<-[:SUBJECT|OBJECT]-(c:Claim)
                RETURN DISTINCT c.id AS id ORDER BY id""").stream().map(r -> r.get("id").asString()).toList();
        assertThat(pages).isGreaterThan(2);
        assertThat(walked).isEqualTo(expected);
    }
}
