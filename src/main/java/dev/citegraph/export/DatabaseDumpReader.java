package dev.citegraph.export;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the database for the Cypher script export: the schema in two queries, then the
 * application's graph — the nodes labelled Citegraph and the relationships among them — one group
 * at a time (a label set, or a kind of relationship), as {@link DumpSource} asks. Other data on a
 * shared server, and the record of applied schema migrations, are not part of it.
 */
@Component
class DatabaseDumpReader {

    // Lookup indexes exist in every database, and indexes that back a constraint come with it.
    private static final String CONSTRAINTS = """
            SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, createStatement
            RETURN name, type, entityType, labelsOrTypes, properties, createStatement ORDER BY name""";

    private static final String INDEXES = """
            SHOW INDEXES YIELD name, type, owningConstraint, createStatement
            WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
            RETURN createStatement ORDER BY name""";

    private static final String COUNTS = """
            CALL () { MATCH (n:Citegraph) WHERE NOT n:Migration RETURN count(n) AS nodes }
            CALL () { MATCH (:Citegraph)-[r]->(:Citegraph) RETURN count(r) AS relationships }
            OPTIONAL MATCH (c:CorpusState:Citegraph {id: 'corpus'})
            RETURN nodes, relationships, c.fingerprint AS fingerprint""";

    private static final String LABEL_SETS = """
            MATCH (n:Citegraph) WHERE NOT n:Migration
            RETURN labels(n) AS labels, count(*) AS count""";

    /**
     * A group is the nodes with exactly these labels. Those with an id come in the order of the key
     * label's id index, so the database sorts nothing: Community's runtime keeps every row of a sort
     * until the query ends, with whatever is computed on it afterwards (each claim's properties,
     * which ran a 512 MB server out of memory at 200,000 claims). The key label is a name read from
     * the database, quoted.
     */
    private static final String NODES_WITH_ID = """
            MATCH (n:%%s) WHERE n.id IS NOT NULL AND %s
            RETURN labels(n) AS labels, properties(n) AS properties
            ORDER BY n.id""".formatted(exactLabels("n", "$labels"));

    private static final String NODES_WITHOUT_ID = """
            MATCH (n:%%s) WHERE n.id IS NULL AND %s
            RETURN labels(n) AS labels, properties(n) AS properties""".formatted(exactLabels("n", "$labels"));

    private static final String KINDS = """
            MATCH (a:Citegraph)-[r]->(b:Citegraph)
            RETURN labels(a) AS fromLabels, type(r) AS type, labels(b) AS toLabels, count(*) AS count""";

    /**
     * The relationships of some kinds. The starts come in the order of their id index, and the
     * database sorts one start's relationships at a time: the 345,000 mentions of 5,000 articles
     * sorted whole took 86 MB; this way, kilobytes. A start without an id is left out, and the
     * script's count of the group tells. The labels and type are names read from the database, quoted.
     */
    private static final String RELATIONSHIPS = """
            MATCH (a:%%s) WHERE a.id IS NOT NULL
            WITH a ORDER BY a.id
            MATCH (a)-[r:%%s]->(b:%%s)
            WHERE any(kind IN $kinds WHERE %s AND %s)
            WITH a, r, b ORDER BY a.id, b.id
            RETURN labels(a) AS fromLabels, a.id AS from, labels(b) AS toLabels, b.id AS to, properties(r) AS properties"""
            .formatted(exactLabels("a", "kind.from"), exactLabels("b", "kind.to"));

    /** True for node {@code node} when its labels are exactly those of the list {@code labels}, in any order. */
    private static String exactLabels(String node, String labels) {
        return "size(labels(%1$s)) = size(%2$s) AND all(l IN %2$s WHERE l IN labels(%1$s))".formatted(node, labels);
    }

    /** The name right after CREATE ... CONSTRAINT|INDEX, where IF NOT EXISTS belongs. */
    private static final Pattern NAMED = Pattern.compile("^(CREATE (?:\\w+ )?(?:CONSTRAINT|INDEX) `(?:[^`]|``)*`)");

    private final ExportQueries queries;

