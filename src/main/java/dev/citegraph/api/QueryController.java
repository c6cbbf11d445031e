package dev.citegraph.api;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import dev.citegraph.corpus.PartialDate;
import dev.citegraph.graph.EntityReader;
import dev.citegraph.graph.EntityView;
import dev.citegraph.graph.RelationshipFilter;
import dev.citegraph.graph.RelationshipReader;
import dev.citegraph.graph.RelationshipView;
import dev.citegraph.graph.SearchReader;
import dev.citegraph.graph.SourceReader;
import dev.citegraph.graph.SourceView;
import dev.citegraph.graph.StatsReader;

/** The entry points of the core contract: entities, relationships, sources, search and counts. */
@Controller
class QueryController {

    private final EntityReader entities;
    private final RelationshipReader relationships;
    private final SourceReader sources;
    private final SearchReader search;
    private final StatsReader stats;

    private final Limits limits;

    QueryController(EntityReader entities, RelationshipReader relationships, SourceReader sources,
            SearchReader search, StatsReader stats, Limits limits) {
        this.limits = limits;
        this.entities = entities;
        this.relationships = relationships;
        this.sources = sources;
        this.search = search;
        this.stats = stats;
    }

    @QueryMapping
    EntityView entity(@Argument String id, @Argument String name) {
        if ((id == null) == (name == null)) {
            throw new IllegalArgumentException("give exactly one of id or name");
        }
        return id != null ? entities.byId(id) : entities.byName(name);
    }

    @QueryMapping(name = "entities")
    Connection<EntityView> entityPage(@Argument String type, @Argument String query, @Argument Integer first,
            @Argument String after) {
        return Connection.of(entities.page(type, query, Connection.offsetAfter(after),
                Connection.limit("first", first, 200)));
    }

    @QueryMapping(name = "search")
    List<SearchReader.Hit> searchHits(@Argument String text, @Argument Integer first) {
        SearchWords.check(text, limits.maxSearchWords());
        return search.search(text, Connection.limit("first", first, 100));
    }

    @QueryMapping(name = "sources")
    List<SourceView> allSources() {
        return sources.all();
    }

    @QueryMapping
    SourceView source(@Argument String id) {
        return sources.byIds(List.of(id)).get(id);
    }

    @QueryMapping(name = "relationships")
    Connection<RelationshipView> relationshipPage(@Argument List<String> types, @Argument String from,
            @Argument String to, @Argument String source, @Argument String asOf, @Argument Boolean includeRetracted,
            @Argument Integer first, @Argument String after) {
        RelationshipFilter filter = new RelationshipFilter(types, asOf(asOf), Boolean.TRUE.equals(includeRetracted));
        return Connection.of(relationships.page(from, to, source, filter, Connection.offsetAfter(after),
                Connection.limit("first", first, 500)));
    }

    @QueryMapping(name = "stats")
    StatsReader.Stats graphStats() {
        return stats.stats();
    }

    static PartialDate asOf(String asOf) {
        if (asOf != null && asOf.isBlank()) {
            // Empty used to mean "no filter", silently: a researcher's typo should not widen the answer.
            throw new IllegalArgumentException("asOf must be a date such as 2023, 2023-06 or 2023-06-15, or left out; not empty");
        }
        try {
            return PartialDate.parseOrNull(asOf);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("asOf: " + e.getMessage(), e);
        }
    }
}
