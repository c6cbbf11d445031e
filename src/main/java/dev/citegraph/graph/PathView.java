package dev.citegraph.graph;

import java.util.List;

/** A chain of cited relationships between two entities; {@code entities} has one more element than {@code relationships}. */
public record PathView(List<EntityView> entities, List<RelationshipView> relationships) {

    public int length() {
        return relationships.size();
    }
}
