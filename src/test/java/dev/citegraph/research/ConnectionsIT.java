package dev.citegraph.research;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.citegraph.Evidence;
import dev.citegraph.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** How two entities are connected, and what surrounds one, hop by cited hop. */
class ConnectionsIT extends IntegrationTest {

    private static final String PATHS = """
            query($from: ID!, $to: ID!, $maxHops: Int, $asOf: String, $first: Int) {
              paths(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf, first: $first) {
                length entities { id }
                hops { from { id } to { id } relationships { id from { id } to { id } citations { quote start end source { id } } } }
                relationships { id from { id } to { id } citations { quote start end source { id } } } } }""";

    private JsonNode paths(String from, String to, int maxHops) {
        return query(PATHS, Map.of("from", from, "to", to, "maxHops", maxHops, "first", 50)).get("paths");
    }

    private static List<String> ids(JsonNode path) {
        return path.get("entities").valueStream().map(e -> e.get("id").asString()).toList();
    }

    @Test
    void wuZemingReachesQwenByDistinctRoutesWhoseHopsChainAndHoldEveryParallelRelationship() {
        Evidence evidence = new Evidence(query("{ sources { id text } }"));
        JsonNode paths = paths("wu-zeming", "qwen", 3);
        assertThat(paths.size()).as("routes longer than the shortest too").isGreaterThan(3);
        Set<List<String>> sequences = new HashSet<>();
        int previousLength = 0;
        for (JsonNode p : paths) {
            int length = p.get("length").asInt();
            assertThat(length).isBetween(Math.max(previousLength, 1), 3);
            previousLength = length;
            List<String> entities = ids(p);
            assertThat(sequences.add(entities)).as("one route per sequence of entities: %s", entities).isTrue();
            assertThat(Set.copyOf(entities)).as("no entity visited twice").hasSize(entities.size());
            assertThat(entities.getFirst()).isEqualTo("wu-zeming");
            assertThat(entities.getLast()).isEqualTo("qwen");
            assertThat(p.get("hops")).hasSize(length);
            assertThat(p.get("relationships")).hasSize(length);
            for (int i = 0; i < length; i++) {
                JsonNode hop = p.get("hops").get(i);
                assertThat(hop.get("from").get("id").asString()).isEqualTo(entities.get(i));
                assertThat(hop.get("to").get("id").asString()).isEqualTo(entities.get(i + 1));
                List<String> relIds = hop.get("relationships").valueStream().map(r -> r.get("id").asString()).toList();
                assertThat(relIds).isNotEmpty().isSorted().doesNotHaveDuplicates();
                assertThat(p.get("relationships").get(i).get("id").asString()).isEqualTo(relIds.getFirst());
                for (JsonNode r : hop.get("relationships")) {
                    assertThat(Set.of(r.get("from").get("id").asString(), r.get("to").get("id").asString()))
                            .isEqualTo(Set.of(entities.get(i), entities.get(i + 1)));
                    assertThat(evidence.assertExact(r.get("citations"))).isPositive();
                }
            }
        }
        // Wu Zeming holds three titles at Alibaba Group: one hop of the 2-hop route, not three routes.
        JsonNode viaGroup = paths.get(0);
        assertThat(ids(viaGroup)).containsExactly("wu-zeming", "alibaba-group", "qwen");
        assertThat(viaGroup.get("hops").get(0).get("relationships").size()).isGreaterThan(1);
        assertThat(paths("wu-zeming", "qwen", 1)).as("no direct relationship").isEmpty();
    }

    @Test
    void aThreeHopRouteThroughTheTechnologyCommitteeIsAmongTheFirstRoutes() {
        JsonNode paths = query("{ paths(from: \"Wu Zeming\", to: \"Qwen\") { entities { id } } }").get("paths");
        assertThat(paths.valueStream().map(ConnectionsIT::ids))
                .contains(List.of("wu-zeming", "alibaba-technology-committee", "zhou-jingren", "qwen"));
        assertThat(ids(paths.get(1))).as("routes through a committee before routes through the whole group")
                .contains("alibaba-technology-committee");
    }

