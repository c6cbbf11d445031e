package dev.citegraph.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.BatchMapping;
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

    @BatchMapping(typeName = "Source", field = "agreesWith")
    Map<SourceView, List<RelationshipReader.Agreement>> agreesWith(List<SourceView> list) {
        Map<String, List<RelationshipReader.Agreement>> byId = relationships.agreements(ids(list));
        return list.stream().distinct().collect(Collectors.toMap(Function.identity(), s -> byId.get(s.id())));
    }

    @BatchMapping(typeName = "Source", field = "disagreesWith")
    Map<SourceView, List<ConflictReader.Disagreement>> disagreesWith(List<SourceView> list) {
        Map<String, List<ConflictReader.Disagreement>> byId = conflicts.disagreements(ids(list));
        return list.stream().distinct().collect(Collectors.toMap(Function.identity(), s -> byId.get(s.id())));
    }

    @BatchMapping(typeName = "SourceAgreement", field = "source")
    Map<RelationshipReader.Agreement, SourceView> agreementSource(List<RelationshipReader.Agreement> list) {
        Map<String, SourceView> byId = sources.byIds(list.stream().map(RelationshipReader.Agreement::sourceId).distinct().toList());
        return list.stream().distinct().collect(Collectors.toMap(Function.identity(), a -> byId.get(a.sourceId())));
    }

    @BatchMapping(typeName = "SourceDisagreement", field = "source")
    Map<ConflictReader.Disagreement, SourceView> disagreementSource(List<ConflictReader.Disagreement> list) {
        Map<String, SourceView> byId = sources.byIds(list.stream().map(ConflictReader.Disagreement::sourceId).distinct().toList());
        return list.stream().distinct().collect(Collectors.toMap(Function.identity(), d -> byId.get(d.sourceId())));
    }

    @BatchMapping(typeName = "Citation", field = "source")
    Map<CitationView, SourceView> citationSource(List<CitationView> citations) {
        Map<String, SourceView> byId = sources.byIds(citations.stream().map(CitationView::sourceId).distinct().toList());
        return citations.stream().distinct().collect(Collectors.toMap(Function.identity(), c -> byId.get(c.sourceId())));
    }

    @BatchMapping(typeName = "SearchHit", field = "source")
    Map<SearchReader.Hit, SourceView> hitSource(List<SearchReader.Hit> hits) {
        List<String> ids = hits.stream().map(SearchReader.Hit::sourceId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        Map<String, SourceView> byId = ids.isEmpty() ? Map.of() : sources.byIds(ids);
        // A map value may not be null, so hits without a source are simply absent (null in the response).
        return hits.stream().distinct().filter(h -> byId.containsKey(h.sourceId()))
                .collect(Collectors.toMap(Function.identity(), h -> byId.get(h.sourceId())));
    }

    @BatchMapping(typeName = "Source", field = "entities")
    Map<SourceView, List<EntityView>> entities(List<SourceView> list) {
        Map<String, List<EntityView>> byId = sources.entitiesOf(ids(list));
        return list.stream().distinct().collect(Collectors.toMap(Function.identity(), s -> byId.get(s.id())));
    }

    @BatchMapping(typeName = "Source", field = "relationships")
    Map<SourceView, List<RelationshipView>> relationships(List<SourceView> list) {
        Map<String, List<RelationshipView>> byId = relationships.forSources(ids(list), true);
        return list.stream().distinct().collect(Collectors.toMap(Function.identity(), s -> byId.get(s.id())));
    }

    private static List<String> ids(List<SourceView> list) {
        return list.stream().map(SourceView::id).distinct().toList();
    }
}
