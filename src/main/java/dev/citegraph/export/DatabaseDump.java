package dev.citegraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
            return new DumpSource.Kind(sorted(fromLabels), type, sorted(toLabels));
        }
    }

    /** Every group of a source, read into memory. */
    static DatabaseDump of(DumpSource source) {
        List<Node> nodes = new ArrayList<>();
        source.labelSets().keySet().forEach(labels -> source.nodes(labels, nodes::add));
        List<Relationship> relationships = new ArrayList<>();
        source.kinds().keySet().forEach(kind -> source.relationships(List.of(kind), relationships::add));
        return new DatabaseDump(source.fingerprint(), source.schema(), source.keyLabels(), List.copyOf(nodes),
                List.copyOf(relationships));
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
    public Map<List<String>, Long> labelSets() {
        return nodes.stream().collect(Collectors.groupingBy(n -> sorted(n.labels()), LinkedHashMap::new,
                Collectors.counting()));
    }

    @Override
    public void nodes(List<String> labels, Consumer<Node> each) {
        nodes.stream().filter(n -> sorted(n.labels()).equals(labels))
                .sorted(Comparator.comparing((Node n) -> n.properties().get("id"), ID_ORDER)).forEach(each);
    }

    @Override
    public Map<DumpSource.Kind, Long> kinds() {
        return relationships.stream().collect(Collectors.groupingBy(Relationship::kind, LinkedHashMap::new,
                Collectors.counting()));
    }

    @Override
    public void relationships(List<DumpSource.Kind> kinds, Consumer<Relationship> each) {
        relationships.stream().filter(r -> kinds.contains(r.kind()))
                .sorted(Comparator.comparing(Relationship::fromId, ID_ORDER).thenComparing(Relationship::toId, ID_ORDER))
                .forEach(each);
    }

    /** Ids in the database's order for the ids the graph has (strings), those without one last. */
    private static final Comparator<Object> ID_ORDER = Comparator.nullsLast(Comparator.comparing(String::valueOf));

    private static List<String> sorted(List<String> labels) {
        return labels.stream().sorted().toList();
    }
}
