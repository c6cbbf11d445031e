package dev.citegraph;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import dev.citegraph.database.GraphDatabase;
import dev.citegraph.database.ReadQueries;
import dev.citegraph.export.ExportFile;
import dev.citegraph.export.Exports;
import dev.citegraph.graph.Cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

/**
 * Every read the API issues is planned by Neo4j without scanning a whole label, every node, or
 * joining two unrelated matches (a cartesian product), where an index could lead it instead. The
 * queries are the ones really sent: {@link Cypher}, through which every read goes, is watched (it
 * still runs each one) while the README's queries and the benchmark's shapes are asked over
 * GraphQL; then each query is sent again with EXPLAIN and the same parameters, and once in process and
 * once over Bolt, to compare the answers. The spy gives this class its own application context,
 * which is the price of seeing the real queries.
 */
class QueryPlansIT extends IntegrationTest {

    private static final Set<String> SCANS = Set.of("NodeByLabelScan", "AllNodesScan", "CartesianProduct",
            "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan", "IntersectionNodeByLabelsScan",
            "UnionNodeByLabelsScan", "SubtractionNodeByLabelsScan", "PartitionedNodeByLabelScan");

    /** The parameters that name an entity or an article. */
    private static final List<String> NAMING = List.of("from", "to", "entity", "source", "id", "ids");

    /** Operators that find at most one node each: a product of them is a pair of rows, not a join of unrelated matches. */
    private static final Set<String> ONE_ROW = Set.of("NodeUniqueIndexSeek", "Argument");

