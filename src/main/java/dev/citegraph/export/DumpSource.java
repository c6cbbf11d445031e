package dev.citegraph.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the Cypher script export reads: the schema and counts, then one group of nodes or
 * relationships at a time, each handed over row by row in a fixed order, so that a large graph is
 * never in memory (at 5,000 articles a group read whole, the 200,000 claims, ran a 512 MB server
 * out of memory). {@link DatabaseDump} is the same held in memory; {@link DatabaseDumpReader} reads
 * it from the database.
 */
interface DumpSource {

    /** The corpus version the graph was built from, or null. */
    String fingerprint();

    /** The statements that create the constraints and indexes. */
    List<String> schema();

    /** The labels that a constraint makes unique by {@code id}: how a relationship finds its ends. */
    Set<String> keyLabels();

    long nodeCount();

    long relationshipCount();

    /** Every label set some node has, each in name order, with how many nodes have exactly it. */
    Map<List<String>, Long> labelSets();

    /** The nodes whose labels are exactly these, in order of id (any without one last). */
    void nodes(List<String> labels, Consumer<DatabaseDump.Node> each);

    /** Every combination of start labels, type and end labels some relationship has, with how many have it. */
    Map<Kind, Long> kinds();

    /**
     * The relationships of these kinds, which share a type and the {@link #keyLabel}s of their ends,
     * in order of their start's id, then their end's (any without one last).
     */
    void relationships(List<Kind> kinds, Consumer<DatabaseDump.Relationship> each);

    /**
     * The label a node is found by, with its id: one that a constraint makes unique by id (Entity for
     * every entity), else the node's own first label (a label a later feature adds without a
     * constraint); empty for a node without labels.
     */
    default String keyLabel(List<String> labels) {
        return labels.stream().filter(keyLabels()::contains).sorted().findFirst()
                .orElseGet(() -> labels.stream().sorted().findFirst().orElse(""));
    }

    /** @param fromLabels and toLabels in name order */
    record Kind(List<String> fromLabels, String type, List<String> toLabels) {
    }
}
