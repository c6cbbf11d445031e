package dev.citegraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** Reads entities: by id or any name, by the page. */
@Component
public class EntityReader {

    private static final String FIND = "WITH " + EntityArgument.node("entity") + " AS e WHERE e IS NOT NULL RETURN "
            + Cypher.ENTITY + " AS entity";

    private static final String BY_IDS = "MATCH (e:Entity:Citegraph) WHERE e.id IN $ids RETURN " + Cypher.ENTITY + " AS entity";

    private static final String OF_TYPE_AND_KIND = "($type IS NULL OR %1$s.type = $type) AND ($kind IS NULL OR %1$s.kind = $kind)";

    // With orderBy MENTIONS the most named come first: occurrences, then articles, then name.
    private static final String BY_MENTIONS = """
            WITH e, score, CASE WHEN $byMentions THEN %s ELSE 0 END AS occurrences,
                 CASE WHEN $byMentions THEN COUNT { (:Source:Citegraph)-[:MENTIONS]->(e) } ELSE 0 END AS articles
            """.formatted(Cypher.OCCURRENCES.formatted("e"));

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
        Map<String, Object> params = new HashMap<>();
        EntityArgument.put(params, "entity", value);
        List<Record> rows = cypher.read(FIND, params);
        if (rows.isEmpty()) {
            throw new EntityArgument.EntityNotFound(argument, value);
        }
        return Views.entity(rows.getFirst().get("entity"));
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
