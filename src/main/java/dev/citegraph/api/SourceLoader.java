package dev.citegraph.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import dev.citegraph.graph.SourceReader;
import dev.citegraph.graph.SourceView;
import reactor.core.publisher.Mono;

/**
 * Sources by id for a whole response: every field that points at a source by its id (a citation,
 * a search hit, a claim, a mention, an agreeing or disagreeing source) asks this one loader, so each source is read once per response, and a query that
 * read sources ahead ({@link ReadAhead}) gives them to it. A field that selects nothing of the
 * source but its id is answered from the id it already has, without asking.
 */
@Component
class SourceLoader {

    static final String NAME = "sourcesById";

    SourceLoader(BatchLoaderRegistry registry, SourceReader reader) {
        registry.<String, SourceView>forName(NAME)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> reader.byIds(List.copyOf(ids))));
    }

    /** The source with this id as the selection needs it; null ids give null (an entity's search hit has no source). */
    static CompletableFuture<SourceView> load(String id, DataFetchingFieldSelectionSet selection,
            DataLoader<String, SourceView> sources) {
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (ReadAhead.onlyId(selection)) {
            return CompletableFuture.completedFuture(SourceView.idOnly(id));
        }
        return sources.load(id);
    }
}
