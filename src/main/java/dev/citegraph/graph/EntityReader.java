package dev.citegraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

import dev.citegraph.corpus.NameKey;

/** Reads entities: by id, by any name, by the page. */
@Component
public class EntityReader {

    private static final String BY_ID = "MATCH (e:Entity:Citegraph {id: $id}) RETURN " + Cypher.ENTITY + " AS entity";

    private static final String BY_IDS = "MATCH (e:Entity:Citegraph) WHERE e.id IN $ids RETURN " + Cypher.ENTITY + " AS entity";

    // nameKeys is indexed with the keyword analyzer, so this is an exact match on the folded name.
    private static final String BY_NAME = """
            CALL db.index.fulltext.queryNodes('entity_name_keys', $key) YIELD node AS e
            RETURN %s AS entity LIMIT 1""".formatted(Cypher.ENTITY);

    private static final String PAGE = """
            CALL () {
              MATCH (x:Entity:Citegraph) WHERE $type IS NULL OR x.type = $type
              RETURN count(x) AS total
            }
            OPTIONAL CALL () {
              MATCH (e:Entity:Citegraph) WHERE $type IS NULL OR e.type = $type
              WITH e ORDER BY toLower(e.name), e.id SKIP $offset LIMIT $limit
              RETURN e
            }
            RETURN total, %s AS entity""".formatted(Cypher.ENTITY);

    private static final String SEARCH_PAGE = """
            CALL () {
              CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node AS x
              WHERE $type IS NULL OR x.type = $type
              RETURN count(x) AS total
            }
            OPTIONAL CALL () {
              CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node AS e, score
              WHERE $type IS NULL OR e.type = $type
              WITH e ORDER BY score DESC, e.id SKIP $offset LIMIT $limit
              RETURN e
            }
            RETURN total, %s AS entity""".formatted(Cypher.ENTITY);

    private final Cypher cypher;

    public EntityReader(Cypher cypher) {
        this.cypher = cypher;
    }

    public EntityView byId(String id) {
        return first(cypher.read(BY_ID, Map.of("id", id)));
    }

    /** Any name or alias, compared as {@link NameKey}s: case, width and white space do not matter. */
    public EntityView byName(String name) {
        String key = NameKey.of(name);
        return key.isEmpty() ? null : first(cypher.read(BY_NAME, Map.of("key", Lucene.escape(key))));
    }

    public Map<String, EntityView> byIds(List<String> ids) {
        Map<String, EntityView> found = new HashMap<>();
        cypher.read(BY_IDS, Map.of("ids", ids)).forEach(r -> {
            EntityView e = Views.entity(r.get("entity"));
            found.put(e.id(), e);
        });
        return found;
    }

    /** Entities of a type (or all), in name order, or in relevance order for a free-text query. */
    public Page<EntityView> page(String type, String query, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", type);
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

    private static EntityView first(List<Record> rows) {
        return rows.isEmpty() ? null : Views.entity(rows.getFirst().get("entity"));
    }
}
