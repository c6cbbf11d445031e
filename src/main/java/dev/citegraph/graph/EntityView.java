package dev.citegraph.graph;

import java.util.List;

/** An entity as the API shows it. */
public record EntityView(String id, String type, String kind, String name, List<String> aliases,
        String description, String date, String datePrecision, String dateBasis, CitationView dateCitation,
        int mentionCount) {
}
