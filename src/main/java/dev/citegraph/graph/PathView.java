package dev.citegraph.graph;

import java.util.List;

/**
 * One route between two entities: a sequence of entities, each step a hop with every relationship
 * that joins its two entities. {@code entities} has one more element than {@code hops}.
 */
public record PathView(List<EntityView> entities, List<Hop> hops) {

    /** One step of a route: the relationships (in id order, each in its own direction) between two neighbours. */
    public record Hop(EntityView from, EntityView to, List<RelationshipView> relationships) {
    }

    public int length() {
        return hops.size();
    }

    /** The first relationship of each hop, in id order: one chain to follow. */
    public List<RelationshipView> relationships() {
        return hops.stream().map(h -> h.relationships().getFirst()).toList();
    }
}
