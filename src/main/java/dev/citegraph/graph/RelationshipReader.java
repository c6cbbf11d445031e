package dev.citegraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Reads relationships with their two entities and all citations in a single query, whether for
 * one page, for a batch of entities, or for a batch of sources.
 */
@Component
public class RelationshipReader {

    /** Relationship {@code r} passes the filter's parameters (see {@link RelationshipFilter#parameters}). */
    static final String FILTER = RelationshipFilter.MATCHES + " AND " + Cypher.SHOWN;

    private static final String FOR_ENTITIES = """
            UNWIND $ids AS id
            MATCH (e:Entity:Citegraph {id: id})-[r]-(:Entity:Citegraph)
            WITH id, e, r, startNode(r) AS a, endNode(r) AS b
            WHERE ((a = e AND $direction <> 'INCOMING') OR (b = e AND $direction <> 'OUTGOING')) AND %s
            RETURN id, %s AS relationship ORDER BY id, r.id""".formatted(FILTER, Cypher.RELATIONSHIP);

    private static final String FOR_SOURCES = """
            UNWIND $ids AS id
            MATCH (:Source:Citegraph {id: id})-[:STATES]->(c:Claim:Citegraph)
            WHERE c.relationshipId IS NOT NULL AND (c.status = 'accepted' OR ($includeRetracted AND c.status = 'retracted'))
            WITH DISTINCT id, c.relationshipId AS rid
            MATCH (a:Entity:Citegraph {id: split(rid, ':')[0]})-[r]->(b:Entity:Citegraph) WHERE r.id = rid
            RETURN id, %s AS relationship ORDER BY id, r.id""".formatted(Cypher.RELATIONSHIP);

    private static final String BY_IDS = """
            MATCH (a:Entity:Citegraph)-[r]->(b:Entity:Citegraph) WHERE r.id IN $ids
            RETURN r.id AS id, %s AS relationship""".formatted(Cypher.RELATIONSHIP);

    // from and to name their entities by id or any name (EntityArgument); the ends are found
    // first, so the match starts from them, and an unknown one is reported, not read as "none".
    private static final String PAGE = """
            WITH %3$s AS fromNode, %4$s AS toNode
            WITH fromNode, toNode, %5$s AS unknown
            CALL (fromNode, toNode, unknown) {
              MATCH (a:Entity:Citegraph)-[r]->(b:Entity:Citegraph)
              WHERE size(unknown) = 0 AND ($from IS NULL OR a = fromNode) AND ($to IS NULL OR b = toNode)
                AND ($source IS NULL OR $source IN r.citedSources) AND %1$s
              RETURN count(r) AS total
            }
            OPTIONAL CALL (fromNode, toNode, unknown) {
              MATCH (a:Entity:Citegraph)-[r]->(b:Entity:Citegraph)
              WHERE size(unknown) = 0 AND ($from IS NULL OR a = fromNode) AND ($to IS NULL OR b = toNode)
                AND ($source IS NULL OR $source IN r.citedSources) AND %1$s
              WITH a, r, b ORDER BY r.id SKIP $offset LIMIT $limit
              RETURN a, r, b
            }
            RETURN unknown, total, CASE WHEN r IS NULL THEN NULL ELSE %2$s END AS relationship
            """.formatted(FILTER, Cypher.RELATIONSHIP, EntityArgument.node("from"), EntityArgument.node("to"),
            EntityArgument.unknown("from", "to"));

    // Two sources agree on a relationship when both cite it in support.
    private static final String AGREEMENTS = """
            UNWIND $ids AS id
            MATCH (a:Entity:Citegraph)-[r]->(b:Entity:Citegraph) WHERE r.retracted IS NULL
            WITH id, a, r, b, [i IN range(0, size(r.citations) - 1) WHERE r.citedStances[i] = 'supports' | r.citedSources[i]] AS supporters
            WHERE id IN supporters
            UNWIND supporters AS other
            WITH DISTINCT id, other, a, r, b WHERE other <> id
            WITH id, other, collect(%s) AS relationships
            RETURN id, other, relationships ORDER BY id, size(relationships) DESC, other""".formatted(Cypher.RELATIONSHIP);

    /** Another source that supports some of the same relationships. */
    public record Agreement(String sourceId, List<RelationshipView> relationships) {
    }

    /** Which ends of an entity's relationships to follow. */
    public enum Direction { OUTGOING, INCOMING, BOTH }

    private final Cypher cypher;

    public RelationshipReader(Cypher cypher) {
        this.cypher = cypher;
    }

    /** The relationships of each entity, in id order; entities with none map to an empty list. */
    public Map<String, List<RelationshipView>> forEntities(List<String> ids, Direction direction,
            RelationshipFilter filter) {
        Map<String, Object> params = filter.parameters();
        params.put("ids", ids);
        params.put("direction", direction.name());
        return grouped(ids, cypher.read(FOR_ENTITIES, params));
    }

    /** The relationships each source cites (supporting or disputing), in id order. */
    public Map<String, List<RelationshipView>> forSources(List<String> ids, boolean includeRetracted) {
        return grouped(ids, cypher.read(FOR_SOURCES, Map.of("ids", ids, "includeRetracted", includeRetracted)));
    }

    /** For each source, the other sources that support some of the same relationships, most shared first. */
    public Map<String, List<Agreement>> agreements(List<String> sourceIds) {
        Map<String, List<Agreement>> byId = new LinkedHashMap<>();
        sourceIds.forEach(id -> byId.put(id, new ArrayList<>()));
        cypher.read(AGREEMENTS, Map.of("ids", sourceIds)).forEach(r -> byId.get(r.get("id").asString())
                .add(new Agreement(r.get("other").asString(), Views.relationships(r.get("relationships")))));
        return byId;
    }

    public Map<String, RelationshipView> byIds(List<String> ids) {
        Map<String, RelationshipView> found = new HashMap<>();
        cypher.read(BY_IDS, Map.of("ids", ids))
                .forEach(r -> found.put(r.get("id").asString(), Views.relationship(r.get("relationship"))));
        return found;
    }

    public Page<RelationshipView> page(String from, String to, String source, RelationshipFilter filter,
            int offset, int limit) {
        Map<String, Object> params = filter.parameters();
        EntityArgument.put(params, "from", from);
        EntityArgument.put(params, "to", to);
        params.put("source", source);
        params.put("offset", offset);
        params.put("limit", limit);
        List<Record> rows = cypher.read(PAGE, params);
        EntityArgument.check(rows, params);
        int total = rows.isEmpty() ? 0 : rows.getFirst().get("total").asInt();
        List<RelationshipView> items = rows.stream().filter(r -> !r.get("relationship").isNull())
                .map(r -> Views.relationship(r.get("relationship"))).toList();
        return new Page<>(items, offset, total);
    }

    private static Map<String, List<RelationshipView>> grouped(List<String> ids, List<Record> rows) {
        Map<String, List<RelationshipView>> byId = new LinkedHashMap<>();
        ids.forEach(id -> byId.put(id, new ArrayList<>()));
        rows.forEach(r -> byId.get(r.get("id").asString()).add(Views.relationship(r.get("relationship"))));
        return byId;
    }
}