    /**
     * The routes are every sequence of distinct entities of at most maxHops steps, as Cypher finds
     * them walking every standing relationship: the route search reads only the relationships a
     * route can use, and must miss none.
     */
    @Test
    void everyRouteUpToMaxHopsIsFoundAsCypherFindsThemByWalkingEveryRelationship() {
        for (List<String> pair : List.of(List.of("wu-zeming", "qwen"), List.of("wu-zeming", "alibaba-group"),
                List.of("qwen", "alibaba-cloud"))) {
            for (int maxHops = 1; maxHops <= 3; maxHops++) {
                Set<List<String>> walked = new HashSet<>();
                cypher("""
                        MATCH p = (:Entity {id: $from})-[*1..%d]-(:Entity {id: $to})
                        WHERE all(n IN nodes(p) WHERE n:Entity:Citegraph AND single(m IN nodes(p) WHERE m = n))
                          AND all(r IN relationships(p) WHERE r.id IS NOT NULL AND r.retracted IS NULL)
                        RETURN DISTINCT [n IN nodes(p) | n.id] AS route""".formatted(maxHops),
                        Map.of("from", pair.get(0), "to", pair.get(1)))
                        .forEach(r -> walked.add(r.get("route").asList(v -> v.asString())));
                assertThat(walked).as("%s, %d hops: fewer than a page", pair, maxHops).hasSizeLessThan(50);
                Set<List<String>> found = new HashSet<>();
                paths(pair.get(0), pair.get(1), maxHops).forEach(path -> found.add(ids(path)));
                assertThat(found).as("%s, up to %d hops", pair, maxHops).isEqualTo(walked);
            }
        }
    }

    @Test
    void aMaxHopsAboveTheLimitIsRefused() {
        var error = errors(PATHS, Map.of("from", "wu-zeming", "to", "qwen", "maxHops", 5)).getFirst();
        assertThat(error.getMessage()).contains("maxHops must be between 1 and 4");
        assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void pathsAsOfADateOnlyFollowRelationshipsHeldThen() {
        JsonNode in2023 = query(PATHS, Map.of("from", "wu-zeming", "to", "zhang-yong", "maxHops", 2, "asOf", "2023")).get("paths");
        JsonNode in2026 = query(PATHS, Map.of("from", "wu-zeming", "to", "zhang-yong", "maxHops", 2, "asOf", "2026-04")).get("paths");
        assertThat(in2023).isNotEmpty();
        assertThat(in2026).isEmpty();
        // Every hop of a dated route holds at that date, not only some relationship of its entities.
        in2023.forEach(p -> p.get("hops").forEach(h -> assertThat(h.get("relationships")).isNotEmpty()));
    }

    @Test
    void aNeighborhoodHoldsTheEntityItsNeighboursAndOnlyRelationshipsAmongThem() {
        JsonNode n = query("""
                { neighborhood(id: "wu-zeming") { entities { id } relationships { from { id } to { id } } } }""")
                .get("neighborhood");
        Set<String> ids = new HashSet<>(n.get("entities").valueStream().map(e -> e.get("id").asString()).toList());
        Set<String> direct = new HashSet<>();
        query("{ entity(id: \"wu-zeming\") { relationships { from { id } to { id } } } }").get("entity").get("relationships")
                .forEach(r -> {
                    direct.add(r.get("from").get("id").asString());
                    direct.add(r.get("to").get("id").asString());
                });
        assertThat(ids).isEqualTo(direct);
        n.get("relationships").forEach(r -> assertThat(ids).contains(r.get("from").get("id").asString(), r.get("to").get("id").asString()));
    }

    @Test
    void aDeeperNeighborhoodGrowsAndTypesNarrowIt() {
        int one = query("{ neighborhood(id: \"wu-zeming\", depth: 1) { entities { id } } }").get("neighborhood").get("entities").size();
        int two = query("{ neighborhood(id: \"wu-zeming\", depth: 2) { entities { id } } }").get("neighborhood").get("entities").size();
        JsonNode committees = query("""
                { neighborhood(id: "wu-zeming", types: [MEMBER_OF, CHAIRS]) { entities { id } relationships { type } } }""")
                .get("neighborhood");
        assertThat(two).isGreaterThan(one);
        assertThat(committees.get("relationships").valueStream().map(r -> r.get("type").asString())).isSubsetOf("MEMBER_OF", "CHAIRS");
        assertThat(committees.get("entities").valueStream().map(e -> e.get("id").asString())).contains("alibaba-technology-committee");
        assertThat(errors("{ neighborhood(id: \"wu-zeming\", depth: 4) { entities { id } } }", Map.of()).getFirst().getMessage())
                .contains("depth must be between 1 and 3");
        assertThat(errors("{ neighborhood(id: \"nobody\") { entities { id } } }", Map.of()).getFirst().getMessage())
                .isEqualTo("id: no entity has the id, name or alias 'nobody'");
    }
}
