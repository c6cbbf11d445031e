package dev.citegraph.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dev.citegraph.graph.EntityView;
import dev.citegraph.graph.RelationshipReader;
import dev.citegraph.graph.RelationshipView;
import dev.citegraph.graph.SourceReader;
import dev.citegraph.graph.SourceView;

/** The fields of Entity that reach further into the graph, each loaded for all entities of a response at once. */
@Controller
class EntityFields {

    private final SourceReader sources;

    EntityFields(SourceReader sources) {
        this.sources = sources;
    }

    @SchemaMapping(typeName = "Entity")
    CompletableFuture<List<RelationshipView>> relationships(EntityView entity, @Argument List<String> types,
            @Argument RelationshipReader.Direction direction, @Argument String asOf, @Argument Boolean includeRetracted,
            DataFetchingFieldSelectionSet selection, DataLoader<RelationshipLoader.Key, List<RelationshipView>> entityRelationships) {
        var question = RelationshipLoader.question(types, direction == null ? null : direction.name(), asOf, includeRetracted,
                selection);
        return entityRelationships.load(new RelationshipLoader.Key(entity.id(), question));
    }

    @BatchMapping(typeName = "Entity", field = "sources")
    Map<EntityView, List<SourceView>> sources(List<EntityView> entities) {
        return Batch.byKey(entities, EntityView::id, sources::sourcesOf);
    }
}
