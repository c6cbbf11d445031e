package dev.citegraph.api;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import dev.citegraph.graph.ConflictView;
import dev.citegraph.graph.RelationshipReader;
import dev.citegraph.graph.RelationshipView;
import reactor.core.publisher.Mono;

/**
 * The relationships of conflict sides: a side knows them by id, which is all a list of conflicts
 * usually shows; any other field of them is read for every side of the response in one query.
 */
@Controller
class ConflictFields {

    static final String RELATIONSHIPS_BY_ID = "relationshipsById";

    ConflictFields(BatchLoaderRegistry registry, RelationshipReader relationships) {
        registry.<String, RelationshipView>forName(RELATIONSHIPS_BY_ID).registerMappedBatchLoader(
                (ids, env) -> Mono.fromCallable(() -> relationships.byIds(List.copyOf(ids))));
    }

    @SchemaMapping(typeName = "ConflictSide", field = "relationships")
    CompletableFuture<List<RelationshipView>> relationships(ConflictView.Side side, DataFetchingFieldSelectionSet selection,
            DataLoader<String, RelationshipView> relationshipsById) {
        if (ReadAhead.onlyId(selection)) {
            return CompletableFuture.completedFuture(side.relationshipIds().stream().map(RelationshipView::idOnly).toList());
        }
        return relationshipsById.loadMany(side.relationshipIds())
                .thenApply(found -> found.stream().filter(Objects::nonNull).toList());
    }
}
