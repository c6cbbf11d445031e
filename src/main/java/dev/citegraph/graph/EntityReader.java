package dev.citegraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** Reads entities: by id or any name, by the page. */
@Component
public class EntityReader {

    // The entity, and in the same query whatever the response asks of it beyond its own fields
    // (see Wanted); a part not asked for stops at its first WITH and costs nothing.
    private static final String FIND_TEMPLATE = """
            WITH %1$s AS e WHERE e IS NOT NULL
            RETURN %2$s AS entity,
              COLLECT { WITH e WHERE $withRelationships
                        MATCH (e)-[r]-(:Entity:Citegraph)
                        WITH e, r, startNode(r) AS a, endNode(r) AS b
                        WHERE ((a = e AND $direction <> 'INCOMING') OR (b = e AND $direction <> 'OUTGOING')) AND %3$s
                        RETURN %4$s ORDER BY r.id } AS relationships,
              COLLECT { WITH e WHERE $withSources
                        MATCH (s:Source:Citegraph)-[:MENTIONS]->(e) RETURN %5$s ORDER BY s.id } AS sources,
              COLLECT { WITH e WHERE $withCitedSources
                        MATCH (e)-[r]-(:Entity:Citegraph) UNWIND r.citedSources AS sid WITH DISTINCT sid
                        MATCH (s:Source:Citegraph {id: sid}) RETURN %5$s } AS citedSources""";

    /** The query for each projection of the relationships ({@link RelationshipParts}): four texts at most, each planned once. */
    private static final Map<RelationshipParts, String> FINDS = new ConcurrentHashMap<>();

    private static String find(RelationshipParts parts) {
        return FINDS.computeIfAbsent(parts, p -> FIND_TEMPLATE.formatted(EntityArgument.node("entity"), Cypher.ENTITY,
                RelationshipReader.FILTER, p.projection(), Cypher.SOURCE));
    }

    private static final String BY_IDS = "MATCH (e:Entity:Citegraph) WHERE e.id IN $ids RETURN " + Cypher.ENTITY + " AS entity";

    private static final String OF_TYPE_AND_KIND = "($type IS NULL OR %1$s.type = $type) AND ($kind IS NULL OR %1$s.kind = $kind)";

    // With orderBy MENTIONS the most named come first: occurrences, then articles, then name.
    private static final String BY_MENTIONS = """
            WITH e, score, CASE WHEN $byMentions THEN e.occurrenceCount ELSE 0 END AS occurrences,
                 CASE WHEN $byMentions THEN e.mentionCount ELSE 0 END AS articles
            """;

    private static final String PAGE = """
            CALL () {
              MATCH (x:Entity:Citegraph) WHERE %1$s
              RETURN count(x) AS total
            }
            OPTIONAL CALL () {
              MATCH (e:Entity:Citegraph) WHERE %2$s
              WITH e, 0 AS score
              %3$s
              WITH e ORDER BY occurrences DESC, articles DESC, toLower(e.name), e.id SKIP $offset LIMIT $limit
              RETURN e
            }
            RETURN total, %4$s AS entity""".formatted(OF_TYPE_AND_KIND.formatted("x"), OF_TYPE_AND_KIND.formatted("e"),
            BY_MENTIONS, Cypher.ENTITY);

    private static final String SEARCH_PAGE = """
            CALL () {
              CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node AS x
              WHERE x:Citegraph AND %1$s
              RETURN count(x) AS total
            }
            OPTIONAL CALL () {
              CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node AS e, score
              WHERE e:Citegraph AND %2$s
              %3$s
              WITH e ORDER BY occurrences DESC, articles DESC, score DESC, e.id SKIP $offset LIMIT $limit
              RETURN e
            }
            RETURN total, %4$s AS entity""".formatted(OF_TYPE_AND_KIND.formatted("x"), OF_TYPE_AND_KIND.formatted("e"),
            BY_MENTIONS, Cypher.ENTITY);

    /** The orders a page of entities can come in. */
    public enum Order { NAME, MENTIONS }

