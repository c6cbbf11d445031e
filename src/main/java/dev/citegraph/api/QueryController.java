package dev.citegraph.api;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import dev.citegraph.corpus.PartialDate;
import dev.citegraph.graph.EntityReader;
import dev.citegraph.graph.EntityView;
import dev.citegraph.graph.MentionReader;
import dev.citegraph.graph.MentionView;
import dev.citegraph.graph.RelationshipFilter;
import dev.citegraph.graph.RelationshipReader;
import dev.citegraph.graph.RelationshipView;
import dev.citegraph.graph.SearchReader;
import dev.citegraph.graph.SourceReader;
import dev.citegraph.graph.SourceView;
import dev.citegraph.graph.StatsReader;

/** The entry points of the core contract: entities, relationships, sources, mentions, search and counts. */
@Controller
class QueryController {

    private final EntityReader entities;
    private final RelationshipReader relationships;
    private final SourceReader sources;
    private final SearchReader search;
    private final StatsReader stats;
    private final MentionReader mentions;

    private final Limits limits;

    QueryController(EntityReader entities, RelationshipReader relationships, SourceReader sources,
            SearchReader search, StatsReader stats, MentionReader mentions, Limits limits) {
        this.mentions = mentions;
        this.limits = limits;
        this.entities = entities;
        this.relationships = relationships;
        this.sources = sources;
        this.search = search;
        this.stats = stats;
    }

    /** Either argument takes an id or any name (the one rule of EntityArgument); the error names the one given. */
    @QueryMapping
    EntityView entity(@Argument String id, @Argument String name, DataFetchingEnvironment env) {
        if ((id == null) == (name == null)) {
            throw new IllegalArgumentException("give exactly one of id or name");
        }
        EntityReader.Wanted wanted = ReadAhead.ofEntity(env.getSelectionSet());
        EntityReader.Found found = id != null ? entities.find("id", id, wanted) : entities.find("name", name, wanted);
        ReadAhead.prime(env, wanted, found);
        return found.entity();
    }

    @QueryMapping(name = "entities")
    Connection<EntityView> entityPage(@Argument String type, @Argument String kind, @Argument String query,
            @Argument EntityReader.Order orderBy, @Argument Integer first, @Argument String after) {
        if (kind != null && kind.isBlank()) {
            throw new IllegalArgumentException("kind must be a kind such as committee, or left out; not empty");
        }
        return Connection.of(entities.page(type, kind, query, orderBy, Connection.offsetAfter(after),
                Connection.limit("first", first, 200)));
    }

    @QueryMapping(name = "search")
    List<SearchReader.Hit> searchHits(@Argument String text, @Argument SearchReader.Mode match, @Argument Integer first,
            DataFetchingFieldSelectionSet selection) {
        SearchWords.check(text, limits.maxSearchWords());
        return search.search(text, match == null ? SearchReader.Mode.WORDS : match, Connection.limit("first", first, 100),
                ReadAhead.showsMoreThanIds(selection, "relationship") || ReadAhead.showsMoreThanIds(selection, "entity"));
    }

    @QueryMapping(name = "mentions")
    Connection<MentionView> mentionPage(@Argument String entity, @Argument String source, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        return Connection.of(mentions.page(entity, source, Connection.offsetAfter(after), Connection.keyAfter(after),
                Connection.limit("first", first, 500), env.getSelectionSet().contains("totalCount")), MentionReader::key);
    }

    /** A page by keyset: the source-id index gives the ids after {@code after} in order, so a deep page costs what the first does. */
    @QueryMapping(name = "sources")
    List<SourceView> sourcePage(@Argument Integer first, @Argument String after) {
        return sources.page(after, Connection.limit("first", first, 1000));
    }

    @QueryMapping
    SourceView source(@Argument String id) {
        return sources.byIds(List.of(id)).get(id);
    }

    @QueryMapping(name = "relationships")
    Connection<RelationshipView> relationshipPage(@Argument List<String> types, @Argument String from,
            @Argument String to, @Argument String source, @Argument String title, @Argument String status,
            @Argument String asOf, @Argument Boolean includeRetracted, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        RelationshipFilter filter = new RelationshipFilter(types, asOf(asOf), Boolean.TRUE.equals(includeRetracted),
                title, status);
        var selection = env.getSelectionSet();
        var page = relationships.page(from, to, source, filter, Connection.offsetAfter(after), Connection.keyAfter(after),
                Connection.limit("first", first, 500), selection.contains("totalCount"),
                ReadAhead.showsMoreThanIds(selection, "edges/node/citations/source"),
                ReadAhead.relationshipParts(selection, "edges/node"));
        ReadAhead.primeSources(env, page.sources());
        return Connection.of(page.value(), RelationshipView::id);
    }

    /** Counts only what the query shows: the relationships' and citations' counts read every relationship. */
    @QueryMapping(name = "stats")
    StatsReader.Stats graphStats(DataFetchingFieldSelectionSet selection) {
        return stats.stats(StatsReader.Part.showing(selection::contains));
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
