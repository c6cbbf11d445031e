package dev.citegraph.export;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import dev.citegraph.graph.Cypher;

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
            RETURN DISTINCT labels(n) AS labels""";

    // A group is the nodes with exactly these labels: all of them (the label index leads), and no other.
    private static final String NODES = """
            MATCH (n:$all($labels)) WHERE size(labels(n)) = size($labels)
            RETURN labels(n) AS labels, properties(n) AS properties""";

    private static final String KEYS = """
            MATCH (n:Citegraph) WHERE NOT n:Migration AND n.id IS NOT NULL
            RETURN labels(n) AS labels, n.id AS id""";

    private static final String KINDS = """
            MATCH (a:Citegraph)-[r]->(b:Citegraph)
            RETURN DISTINCT labels(a) AS fromLabels, type(r) AS type, labels(b) AS toLabels""";

    private static final String RELATIONSHIPS = """
            MATCH (a:$all($from))-[r:$($type)]->(b:$all($to))
            WHERE size(labels(a)) = size($from) AND size(labels(b)) = size($to)
            RETURN a.id AS from, b.id AS to, properties(r) AS properties""";

    /** The name right after CREATE ... CONSTRAINT|INDEX, where IF NOT EXISTS belongs. */
    private static final Pattern NAMED = Pattern.compile("^(CREATE (?:\\w+ )?(?:CONSTRAINT|INDEX) `(?:[^`]|``)*`)");

    private final Cypher cypher;

    DatabaseDumpReader(Cypher cypher) {
        this.cypher = cypher;
    }

    /** The whole graph in memory (to compare two databases; the export reads {@link #source()}). */
    DatabaseDump read() {
        return DatabaseDump.of(source());
    }

    /** The schema and counts, read now; the groups, each when asked for. */
    DumpSource source() {
        Set<String> keyLabels = new HashSet<>();
        List<String> constraints = cypher.read(CONSTRAINTS, Map.of()).stream().map(r -> {
            if (r.get("entityType").asString().equals("NODE") && r.get("type").asString().endsWith("UNIQUENESS")
                    && r.get("properties").asList(Value::asString).equals(List.of("id"))) {
                keyLabels.addAll(r.get("labelsOrTypes").asList(Value::asString));
            }
            return r.get("createStatement").asString();
        }).toList();
        List<String> indexes = cypher.read(INDEXES, Map.of()).stream()
                .map(r -> r.get("createStatement").asString()).toList();
        List<String> schema = Stream.concat(constraints.stream(), indexes.stream())
                .map(DatabaseDumpReader::ifNotExists).toList();
        Record counts = cypher.read(COUNTS, Map.of()).getFirst();
        return new Reading(cypher, counts.get("fingerprint").asString(null), schema, Set.copyOf(keyLabels),
                counts.get("nodes").asLong(), counts.get("relationships").asLong());
    }

    /** The database as a {@link DumpSource}: the schema and counts as read, each group one query when asked for. */
    private record Reading(Cypher cypher, String fingerprint, List<String> schema, Set<String> keyLabels,
            long nodeCount, long relationshipCount) implements DumpSource {

        @Override
        public List<List<String>> labelSets() {
            return cypher.read(LABEL_SETS, Map.of()).stream().map(r -> sorted(r.get("labels"))).distinct().toList();
        }

        @Override
        public List<DatabaseDump.Node> nodes(List<String> labels) {
            return cypher.read(NODES, Map.of("labels", labels)).stream()
                    .map(n -> new DatabaseDump.Node(sorted(n.get("labels")), n.get("properties").asMap())).toList();
        }

        @Override
        public List<Key> keys() {
            return cypher.read(KEYS, Map.of()).stream()
                    .map(r -> new Key(sorted(r.get("labels")), r.get("id").asObject())).toList();
        }

        @Override
        public List<Kind> kinds() {
            return cypher.read(KINDS, Map.of()).stream().map(r -> new Kind(sorted(r.get("fromLabels")),
                    r.get("type").asString(), sorted(r.get("toLabels")))).distinct().toList();
        }

        @Override
        public List<DatabaseDump.Relationship> relationships(Kind kind) {
            return cypher.read(RELATIONSHIPS, Map.of("type", kind.type(), "from", kind.fromLabels(), "to", kind.toLabels()))
                    .stream().map(r -> new DatabaseDump.Relationship(kind.type(), kind.fromLabels(), r.get("from").asObject(),
                            kind.toLabels(), r.get("to").asObject(), r.get("properties").asMap())).toList();
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
