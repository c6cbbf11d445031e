package dev.citegraph.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@link DatabaseDump} as a Cypher script that rebuilds the graph in an empty Neo4j, run by
 * {@code cypher-shell -f} or pasted into Neo4j Browser: the schema first, then one
 * {@code UNWIND [...] CREATE} statement per label combination (and per 100 rows), then the
 * relationships, which find their ends by {@code id} under a label the schema makes unique (or,
 * for nodes no constraint covers, their own label, once checked unique here).
 *
 * <p>The text depends only on the graph: nodes, relationships and map keys are sorted. Every
 * statement ends with a semicolon at the end of a line, and no literal spans lines, which is what
 * cypher-shell and {@code CypherScript} split on. It reads and writes one group of nodes or
 * relationships at a time, so only the largest group is in memory at once.
 */
final class CypherScriptWriter {

    static final int ROWS_PER_STATEMENT = 100;

    private final DumpSource dump;
    private final PrintWriter out;

    private CypherScriptWriter(DumpSource dump, PrintWriter out) {
        this.dump = dump;
        this.out = out;
    }

    static void write(DumpSource dump, OutputStream stream) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        new CypherScriptWriter(dump, out).script();
        out.flush();
        if (out.checkError()) {
            throw new IllegalStateException("could not write the Cypher script");
        }
    }

    private void script() {
        out.print("""
                // citegraph: the whole graph as Cypher, written by the export command (or GET /export/graph.cypher).
                // Corpus %s: %d nodes, %d relationships.
                // Load it into an EMPTY database, with cypher-shell:
                //   cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -f export.cypher
                // or paste it into Neo4j Browser (each statement runs on its own).
                """.formatted(dump.fingerprint(), dump.nodeCount(), dump.relationshipCount()));
        out.print("\n// Schema: the constraints make the relationship statements below find their ends by index.\n");
        dump.schema().forEach(statement -> out.print(statement + ";\n"));
        checkKeysAreUnique();
        nodes();
        relationships();
    }

    private void nodes() {
        Map<String, List<String>> byLabels = new TreeMap<>();
        dump.labelSets().forEach(set -> byLabels.put(labels(set), set));
        byLabels.forEach((labels, set) -> {
            List<String> rows = dump.nodes(set).stream()
                    .sorted(Comparator.comparing((DatabaseDump.Node n) -> String.valueOf(n.properties().get("id")))
                            .thenComparing(n -> CypherLiteral.map(n.properties())))
                    .map(n -> CypherLiteral.map(n.properties())).toList();
            statements("%s nodes".formatted(labels), rows, "properties",
                    "CREATE (n%s) SET n = properties".formatted(labels));
        });
    }

    /** Kinds that find their ends the same way (Person and Organization are both found as Entity) make one group. */
    private void relationships() {
        Map<String, List<DumpSource.Kind>> byPattern = dump.kinds().stream().collect(
                Collectors.groupingBy(this::pattern, TreeMap::new, Collectors.toList()));
        byPattern.forEach((pattern, kinds) -> {
            DumpSource.Kind first = kinds.getFirst();
            List<String> rows = kinds.stream().flatMap(kind -> dump.relationships(kind).stream())
                    .map(r -> "{from: %s, to: %s, properties: %s}".formatted(
                            CypherLiteral.of(endId(r.fromLabels(), r.fromId())),
                            CypherLiteral.of(endId(r.toLabels(), r.toId())), CypherLiteral.map(r.properties())))
                    .sorted().toList();
            statements(pattern + " relationships", rows, "row", """
                    MATCH (a:%s {id: row.from})
                    MATCH (b:%s {id: row.to})
                    CREATE (a)-[r:%s]->(b) SET r = row.properties""".formatted(
                    CypherLiteral.name(keyLabel(first.fromLabels())), CypherLiteral.name(keyLabel(first.toLabels())),
                    CypherLiteral.name(first.type())));
        });
    }

    /** Writes the rows as UNWIND statements of at most {@link #ROWS_PER_STATEMENT} rows. */
    private void statements(String title, List<String> rows, String variable, String body) {
        out.print("\n// %s (%d)\n".formatted(title, rows.size()));
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<String> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            out.print("UNWIND [\n  " + String.join(",\n  ", chunk) + "\n] AS " + variable + "\n" + body + ";\n");
        }
    }

    private String pattern(DumpSource.Kind kind) {
        return "(:%s)-[:%s]->(:%s)".formatted(endLabel(kind.fromLabels()), kind.type(), endLabel(kind.toLabels()));
    }

    /**
     * The label a node is found by, with its id: one that a constraint makes unique by id (Entity for
     * every entity), else the node's own first label (ConflictSide has ids but no constraint).
     */
    private String keyLabel(List<String> labels) {
        return labels.stream().filter(dump.keyLabels()::contains).sorted().findFirst()
                .orElseGet(() -> labels.stream().sorted().findFirst().orElse(""));
    }

    /** A relationship's end is found by label and id, so it must have both. */
    private String endLabel(List<String> labels) {
        String label = keyLabel(labels);
        if (label.isEmpty()) {
            throw new IllegalStateException("the Cypher export finds relationship ends by label and id; a node "
                    + "without labels cannot be found that way");
        }
        return label;
    }

    private static Object endId(List<String> labels, Object id) {
        if (id == null) {
            throw new IllegalStateException("the Cypher export finds relationship ends by label and id; a node "
                    + "labelled " + labels + " with id null cannot be found that way");
        }
        return id;
    }

    /** Without a constraint, nothing but this check promises that a label and an id name one node. */
    private void checkKeysAreUnique() {
        Set<String> seen = new HashSet<>();
        for (DumpSource.Key node : dump.keys()) {
            String key = keyLabel(node.labels()) + " " + CypherLiteral.of(node.id());
            if (!seen.add(key)) {
                throw new IllegalStateException("two nodes are " + key + "; the script could not tell them apart");
            }
        }
    }

    /** The key label first (:Entity:Person), then the others in order. */
    private String labels(List<String> labels) {
        String key = keyLabel(labels);
        return Stream.concat(Stream.of(key).filter(l -> !l.isEmpty()), labels.stream().filter(l -> !l.equals(key)).sorted())
                .map(l -> ":" + CypherLiteral.name(l)).collect(Collectors.joining());
    }
}
