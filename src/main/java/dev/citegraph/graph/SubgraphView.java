package dev.citegraph.graph;

import java.util.List;

/** Entities and the relationships among them, for drawing. */
public record SubgraphView(List<EntityView> entities, List<RelationshipView> relationships) {
}