    /**
     * Reads that go through a whole label on purpose or that are known to: reader method and
     * operator, with the reason. Anything else that scans fails the test.
     */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("EntityReader.page NodeByLabelScan", "a page in name order reads every entity (or every one of a type) to sort them and count the total"),
            Map.entry("RelationshipReader.page NodeByLabelScan", "the total of a page with neither end named: each entity's count of its standing relationships summed, or with another filter every relationship counted (the page itself starts from the order index; the branches that start from a named end from the id index)"),
            Map.entry("StatsReader.stats NodeByLabelScan", "the statistics count every node of each label"),
            Map.entry("TimelineReader.timeline NodeByLabelScan", "the timeline of the whole graph (no entity named) reads every event and relationship for dated ones; an entity's timeline starts from the entity"),
            Map.entry("ClaimReader.page NodeByLabelScan", "a page of claims with neither source nor entity named is a page of every claim; the other branches start from the source or the entity"),
            // A page and its total are two subqueries: the product pairs the one row of the count with the page.
            Map.entry("EntityReader.page CartesianProduct", "the total (one row) paired with the page"),
            Map.entry("RelationshipReader.page CartesianProduct", "the total (one row) paired with a page of every relationship"),
            Map.entry("StatsReader.stats CartesianProduct", "each count is one row; the counts are paired"));

    // The benchmark's shapes (bench/peer/shapes.mjs) and other fields the README does not show.
    private static final List<String> SHAPES = List.of(
            "{ entity(id: \"wu-zeming\") { id name relationships { id citations { quote start end source { id } } } sources { id } } }",
            "{ entity(name: \"吴泽明\") { id relationships(direction: OUTGOING) { to { name } } } }",
            "{ search(text: \"Qwen\", first: 10) { score entity { id } source { id } relationship { id } snippet } }",
            "{ search(text: \"Qwen\", first: 10) { entity { name } relationship { title } } }",
            "{ neighborhood(id: \"alibaba-group\", depth: 2) { entities { id } relationships { id } } }",
            "{ relationships(first: 200) { totalCount edges { node { id citations { quote start end source { id } } } } } }",
            "{ relationships(source: \"chinanews-tongyi\", first: 5) { edges { node { id } } } }",
            "{ paths(from: \"wu-zeming\", to: \"qwen\", maxHops: 4) { relationships { id citations { quote } } } }",
            "{ timeline { date kind description citations { quote source { id } } } }",
            "{ timeline(entity: \"wu-zeming\", from: \"2024\") { date kind event { id } relationship { id } } }",
            "{ conflicts { id explainedByTime sides { summary relationships { id } citations { quote start end source { id } } } } }",
            "{ conflicts(entity: \"wu-zeming\", first: 5) { id sides { summary } } }",
            "{ relationships(to: \"alibaba-group\", types: [HOLDS_POSITION], asOf: \"2026-04\") { edges { node { id title } } } }",
            "{ entities(first: 5) { totalCount edges { node { id sources { id } } } } }",
            "{ entities(type: Person, query: \"Wu\", first: 5) { totalCount edges { node { id } } } }",
            "{ claims(source: \"besthub-cto-role\", first: 5) { edges { node { id status relationship { id } } } } }",
            "{ claims(entity: \"wu-zeming\", status: ACCEPTED, first: 5) { edges { node { id } } } }",
            "{ claims(first: 5) { totalCount edges { node { id } } } }",
            "{ claim(id: \"chinanews-tongyi-009\") { id quote source { id } } }",
            "{ sources { id relationships { id } agreesWith { source { id } } disagreesWith { source { id } } } }",
            "{ stats { entities relationships citations sources entitiesByType { key count } } }");

    /** A query the API sent, and the reader method that sent it. */
    record Sent(String reader, String cypher, Map<String, Object> parameters) {
    }

    @MockitoSpyBean
    Cypher spied;

    @Autowired
    GraphDatabase database;

    @Autowired
    ReadQueries inProcess;

    @Autowired
    Exports exports;

    @Test
    void noQueryOfTheApiScansALabelOrJoinsUnrelatedMatchesBeyondTheKnownOnes() throws IOException {
        Collection<Sent> sent = everyQueryTheApiSends();
        Set<String> found = new TreeSet<>();
        List<String> offenders = new ArrayList<>();
        for (Sent s : sent) {
            Plan plan = database.driver().executableQuery("EXPLAIN " + s.cypher()).withParameters(s.parameters())
                    .withConfig(database.reads()).execute().summary().plan();
            for (String scan : scans(plan, new ArrayList<>())) {
                String key = s.reader() + " " + scan.substring(0, scan.indexOf(' '));
                found.add(key);
                if (!KNOWN.containsKey(key)) {
                    offenders.add(key + " (" + scan + "):\n" + s.cypher());
                }
            }
        }
        // A known offender that no longer scans is taken off the list, so that the list stays true.
        Set<String> gone = new TreeSet<>(KNOWN.keySet());
        gone.removeAll(found);
        assertThat(offenders).as("queries that scan where an index could lead (scans found: %s; known ones no longer found: %s)",
                found, gone).isEmpty();
        assertThat(gone).as("known scans no longer found; take them off the list").isEmpty();
    }

    /**
     * A query that names an entity or an article starts from it: no operator reads a whole label
     * for it. EXPLAIN cannot tell a scan that runs from one a guard keeps off (the branch for
     * when nothing is named): three readers scanned every entity or claim and then dropped the
     * rows at the guard, 200,000 claims read for nothing by every claim page of an entity at ×1000.
     */
    @Test
    void aQueryThatNamesAnEntityOrAnArticleReadsNoWholeLabel() throws IOException {
        List<String> offenders = new ArrayList<>();
        Set<String> profiled = new TreeSet<>();
        for (Sent s : everyQueryTheApiSends()) {
            if (NAMING.stream().noneMatch(name -> s.parameters().get(name) != null)) {
                continue;
            }
            profiled.add(s.reader());
            ProfiledPlan plan = database.driver().executableQuery("PROFILE " + s.cypher()).withParameters(s.parameters())
                    .withConfig(database.reads()).execute().summary().profile();
            scanned(plan, new ArrayList<>()).forEach(scan -> offenders.add(s.reader() + " " + scan + ":\n" + s.cypher()));
        }
        assertThat(profiled).as("readers whose queries named an entity or an article")
                .contains("RelationshipReader.page", "ClaimReader.page", "TimelineReader.timeline", "PathReader.paths");
        assertThat(offenders).isEmpty();
    }

    /**
     * Next to the embedded database the API reads in process rather than over Bolt; every query it
     * sends must answer the same both ways, value for value, so the readers cannot tell.
     */
    @Test
    void everyQueryOfTheApiAnswersTheSameInProcessAsOverBolt() throws IOException {
        assertThat(inProcess).as("the embedded database's reads").isNotSameAs(database.overBolt())
                .extracting(reads -> reads.getClass().getSimpleName()).isEqualTo("InProcessReads");
        int rows = 0;
        for (Sent s : everyQueryTheApiSends()) {
            List<Record> overBolt = database.overBolt().run(s.cypher(), s.parameters());
            assertThat(inProcess.run(s.cypher(), s.parameters())).as("%s:%n%s", s.reader(), s.cypher())
                    .isEqualTo(overBolt);
            rows += overBolt.size();
        }
        assertThat(rows).as("rows compared").isGreaterThan(500);
    }

    /**
     * The file exports read whole labels, streamed into the file; what they must not do is sort
     * one whole: Community's runtime keeps every row of a sort until the query ends, with what is
     * computed on it afterwards (the properties of 200,000 claims ran a 512 MB server out of
     * memory). Each part comes in the order of an id index, and the database sorts at most one
     * start's relationships at a time (a partial sort).
     */
    @Test
    void theExportsStreamEveryPartInTheOrderOfAnIndexWithoutSortingAWholeOne() throws IOException {
        Map<String, Map<String, Object>> streamed = new ConcurrentHashMap<>();
        doAnswer(call -> {
            streamed.putIfAbsent(call.getArgument(0), new LinkedHashMap<>(call.<Map<String, Object>>getArgument(1)));
            return call.callRealMethod();
        }).when(spied).stream(anyString(), anyMap(), any(), any());
        for (ExportFile file : ExportFile.values()) {
            Files.delete(exports.render(file));
        }
        List<String> sorts = new ArrayList<>();
        streamed.forEach((cypher, parameters) -> {
            if (cypher.startsWith("SHOW ")) {
                return; // the schema's constraints and indexes, a dozen rows, in name order
            }
            Plan plan = database.driver().executableQuery("EXPLAIN " + cypher).withParameters(parameters)
                    .withConfig(database.reads()).execute().summary().plan();
            if (operators(plan, new ArrayList<>()).contains("Sort")) {
                sorts.add(cypher);
            }
        });
        assertThat(streamed).as("queries the exports streamed").hasSizeGreaterThan(10);
        assertThat(sorts).as("export queries that sort all their rows").isEmpty();
    }

    private static List<String> operators(Plan plan, List<String> into) {
        into.add(plan.operatorType().replaceAll("@.*", ""));
        plan.children().forEach(child -> operators(child, into));
        return into;
    }

    /** The queries the README's examples and the benchmark's shapes send, with every set of parameters they were sent with. */
    private Collection<Sent> everyQueryTheApiSends() throws IOException {
        Map<String, Sent> sent = new ConcurrentHashMap<>();
        doAnswer(call -> {
            String cypher = call.getArgument(0);
            Map<String, Object> parameters = new LinkedHashMap<>(call.<Map<String, Object>>getArgument(1));
            // Every parameter set: the same query with an entity named and without reads differently.
            sent.putIfAbsent(cypher + "\n" + parameters, new Sent(reader(), cypher, parameters));
            return call.callRealMethod();
        }).when(spied).read(anyString(), anyMap());

        List<String> documents = new ArrayList<>(SHAPES);
        ReadmeIT.examples().stream().map(ReadmeIT.Example::query).filter(q -> !q.strip().startsWith("mutation"))
                .forEach(documents::add);
        documents.forEach(this::query);
        assertThat(sent.values()).extracting(Sent::reader).as("readers that sent queries")
                .contains("EntityReader.find", "SearchReader.search", "PathReader.neighborhood", "RelationshipReader.page",
                        "ConflictReader.all", "TimelineReader.timeline");
        return sent.values();
    }

    /** The scanning operators of a plan, with what each scans ("NodeByLabelScan e:Entity"). */
    private static List<String> scans(Plan plan, List<String> into) {
        String operator = plan.operatorType().replaceAll("@.*", "");
        if (operator.equals("CartesianProduct") && leaves(plan).stream().allMatch(ONE_ROW::contains)) {
            // Both ends of a relationship found by their unique ids, then joined by the relationship.
            return into;
        }
        if (SCANS.contains(operator)) {
            // Neo4j scans a label, or the intersection of two, with operators of several names: one name here.
            operator = operator.matches(".*NodeByLabels?Scan") ? "NodeByLabelScan" : operator;
            Object details = plan.arguments().get("Details");
            into.add(operator + " " + (details == null ? "" : details.toString().replace("\"", "")));
        }
        plan.children().forEach(child -> scans(child, into));
        return into;
    }

    /** The scanning operators of a profiled plan that read any row, with how many. */
    private static List<String> scanned(ProfiledPlan plan, List<String> into) {
        String operator = plan.operatorType().replaceAll("@.*", "");
        if (SCANS.contains(operator) && !operator.equals("CartesianProduct") && plan.records() > 0) {
            into.add(operator + " read " + plan.records() + " rows (" + plan.arguments().get("Details") + ")");
        }
        plan.children().forEach(child -> scanned(child, into));
        return into;
    }

    private static List<String> leaves(Plan plan) {
        if (plan.children().isEmpty()) {
            return List.of(plan.operatorType().replaceAll("@.*", ""));
        }
        return plan.children().stream().flatMap(child -> leaves(child).stream()).toList();
    }

    /** The graph reader method on the stack: where the query was written. */
    private static String reader() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("dev.citegraph.graph.") && !f.getClassName().startsWith(Cypher.class.getName())
                        && !f.getClassName().equals(QueryPlansIT.class.getName()))
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .findFirst().orElse("unknown"));
    }
}
