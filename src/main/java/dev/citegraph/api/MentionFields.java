package dev.citegraph.api;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import dev.citegraph.graph.MentionView;
import dev.citegraph.graph.SourceReader;
import dev.citegraph.graph.SourceView;

/** The article of each mention, loaded for a whole page of mentions in one query. */
@Controller
class MentionFields {

    private final SourceReader sources;

    MentionFields(SourceReader sources) {
        this.sources = sources;
    }

    @BatchMapping(typeName = "Mention", field = "source")
    Map<MentionView, SourceView> source(List<MentionView> mentions) {
        return Batch.byKey(mentions, MentionView::sourceId, sources::byIds);
    }
}