    private final Cypher cypher;

    public EntityReader(Cypher cypher) {
        this.cypher = cypher;
    }

    /**
     * The entity an argument names by id, name or alias (see {@link EntityArgument}).
     *
     * @throws EntityArgument.EntityNotFound naming the argument when nothing matches
     */
    public EntityView find(String argument, String value) {
        return find(argument, value, Wanted.NOTHING).entity();
    }

    /**
     * What a response asks of an entity beyond its own fields, so that one query answers it all.
     *
     * @param relationships its relationships followed in this direction and filtered so, or null for none
     * @param sources the articles that name it
     * @param citedSources the articles its relationships cite (for their citations' sources)
     * @param parts how much of each relationship the response shows
     */
    public record Wanted(RelationshipReader.Direction direction, RelationshipFilter relationships, boolean sources,
            boolean citedSources, RelationshipParts parts) {

        public static final Wanted NOTHING = new Wanted(null, null, false, false, RelationshipParts.ALL);
    }

    /** The entity, with what {@link Wanted} asked for; lists not asked for are null. */
    public record Found(EntityView entity, List<RelationshipView> relationships, List<SourceView> sources,
            Map<String, SourceView> citedSources) {
    }

    /**
     * The entity an argument names, and what the response wants of it, in one query.
     *
     * @throws EntityArgument.EntityNotFound naming the argument when nothing matches
     */
    public Found find(String argument, String value, Wanted wanted) {
        RelationshipFilter filter = wanted.relationships() == null ? RelationshipFilter.ANY : wanted.relationships();
        Map<String, Object> params = filter.parameters();
        EntityArgument.put(params, "entity", value);
        params.put("withRelationships", wanted.relationships() != null);
        params.put("direction", wanted.direction() == null ? RelationshipReader.Direction.BOTH.name() : wanted.direction().name());
        params.put("withSources", wanted.sources());
        params.put("withCitedSources", wanted.citedSources());
        List<Record> rows = cypher.read(find(wanted.parts()), params);
        if (rows.isEmpty()) {
            throw new EntityArgument.EntityNotFound(argument, value);
        }
        Record row = rows.getFirst();
        Map<String, SourceView> cited = null;
        if (wanted.citedSources()) {
            cited = new HashMap<>();
            for (SourceView source : row.get("citedSources").asList(Views::source)) {
                cited.put(source.id(), source);
            }
        }
        return new Found(Views.entity(row.get("entity")),
                wanted.relationships() == null ? null : row.get("relationships").asList(wanted.parts()::view),
                wanted.sources() ? row.get("sources").asList(Views::source) : null, cited);
    }

    /** The entity with exactly this id, or null: for callers inside the application, which know ids. */
    public EntityView byId(String id) {
        return byIds(List.of(id)).get(id);
    }

    public Map<String, EntityView> byIds(List<String> ids) {
        Map<String, EntityView> found = new HashMap<>();
        cypher.read(BY_IDS, Map.of("ids", ids)).forEach(r -> {
            EntityView e = Views.entity(r.get("entity"));
            found.put(e.id(), e);
        });
        return found;
    }

    /**
     * Entities of a type and kind (or all), in name order, or in relevance order for a free-text
     * query; with {@link Order#MENTIONS}, the most often named first.
     */
    public Page<EntityView> page(String type, String kind, String query, Order order, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", type);
        params.put("kind", kind);
        params.put("byMentions", order == Order.MENTIONS);
        params.put("offset", offset);
        params.put("limit", limit);
        List<Record> rows;
        if (query == null || query.isBlank()) {
            rows = cypher.read(PAGE, params);
        } else {
            params.put("query", Lucene.escape(query));
            rows = cypher.read(SEARCH_PAGE, params);
        }
        int total = rows.isEmpty() ? 0 : rows.getFirst().get("total").asInt();
        List<EntityView> items = rows.stream().filter(r -> !r.get("entity").isNull())
                .map(r -> Views.entity(r.get("entity"))).toList();
        return new Page<>(items, offset, total);
    }
}
