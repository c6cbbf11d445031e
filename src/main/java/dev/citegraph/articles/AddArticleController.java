package dev.citegraph.articles;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import dev.citegraph.corpus.ClaimProposals;
import dev.citegraph.corpus.NewArticle;
import dev.citegraph.graph.SourceReader;
import dev.citegraph.graph.SourceView;
import dev.citegraph.ingest.CitegraphPaths;
import dev.citegraph.ingest.CorpusIngest;

/** The {@code addArticle} mutation: a new article stored as a draft in the corpus and shown in the graph. */
@Controller
class AddArticleController {

    private final CitegraphPaths paths;
    private final CorpusIngest ingest;
    private final SourceReader sources;

    AddArticleController(CitegraphPaths paths, CorpusIngest ingest, SourceReader sources) {
        this.paths = paths;
        this.ingest = ingest;
        this.sources = sources;
    }

    @MutationMapping
    @PreAuthorize("hasRole('ADMIN')")
    SourceView addArticle(@Argument String id, @Argument String title, @Argument String published,
            @Argument String language, @Argument String url, @Argument String site, @Argument String author,
            @Argument String text) {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        new NewArticle("the request", id, title, site, url, author, language, published, bytes).addTo(paths.corpus());
        ClaimProposals.writeFor(paths.corpus(), id);
        ingest.reload();
        return sources.byIds(List.of(id)).get(id);
    }
}
