package dev.citegraph.api;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dev.citegraph.graph.MentionView;
import dev.citegraph.graph.SourceView;

/** The article of each mention, from the response's one source loader (see {@link SourceLoader}). */
@Controller
class MentionFields {

    @SchemaMapping(typeName = "Mention", field = "source")
    CompletableFuture<SourceView> source(MentionView mention, DataFetchingFieldSelectionSet selection,
            DataLoader<String, SourceView> sourcesById) {
        return SourceLoader.load(mention.sourceId(), selection, sourcesById);
    }
}
