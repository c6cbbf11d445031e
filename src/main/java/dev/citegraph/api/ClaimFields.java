package dev.citegraph.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import dev.citegraph.graph.CitationView;
import dev.citegraph.graph.ClaimReader;
import dev.citegraph.graph.ClaimView;
import dev.citegraph.graph.EntityReader;
import dev.citegraph.graph.EntityView;
import dev.citegraph.graph.RelationshipReader;
import dev.citegraph.graph.RelationshipView;
import dev.citegraph.graph.SourceReader;
import dev.citegraph.graph.SourceView;

/**
 * Claims, the unit of evidence: the {@code claims} and {@code claim} queries, what a claim points
 * at (its source, entities and relationship) and what points at claims (a relationship, a
 * citation). Each nested field is one query per response level, whatever the number of claims.
 */
@Controller
class ClaimFields {

    private final ClaimReader claims;
    private final SourceReader sources;
    private final EntityReader entities;
    private final RelationshipReader relationships;

    ClaimFields(ClaimReader claims, SourceReader sources, EntityReader entities, RelationshipReader relationships) {
        this.claims = claims;
        this.sources = sources;
        this.entities = entities;
        this.relationships = relationships;
    }

    @QueryMapping(name = "claims")
    Connection<ClaimView> claimPage(@Argument String source, @Argument String entity, @Argument String status,
            @Argument Integer first, @Argument String after) {
        return Connection.of(claims.page(source, entity, status, Connection.offsetAfter(after),
                Connection.limit("first", first, 500)));
    }

    @QueryMapping
    ClaimView claim(@Argument String id) {
        return claims.byIds(List.of(id)).get(id);
    }

    @BatchMapping(typeName = "Claim", field = "source")
    Map<ClaimView, SourceView> source(List<ClaimView> list) {
        Map<String, SourceView> byId = sources.byIds(distinct(list, ClaimView::sourceId));
        return list.stream().distinct().collect(Collectors.toMap(Function.identity(), c -> byId.get(c.sourceId())));
    }

    @BatchMapping(typeName = "Claim", field = "subject")
    Map<ClaimView, EntityView> subject(List<ClaimView> list) {
        return entitiesOf(list, ClaimView::subjectId);
    }

    @BatchMapping(typeName = "Claim", field = "object")
    Map<ClaimView, EntityView> object(List<ClaimView> list) {
        return entitiesOf(list, ClaimView::objectId);
    }

    @BatchMapping(typeName = "Claim", field = "relationship")
    Map<ClaimView, RelationshipView> relationship(List<ClaimView> list) {
        List<String> ids = distinct(list, ClaimView::relationshipId);
        Map<String, RelationshipView> byId = ids.isEmpty() ? Map.of() : relationships.byIds(ids);
        // A map value may not be null: claims without a relationship in the graph are left out (null in the response).
        return list.stream().distinct().filter(c -> c.relationshipId() != null && byId.containsKey(c.relationshipId()))
                .collect(Collectors.toMap(Function.identity(), c -> byId.get(c.relationshipId())));
    }

    @BatchMapping(typeName = "Relationship", field = "claims")
    Map<RelationshipView, List<ClaimView>> relationshipClaims(List<RelationshipView> list) {
        Map<String, ClaimView> byId = claims.byIds(list.stream().flatMap(r -> r.claimIds().stream()).distinct().toList());
        return list.stream().distinct().collect(Collectors.toMap(Function.identity(),
                r -> r.claimIds().stream().map(byId::get).filter(Objects::nonNull).toList()));
    }

    @BatchMapping(typeName = "Citation", field = "claim")
    Map<CitationView, ClaimView> citationClaim(List<CitationView> list) {
        List<String> ids = distinct(list, CitationView::claimId);
        Map<String, ClaimView> byId = ids.isEmpty() ? Map.of() : claims.byIds(ids);
        return list.stream().distinct().filter(c -> c.claimId() != null && byId.containsKey(c.claimId()))
                .collect(Collectors.toMap(Function.identity(), c -> byId.get(c.claimId())));
    }

    private Map<ClaimView, EntityView> entitiesOf(List<ClaimView> list, Function<ClaimView, String> id) {
        List<String> ids = distinct(list, id);
        Map<String, EntityView> byId = ids.isEmpty() ? Map.of() : entities.byIds(ids);
        return list.stream().distinct().filter(c -> id.apply(c) != null && byId.containsKey(id.apply(c)))
                .collect(Collectors.toMap(Function.identity(), c -> byId.get(id.apply(c))));
    }

    private static <T> List<String> distinct(List<T> list, Function<T, String> id) {
        return list.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }
}
