package dev.citegraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.client.RestClient;

import dev.citegraph.database.GraphDatabase;
import dev.citegraph.graph.Cypher;
import dev.citegraph.scale.SyntheticCorpus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

/**
 * The reads that go through every relationship between entities — the ingest's look at what the
 * graph holds of each relationship, the conflict rules, and the API's page with neither end named,
 * timeline of the whole graph and statistics — follow each entity's outgoing relationships: no
 * expansion yields more rows than there are relationships between entities. Written as one
 * pattern, {@code (a:Entity)-[r]->(b:Entity)}, both ends look alike, and Neo4j expanded every
 * entity's incoming relationships instead, the mentions and claim links included: at 5,000
 * articles 989,000 rows for 139,000 relationships, in every reload and review. On the five real
 * articles alone the planner happens to start from the right end; with a few dozen more it does
 * not, so this runs on the real corpus and 25 synthetic articles, in an embedded database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"citegraph.embedded.ephemeral=true", "citegraph.embedded.bolt-port=0", "citegraph.admin.token=test"})
class WholeGraphReadsIT {

    private static final Path CORPUS = synthetic();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void syntheticCorpus(DynamicPropertyRegistry registry) {
        registry.add("citegraph.corpus", CORPUS::toString);
    }

    @LocalServerPort
    int port;

    @MockitoSpyBean
    Cypher cypher;

    @Autowired
    GraphDatabase database;

    @Autowired
    CitegraphPaths paths;

    @Test
    void theIngestsReadsOfEveryRelationshipExpandOnlyThoseBetweenEntities() {
        long between = relationshipsBetweenEntities();
        List<String> beyond = new ArrayList<>();
        for (boolean verify : List.of(false, true)) {
            beyond.addAll(beyond("what the graph holds of each relationship, verify " + verify,
                    GraphKind.RELATIONSHIP.state, Map.of("verify", verify, "origin", "curated"), between));
        }
        List<ConflictRules.Rule> rules = ConflictRules.read(paths.rules());
        assertThat(rules).as("conflict rules").hasSizeGreaterThanOrEqualTo(2);
        for (ConflictRules.Rule rule : rules) {
            beyond.addAll(beyond("rule " + rule.name(), rule.cypher(), Map.of(), between));
        }
        assertThat(beyond).as("expansions beyond the %d relationships between entities", between).isEmpty();
    }

    @Test
    void theApisReadsOfEveryRelationshipExpandOnlyThoseBetweenEntities() {
        Map<String, Map<String, Object>> sent = queriesSent();
        for (String query : List.of("{ relationships(first: 200) { totalCount edges { node { id } } } }",
                "{ timeline { date kind description } }",
                "{ stats { relationships citations citationsBySource { key count } } }")) {
            graphql(query);
        }
        long between = relationshipsBetweenEntities();
        List<String> beyond = new ArrayList<>();
        sent.forEach((query, parameters) -> beyond.addAll(beyond(query, query, parameters, between)));
        assertThat(sent).as("queries sent").hasSizeGreaterThanOrEqualTo(3);
        assertThat(beyond).as("expansions beyond the %d relationships between entities", between).isEmpty();
    }

    /**
     * A page of every relationship (no end or article named) comes from the entities in the order
     * of their relationships' ids: walked page by page with cursors it gives every standing
     * relationship once, in the order of their ids as Neo4j sorts them, with the right total
     * (summed from each entity's count, or counted when the filter is not the default one), and a
     * page reads about a page of relationships, not all of them.
     */
    @Test
    void pagesOfEveryRelationshipComeInIdOrderAndReadAboutAPage() {
        Map<String, Map<String, Object>> sent = queriesSent();
        for (String filter : List.of("", "types: [HOLDS_POSITION, MEMBER_OF], ", "includeRetracted: true, ")) {
            String where = filter.isEmpty() ? "r.retracted IS NULL"
                    : filter.startsWith("types") ? "r.retracted IS NULL AND type(r) IN ['HOLDS_POSITION', 'MEMBER_OF']" : "true";
            List<String> expected = database.driver().executableQuery("""
                    MATCH (:Entity:Citegraph)-[r]->(:Entity:Citegraph) WHERE %s RETURN r.id AS id ORDER BY id""".formatted(where))
                    .withConfig(database.reads()).execute().records().stream().map(r -> r.get("id").asString()).toList();
            List<String> walked = new ArrayList<>();
            String after = null;
            JsonNode page;
            do {
                page = graphql("{ relationships(" + filter + "first: 50" + (after == null ? "" : ", after: \"" + after + "\"")
                        + ") { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }").path("relationships");
                page.path("edges").forEach(edge -> walked.add(edge.path("node").path("id").asString()));
                after = page.path("pageInfo").path("endCursor").asString();
                assertThat(page.path("totalCount").asInt()).as("total, filter %s", filter).isEqualTo(expected.size());
            } while (page.path("pageInfo").path("hasNextPage").asBoolean());
            assertThat(expected).as("relationships, filter %s", filter).hasSizeGreaterThan(50);
            assertThat(walked).as("every page, filter %s", filter).isEqualTo(expected);
        }
        long widest = database.driver().executableQuery(
                "MATCH (a:Entity:Citegraph) RETURN max(COUNT { (a)-->(:Entity:Citegraph) }) AS n")
                .withConfig(database.reads()).execute().records().getFirst().get("n").asLong();
        List<String> firstPages = new ArrayList<>();
        sent.forEach((query, parameters) -> {
            // The first page with the default filter, whose total is summed rather than counted.
            if (parameters.get("afterId") == null && Boolean.TRUE.equals(parameters.get("withTotal"))
                    && parameters.get("types") == null && Boolean.FALSE.equals(parameters.get("includeRetracted"))) {
                firstPages.add(query);
                expansions(profile(query, parameters), new ArrayList<>()).forEach(e -> assertThat(e.rows())
                        .as("a first page's %s\n%s", e.operator(), query).isLessThanOrEqualTo(50 + widest));
            }
        });
        assertThat(firstPages).as("first pages with the default filter").hasSize(1);
    }

    private JsonNode graphql(String query) {
        JsonNode body = JSON.readTree(RestClient.create().post().uri("http://localhost:" + port + "/graphql")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("query", query)).retrieve().body(String.class));
        assertThat(body.path("errors").isMissingNode()).as("%s: %s", query, body.path("errors")).isTrue();
        return body.path("data");
    }

    /** Every query the readers send from now on, with its parameters (the first of each text). */
    private Map<String, Map<String, Object>> queriesSent() {
        Map<String, Map<String, Object>> sent = new LinkedHashMap<>();
        doAnswer(call -> {
            sent.putIfAbsent(call.getArgument(0), new LinkedHashMap<>(call.<Map<String, Object>>getArgument(1)));
            return call.callRealMethod();
        }).when(cypher).read(anyString(), anyMap());
        return sent;
    }

    private long relationshipsBetweenEntities() {
        long between = database.driver().executableQuery("MATCH (:Entity:Citegraph)-[r]->(:Entity:Citegraph) RETURN count(r) AS n")
                .withConfig(database.reads()).execute().records().getFirst().get("n").asLong();
        assertThat(between).as("relationships between entities").isGreaterThan(500);
        return between;
    }

    /** The expansions of the query's plan that yielded more than {@code limit} rows. */
    private List<String> beyond(String what, String cypher, Map<String, Object> parameters, long limit) {
        return expansions(profile(cypher, parameters), new ArrayList<>()).stream().filter(e -> e.rows() > limit)
                .map(e -> what + ": " + e.operator() + " yielded " + e.rows() + " rows").toList();
    }

    private ProfiledPlan profile(String cypher, Map<String, Object> parameters) {
        return database.driver().executableQuery("PROFILE " + cypher).withParameters(parameters)
                .withConfig(database.reads()).execute().summary().profile();
    }

    private record Expansion(String operator, long rows) {
    }

    private static List<Expansion> expansions(ProfiledPlan plan, List<Expansion> into) {
        if (plan.operatorType().startsWith("Expand")) {
            into.add(new Expansion(plan.operatorType().replaceAll("@.*", "") + " " + plan.arguments().get("Details"),
                    plan.records()));
        }
        plan.children().forEach(child -> expansions(child, into));
        return into;
    }

    private static Path synthetic() {
        try {
            Path folder = Files.createTempDirectory("citegraph-synthetic-");
            folder.toFile().deleteOnExit();
            return SyntheticCorpus.write(folder.resolve("corpus"), 20260801L, 25).root();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
