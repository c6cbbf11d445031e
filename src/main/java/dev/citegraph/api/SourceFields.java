package dev.citegraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dev.citegraph.graph.CitationView;
import dev.citegraph.graph.ConflictReader;
import dev.citegraph.graph.EntityView;
import dev.citegraph.graph.RelationshipReader;
import dev.citegraph.graph.RelationshipView;
import dev.citegraph.graph.SearchReader;
import dev.citegraph.graph.SourceReader;
import dev.citegraph.graph.SourceView;

/**
 * Everything that points at a Source (citations, search hits) and what a Source points at
 * (entities, relationships), each loaded in one query per response level.
 */
@Controller
class SourceFields {

    private final SourceReader sources;
    private final RelationshipReader relationships;
    private final ConflictReader conflicts;

    SourceFields(SourceReader sources, RelationshipReader relationships, ConflictReader conflicts) {
        this.sources = sources;
        this.relationships = relationships;
        this.conflicts = conflicts;
    }

    /** Texts are read for the sources of a response that show one, in one query, and only then. */
    @BatchMapping(typeName = "Source", field = "text")
    Map<SourceView, String> text(List<SourceView> list) {
        List<String> missing = list.stream().filter(s -> s.text() == null).map(SourceView::id).distinct().toList();
        Map<String, String> texts = missing.isEmpty() ? Map.of() : sources.texts(missing);
        Map<SourceView, String> answer = new LinkedHashMap<>();
        list.forEach(s -> answer.put(s, s.text() != null ? s.text() : texts.get(s.id())));
        return answer;
    }

    @BatchMapping(typeName = "Source", field = "agreesWith")
    Map<SourceView, List<RelationshipReader.Agreement>> agreesWith(List<SourceView> list) {
        return Batch.byKey(list, SourceView::id, relationships::agreements);
    }

    @BatchMapping(typeName = "Source", field = "disagreesWith")
    Map<SourceView, List<ConflictReader.Disagreement>> disagreesWith(List<SourceView> list) {
        return Batch.byKey(list, SourceView::id, conflicts::disagreements);
    }

    @SchemaMapping(typeName = "SourceAgreement", field = "source")
    CompletableFuture<SourceView> agreementSource(RelationshipReader.Agreement agreement,
            DataFetchingFieldSelectionSet selection, DataLoader<String, SourceView> sourcesById) {
        return SourceLoader.load(agreement.sourceId(), selection, sourcesById);
    }

    @SchemaMapping(typeName = "SourceDisagreement", field = "source")
    CompletableFuture<SourceView> disagreementSource(ConflictReader.Disagreement disagreement,
            DataFetchingFieldSelectionSet selection, DataLoader<String, SourceView> sourcesById) {
        return SourceLoader.load(disagreement.sourceId(), selection, sourcesById);
    }

    @SchemaMapping(typeName = "Citation", field = "source")
    CompletableFuture<SourceView> citationSource(CitationView citation, DataFetchingFieldSelectionSet selection,
            DataLoader<String, SourceView> sourcesById) {
        return SourceLoader.load(citation.sourceId(), selection, sourcesById);
    }

    /** A hit for an entity has no source: the response shows null. */
    @SchemaMapping(typeName = "SearchHit", field = "source")
    CompletableFuture<SourceView> hitSource(SearchReader.Hit hit, DataFetchingFieldSelectionSet selection,
            DataLoader<String, SourceView> sourcesById) {
        return SourceLoader.load(hit.sourceId(), selection, sourcesById);
    }

    @BatchMapping(typeName = "Source", field = "entities")
    Map<SourceView, List<EntityView>> entities(List<SourceView> list) {
        return Batch.byKey(list, SourceView::id, sources::entitiesOf);
    }

    /** The relationships the source's claims state, those of retracted claims included: what the article says. */
    @BatchMapping(typeName = "Source", field = "relationships")
    Map<SourceView, List<RelationshipView>> relationships(List<SourceView> list) {
        return Batch.byKey(list, SourceView::id, ids -> relationships.forSources(ids, true));
    }
}
