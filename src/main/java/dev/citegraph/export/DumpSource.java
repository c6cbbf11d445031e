package dev.citegraph.export;

import java.util.List;
import java.util.Set;

/**
 * What the Cypher script export reads, one group of nodes or relationships at a time, so that a
 * large graph is never in memory whole: at 5,000 articles the database read as one value (texts,
 * mention sentences, every claim) ran a 512 MB server out of memory. {@link DatabaseDump} is the
 * same held in memory; {@link DatabaseDumpReader} reads it from the database group by group.
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

    /** Every label set some node has, each in name order. */
    List<List<String>> labelSets();

    /** The nodes whose labels are exactly these. */
    List<DatabaseDump.Node> nodes(List<String> labels);

    /** Every node's labels and id, for nodes that have one. */
    List<Key> keys();

    /** Every combination of start labels, type and end labels some relationship has. */
    List<Kind> kinds();

    /** The relationships of one kind. */
    List<DatabaseDump.Relationship> relationships(Kind kind);

    record Key(List<String> labels, Object id) {
    }

    /** @param fromLabels and toLabels in name order */
    record Kind(List<String> fromLabels, String type, List<String> toLabels) {
    }
}
