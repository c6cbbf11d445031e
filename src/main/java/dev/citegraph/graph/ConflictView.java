package dev.citegraph.graph;

import java.util.List;

/** A disagreement between sources, with every side's evidence, as one query returns it. */
public record ConflictView(String id, String description, boolean explainedByTime, String origin,
        List<EntityView> entities, List<Side> sides) {

    /**
     * @param relationshipIds the relationships that express the position, by id: the API reads
     *     them only when a response shows more of them than their ids
     */
    public record Side(String summary, List<String> relationshipIds, List<CitationView> citations) {
    }
}
