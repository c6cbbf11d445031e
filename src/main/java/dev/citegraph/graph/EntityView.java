package dev.citegraph.graph;

import java.util.List;

/**
 * An entity as the API shows it.
 *
 * @param mentionCount how many articles name it
 * @param occurrenceCount how many times they name it, under any of its names
 */
public record EntityView(String id, String type, String kind, String name, List<String> aliases,
        String description, String date, String datePrecision, String dateBasis, CitationView dateCitation,
        int mentionCount, int occurrenceCount) {

    /** An entity of which a response shows only the id: its other fields are never read. */
    public static EntityView idOnly(String id) {
        return new EntityView(id, null, null, null, List.of(), null, null, null, null, null, 0, 0);
    }
}
