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
            query($from: ID!, $to: ID!, $maxHops: Int, $asOf: String) {
              paths(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf) {
                length entities { id }
                relationships { id from { id } to { id } citations { quote start end source { id } } } } }""";

    private JsonNode paths(String from, String to, int maxHops) {
        return query(PATHS, Map.of("from", from, "to", to, "maxHops", maxHops)).get("paths");
    }

    @Test
    void wuZemingReachesQwenByShortestCitedPathsWhoseHopsChain() {
        Evidence evidence = new Evidence(query("{ sources { id text } }"));
        JsonNode paths = paths("wu-zeming", "qwen", 4);
        assertThat(paths).isNotEmpty();
        int shortest = paths.get(0).get("length").asInt();
        for (JsonNode p : paths) {
            assertThat(p.get("length").asInt()).isEqualTo(shortest).isEqualTo(p.get("relationships").size());
            List<String> entities = p.get("entities").valueStream().map(e -> e.get("id").asString()).toList();
            assertThat(entities.getFirst()).isEqualTo("wu-zeming");
            assertThat(entities.getLast()).isEqualTo("qwen");
            for (int i = 0; i < shortest; i++) {
                JsonNode hop = p.get("relationships").get(i);
                assertThat(Set.of(hop.get("from").get("id").asString(), hop.get("to").get("id").asString()))
                        .isEqualTo(Set.of(entities.get(i), entities.get(i + 1)));
                assertThat(evidence.assertExact(hop.get("citations"))).isPositive();
            }
        }
        assertThat(paths("wu-zeming", "qwen", shortest - 1)).as("nothing shorter exists").isEmpty();
    }

    @Test
    void aMaxHopsAboveTheLimitIsRefused() {
        var error = errors(PATHS, Map.of("from", "wu-zeming", "to", "qwen", "maxHops", 7)).getFirst();
        assertThat(error.getMessage()).contains("maxHops must be between 1 and 6");
        assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void pathsAsOfADateOnlyFollowRelationshipsHeldThen() {
        JsonNode in2023 = query(PATHS, Map.of("from", "wu-zeming", "to", "zhang-yong", "maxHops", 2, "asOf", "2023")).get("paths");
        JsonNode in2026 = query(PATHS, Map.of("from", "wu-zeming", "to", "zhang-yong", "maxHops", 2, "asOf", "2026-04")).get("paths");
        assertThat(in2023).isNotEmpty();
        assertThat(in2026).isEmpty();
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
                .contains("no entity with id 'nobody'");
    }
}
