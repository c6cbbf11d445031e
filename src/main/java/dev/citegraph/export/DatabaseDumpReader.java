package dev.citegraph.export;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import dev.citegraph.graph.Cypher;

/**
 * Reads a {@link DatabaseDump}: the schema in two queries, then the application's graph in one —
 * the nodes labelled Citegraph and the relationships among them. Other data on a shared server,
 * and the record of applied schema migrations, are not part of it.
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

    private static final String GRAPH = """
            CALL () {
              MATCH (n:Citegraph) WHERE NOT n:Migration
              RETURN collect({labels: labels(n), properties: properties(n)}) AS nodes
            }
            CALL () {
              MATCH (a:Citegraph)-[r]->(b:Citegraph)
              RETURN collect({type: type(r), fromLabels: labels(a), from: a.id, toLabels: labels(b), to: b.id,
                              properties: properties(r)}) AS relationships
            }
            OPTIONAL MATCH (c:CorpusState:Citegraph {id: 'corpus'})
            RETURN c.fingerprint AS fingerprint, nodes, relationships""";

    /** The name right after CREATE ... CONSTRAINT|INDEX, where IF NOT EXISTS belongs. */
    private static final Pattern NAMED = Pattern.compile("^(CREATE (?:\\w+ )?(?:CONSTRAINT|INDEX) `(?:[^`]|``)*`)");

    private final Cypher cypher;

    DatabaseDumpReader(Cypher cypher) {
        this.cypher = cypher;
    }

    DatabaseDump read() {
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
        var row = cypher.read(GRAPH, Map.of()).getFirst();
        return new DatabaseDump(row.get("fingerprint").asString(null),
                java.util.stream.Stream.concat(constraints.stream(), indexes.stream())
                        .map(DatabaseDumpReader::ifNotExists).toList(),
                Set.copyOf(keyLabels),
                row.get("nodes").asList(n -> new DatabaseDump.Node(sorted(n.get("labels")),
                        n.get("properties").asMap())),
                row.get("relationships").asList(r -> new DatabaseDump.Relationship(r.get("type").asString(),
                        sorted(r.get("fromLabels")), r.get("from").asObject(),
                        sorted(r.get("toLabels")), r.get("to").asObject(),
                        r.get("properties").asMap())));
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
