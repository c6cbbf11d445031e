package dev.citegraph.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dev.citegraph.graph.CitationView;
import dev.citegraph.graph.ClaimReader;
import dev.citegraph.graph.ClaimView;
import dev.citegraph.graph.EntityReader;
import dev.citegraph.graph.EntityView;
import dev.citegraph.graph.RelationshipReader;
import dev.citegraph.graph.RelationshipView;
import dev.citegraph.graph.SourceView;

/**
 * Claims, the unit of evidence: the {@code claims} and {@code claim} queries, what a claim points
 * at (its source, entities and relationship) and what points at claims (a relationship, a
 * citation). Each nested field is one query per response level, whatever the number of claims.
 */
@Controller
class ClaimFields {

    private final ClaimReader claims;
    private final EntityReader entities;
    private final RelationshipReader relationships;

    ClaimFields(ClaimReader claims, EntityReader entities, RelationshipReader relationships) {
        this.claims = claims;
        this.entities = entities;
        this.relationships = relationships;
    }

    @QueryMapping(name = "claims")
    Connection<ClaimView> claimPage(@Argument String source, @Argument String entity, @Argument String status,
            @Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
        return Connection.of(claims.page(source, entity, status, Connection.offsetAfter(after),
                Connection.keyAfter(after), Connection.limit("first", first, 500), selection.contains("totalCount")),
                ClaimView::id);
    }

    @QueryMapping
    ClaimView claim(@Argument String id) {
        return claims.byIds(List.of(id)).get(id);
    }

    @SchemaMapping(typeName = "Claim", field = "source")
    CompletableFuture<SourceView> source(ClaimView claim, DataFetchingFieldSelectionSet selection,
            DataLoader<String, SourceView> sourcesById) {
        return SourceLoader.load(claim.sourceId(), selection, sourcesById);
    }

    @BatchMapping(typeName = "Claim", field = "subject")
    Map<ClaimView, EntityView> subject(List<ClaimView> list) {
        return Batch.byKey(list, ClaimView::subjectId, entities::byIds);
    }

    @BatchMapping(typeName = "Claim", field = "object")
    Map<ClaimView, EntityView> object(List<ClaimView> list) {
        return Batch.byKey(list, ClaimView::objectId, entities::byIds);
    }

    /** Evidence claims, and claims whose relationship the graph does not hold, have none (null). */
    @BatchMapping(typeName = "Claim", field = "relationship")
    Map<ClaimView, RelationshipView> relationship(List<ClaimView> list) {
        return Batch.byKey(list, ClaimView::relationshipId, relationships::byIds);
    }

    @BatchMapping(typeName = "Relationship", field = "claims")
    Map<RelationshipView, List<ClaimView>> relationshipClaims(List<RelationshipView> list) {
        Map<String, ClaimView> byId = claims.byIds(list.stream().flatMap(r -> r.claimIds().stream()).distinct().toList());
        return list.stream().distinct().collect(Collectors.toMap(Function.identity(),
                r -> r.claimIds().stream().map(byId::get).filter(Objects::nonNull).toList()));
    }

    /** The words that date an event belong to no claim (null). */
    @BatchMapping(typeName = "Citation", field = "claim")
    Map<CitationView, ClaimView> citationClaim(List<CitationView> list) {
        return Batch.byKey(list, CitationView::claimId, claims::byIds);
    }
}
