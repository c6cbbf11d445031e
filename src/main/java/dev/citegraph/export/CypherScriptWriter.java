package dev.citegraph.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * cypher-shell and {@code CypherScript} split on. Each group's rows are written as they are
 * read, in the order the {@link DumpSource} gives them: only one statement's rows are in memory.
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
        nodes();
        relationships();
    }

    private void nodes() {
        Map<String, List<String>> byLabels = new TreeMap<>();
        Map<List<String>, Long> counts = dump.labelSets();
        counts.keySet().forEach(set -> byLabels.put(labels(set), set));
        // Without a constraint, nothing but this check promises that a label and an id name one node.
        Map<String, Set<String>> unconstrainedIds = new HashMap<>();
        byLabels.forEach((labels, set) -> {
            String key = dump.keyLabel(set);
            Set<String> seen = dump.keyLabels().contains(key) ? null : unconstrainedIds.computeIfAbsent(key, k -> new HashSet<>());
            try (Statements statements = new Statements("%s nodes".formatted(labels), counts.get(set), "properties",
                    "CREATE (n%s) SET n = properties".formatted(labels))) {
                dump.nodes(set, n -> {
                    Object id = n.properties().get("id");
                    if (seen != null && id != null && !seen.add(CypherLiteral.of(id))) {
                        throw new IllegalStateException("two nodes are " + key + " " + CypherLiteral.of(id)
                                + "; the script could not tell them apart");
                    }
                    statements.add(id, CypherLiteral.map(n.properties()));
                });
            }
        });
    }

    /** Kinds that find their ends the same way (Person and Organization are both found as Entity) make one group. */
    private void relationships() {
        Map<DumpSource.Kind, Long> counts = dump.kinds();
        Map<String, List<DumpSource.Kind>> byPattern = counts.keySet().stream().collect(
                Collectors.groupingBy(this::pattern, TreeMap::new, Collectors.toList()));
        byPattern.forEach((pattern, kinds) -> {
            DumpSource.Kind first = kinds.getFirst();
            long count = kinds.stream().mapToLong(counts::get).sum();
            try (Statements statements = new Statements(pattern + " relationships", count, "row", """
                    MATCH (a:%s {id: row.from})
                    MATCH (b:%s {id: row.to})
                    CREATE (a)-[r:%s]->(b) SET r = row.properties""".formatted(
                    CypherLiteral.name(dump.keyLabel(first.fromLabels())), CypherLiteral.name(dump.keyLabel(first.toLabels())),
                    CypherLiteral.name(first.type())))) {
                dump.relationships(kinds, r -> {
                    Object from = endId(r.fromLabels(), r.fromId());
                    Object to = endId(r.toLabels(), r.toId());
                    statements.add(List.of(from, to), "{from: %s, to: %s, properties: %s}".formatted(
                            CypherLiteral.of(from), CypherLiteral.of(to), CypherLiteral.map(r.properties())));
                });
            }
        });
    }

    /**
     * One group's UNWIND statements of at most {@link #ROWS_PER_STATEMENT} rows, written as the rows
     * come. The rows come in order of a key (a node's id, a relationship's ends); rows of equal keys
     * are put in order of their text, so the script depends only on the graph.
     */
    private final class Statements implements AutoCloseable {

        private final String variable;
        private final String body;
        private final long expected;
        private final List<String> sameKey = new ArrayList<>();
        private final List<String> chunk = new ArrayList<>(ROWS_PER_STATEMENT);
        private Object key;
        private long written;

        Statements(String title, long count, String variable, String body) {
            this.variable = variable;
            this.body = body;
            this.expected = count;
            out.print("\n// %s (%d)\n".formatted(title, count));
        }

        void add(Object rowKey, String row) {
            if (!sameKey.isEmpty() && !Objects.equals(rowKey, key)) {
                flushSameKey();
            }
            key = rowKey;
            sameKey.add(row);
        }

        private void flushSameKey() {
            sameKey.sort(null);
            for (String row : sameKey) {
                chunk.add(row);
                if (chunk.size() == ROWS_PER_STATEMENT) {
                    flushChunk();
                }
            }
            sameKey.clear();
        }

        private void flushChunk() {
            out.print("UNWIND [\n  " + String.join(",\n  ", chunk) + "\n] AS " + variable + "\n" + body + ";\n");
            written += chunk.size();
            chunk.clear();
        }

        /** Writes what is left, and checks that the group's count in the header is what was written. */
        @Override
        public void close() {
            flushSameKey();
            if (!chunk.isEmpty()) {
                flushChunk();
            }
            if (written != expected) {
                throw new IllegalStateException(("the script counted %d rows and wrote %d: the graph changed while it was "
                        + "read, or a relationship starts at a node without an id").formatted(expected, written));
            }
        }
    }

    private String pattern(DumpSource.Kind kind) {
        return "(:%s)-[:%s]->(:%s)".formatted(endLabel(kind.fromLabels()), kind.type(), endLabel(kind.toLabels()));
    }

    /** A relationship's end is found by label and id, so it must have both. */
    private String endLabel(List<String> labels) {
        String label = dump.keyLabel(labels);
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

    /** The key label first (:Entity:Person), then the others in order. */
    private String labels(List<String> labels) {
        String key = dump.keyLabel(labels);
        return Stream.concat(Stream.of(key).filter(l -> !l.isEmpty()), labels.stream().filter(l -> !l.equals(key)).sorted())
                .map(l -> ":" + CypherLiteral.name(l)).collect(Collectors.joining());
    }
}
