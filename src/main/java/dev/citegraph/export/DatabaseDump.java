package dev.citegraph.export;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the database holds, as plain Java values: its schema, every node and every
 * relationship with all their properties, whatever their labels and types. This is what the Cypher
 * script export writes, so it leaves nothing out that a later feature adds to the graph.
 *
 * @param schema the statements that create the constraints and indexes
 * @param keyLabels the labels that a constraint makes unique by {@code id}: how a relationship finds its ends
 * @param fingerprint the corpus version the graph was built from, or null
 */
record DatabaseDump(String fingerprint, List<String> schema, Set<String> keyLabels, List<Node> nodes,
        List<Relationship> relationships) {

    /** @param properties values as the driver gives them: String, Long, Double, Boolean, LocalDate, List */
    record Node(List<String> labels, Map<String, Object> properties) {
    }

    /** A relationship and the labels and {@code id} of the nodes at its two ends. */
    record Relationship(String type, List<String> fromLabels, Object fromId, List<String> toLabels, Object toId,
            Map<String, Object> properties) {
    }
}
