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
}