    DatabaseDumpReader(ExportQueries queries) {
        this.queries = queries;
    }

    /** The whole graph in memory (to compare two databases; the export reads {@link #source()}). */
    DatabaseDump read() {
        return DatabaseDump.of(source());
    }

    /** The schema and counts, read now; the groups, each when asked for. */
    DumpSource source() {
        Set<String> keyLabels = new HashSet<>();
        List<String> constraints = queries.all(CONSTRAINTS, Map.of()).stream().map(r -> {
            if (r.get("entityType").asString().equals("NODE") && r.get("type").asString().endsWith("UNIQUENESS")
                    && r.get("properties").asList(Value::asString).equals(List.of("id"))) {
                keyLabels.addAll(r.get("labelsOrTypes").asList(Value::asString));
            }
            return r.get("createStatement").asString();
        }).toList();
        List<String> indexes = queries.all(INDEXES, Map.of()).stream()
                .map(r -> r.get("createStatement").asString()).toList();
        List<String> schema = Stream.concat(constraints.stream(), indexes.stream())
                .map(DatabaseDumpReader::ifNotExists).toList();
        Record counts = queries.all(COUNTS, Map.of()).getFirst();
        return new Reading(queries, counts.get("fingerprint").asString(null), schema, Set.copyOf(keyLabels),
                counts.get("nodes").asLong(), counts.get("relationships").asLong());
    }

    /** The database as a {@link DumpSource}: the schema and counts as read, each group one query when asked for. */
    private record Reading(ExportQueries queries, String fingerprint, List<String> schema, Set<String> keyLabels,
            long nodeCount, long relationshipCount) implements DumpSource {

        @Override
        public Map<List<String>, Long> labelSets() {
            Map<List<String>, Long> sets = new LinkedHashMap<>();
            queries.all(LABEL_SETS, Map.of()).forEach(r -> sets.merge(sorted(r.get("labels")), r.get("count").asLong(), Long::sum));
            return sets;
        }

        @Override
        public void nodes(List<String> labels, Consumer<DatabaseDump.Node> each) {
            Consumer<Record> node = n -> each.accept(new DatabaseDump.Node(sorted(n.get("labels")), n.get("properties").asMap()));
            String label = CypherLiteral.name(keyLabel(labels));
            queries.each(NODES_WITH_ID.formatted(label), Map.of("labels", labels), node);
            queries.each(NODES_WITHOUT_ID.formatted(label), Map.of("labels", labels), node);
        }

        @Override
        public Map<Kind, Long> kinds() {
            Map<Kind, Long> kinds = new LinkedHashMap<>();
            queries.all(KINDS, Map.of()).forEach(r -> kinds.merge(new Kind(sorted(r.get("fromLabels")),
                    r.get("type").asString(), sorted(r.get("toLabels"))), r.get("count").asLong(), Long::sum));
            return kinds;
        }

        @Override
        public void relationships(List<Kind> kinds, Consumer<DatabaseDump.Relationship> each) {
            Kind first = kinds.getFirst();
            String type = first.type();
            String query = RELATIONSHIPS.formatted(CypherLiteral.name(keyLabel(first.fromLabels())),
                    CypherLiteral.name(type), CypherLiteral.name(keyLabel(first.toLabels())));
            List<Map<String, Object>> wanted = kinds.stream()
                    .map(k -> Map.<String, Object>of("from", k.fromLabels(), "to", k.toLabels())).toList();
            queries.each(query, Map.of("kinds", wanted), r -> each.accept(new DatabaseDump.Relationship(type,
                    sorted(r.get("fromLabels")), r.get("from").asObject(), sorted(r.get("toLabels")),
                    r.get("to").asObject(), r.get("properties").asMap())));
        }
    }

    /** Labels in name order: the order Neo4j lists them in depends on how the node was created. */
    private static List<String> sorted(Value labels) {
        return labels.asList(Value::asString).stream().sorted().toList();
    }

    /** Makes a schema statement safe to run where the application already created the same schema. */
    static String ifNotExists(String createStatement) {
        return NAMED.matcher(createStatement).replaceFirst("$1 IF NOT EXISTS");
    }
}
