package dev.citegraph.export;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the database holds, as plain Java values in memory: its schema, every node and every
 * relationship with all their properties, whatever their labels and types. The Cypher script
 * export writes this, so it leaves nothing out that a later feature adds to the graph; it reads it
 * group by group ({@link DumpSource}), and this whole form serves comparisons and tests.
 *
 * @param schema the statements that create the constraints and indexes
 * @param keyLabels the labels that a constraint makes unique by {@code id}: how a relationship finds its ends
 * @param fingerprint the corpus version the graph was built from, or null
 */
record DatabaseDump(String fingerprint, List<String> schema, Set<String> keyLabels, List<Node> nodes,
        List<Relationship> relationships) implements DumpSource {

    /** @param properties values as the driver gives them: String, Long, Double, Boolean, LocalDate, List */
    record Node(List<String> labels, Map<String, Object> properties) {
    }

    /** A relationship and the labels and {@code id} of the nodes at its two ends. */
    record Relationship(String type, List<String> fromLabels, Object fromId, List<String> toLabels, Object toId,
            Map<String, Object> properties) {

        DumpSource.Kind kind() {
            return new DumpSource.Kind(fromLabels, type, toLabels);
        }
    }

    /** Every group of a source, read into memory. */
    static DatabaseDump of(DumpSource source) {
        return new DatabaseDump(source.fingerprint(), source.schema(), source.keyLabels(),
                source.labelSets().stream().flatMap(labels -> source.nodes(labels).stream()).toList(),
                source.kinds().stream().flatMap(kind -> source.relationships(kind).stream()).toList());
    }

    @Override
    public long nodeCount() {
        return nodes.size();
    }

    @Override
    public long relationshipCount() {
        return relationships.size();
    }

    @Override
    public List<List<String>> labelSets() {
        return nodes.stream().map(n -> n.labels().stream().sorted().toList()).distinct().toList();
    }

    @Override
    public List<Node> nodes(List<String> labels) {
        return nodes.stream().filter(n -> n.labels().stream().sorted().toList().equals(labels)).toList();
    }

    @Override
    public List<Key> keys() {
        return nodes.stream().filter(n -> n.properties().get("id") != null)
                .map(n -> new Key(n.labels(), n.properties().get("id"))).toList();
    }

    @Override
    public List<Kind> kinds() {
        return relationships.stream().map(Relationship::kind).distinct().toList();
    }

    @Override
    public List<Relationship> relationships(Kind kind) {
        return relationships.stream().filter(r -> r.kind().equals(kind)).toList();
    }
}
