package dev.citegraph.graph;

import java.util.List;

/** A disagreement between sources, with every side's evidence, as one query returns it. */
public record ConflictView(String id, String description, boolean explainedByTime, String origin,
        List<EntityView> entities, List<Side> sides) {

    public record Side(String summary, List<RelationshipView> relationships, List<CitationView> citations) {
    }
}
