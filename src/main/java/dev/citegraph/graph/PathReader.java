package dev.citegraph.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * How entities are connected: shortest paths between two, and the neighbourhood of one. Only
 * relationships between entities are followed (never through a source or a conflict node), in
 * either direction, each hop keeping its own direction and citations. The hop limits are small
 * and fixed because a variable-length pattern's bound cannot be a query parameter, and because
 * a longer chain stops being evidence of a connection.
 */
@Component
public class PathReader {

    public static final int MAX_HOPS = 6;
    public static final int MAX_DEPTH = 3;

    private static final String HOP = "all(r IN relationships(p) WHERE " + Cypher.SHOWN
            + ") AND all(n IN nodes(p) WHERE n:Entity:Citegraph)";

    // The bound is formatted in after validation; everything else is a parameter.
    private static final String PATHS = """
            MATCH (from:Entity:Citegraph {id: $from}), (to:Entity:Citegraph {id: $to})
            MATCH p = allShortestPaths((from)-[*..%d]-(to))
            WHERE %s
            // Among paths of equal length, those through the smallest relationship ids first: the same answer every time.
            WITH p ORDER BY [r IN relationships(p) | r.id] LIMIT $first
            RETURN COLLECT { UNWIND nodes(p) AS e RETURN %s } AS entities,
                   COLLECT { UNWIND range(0, size(relationships(p)) - 1) AS i
                             WITH i, relationships(p)[i] AS r WITH i, r, startNode(r) AS a, endNode(r) AS b
                             RETURN %s ORDER BY i } AS relationships""";

    // The entities a shortest path of at most `depth` hops reaches, then every relationship among
    // them that passes the filters: the induced subgraph, which is what a drawing needs.
    private static final String NEIGHBORHOOD = """
            MATCH (center:Entity:Citegraph {id: $id})
            CALL (center) {
              OPTIONAL MATCH (x:Entity:Citegraph) WHERE x <> center
              OPTIONAL MATCH p = shortestPath((center)-[*..%d]-(x))
              WHERE %s AND all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
              RETURN collect(CASE WHEN p IS NOT NULL THEN x END) AS reached
            }
            WITH [center] + reached AS ns
            RETURN COLLECT { UNWIND ns AS e RETURN %s ORDER BY e.id } AS entities,
                   COLLECT { UNWIND ns AS a MATCH (a)-[r]->(b:Entity:Citegraph)
                             WHERE b IN ns AND ($types IS NULL OR type(r) IN $types) AND %s
                             RETURN %s ORDER BY r.id } AS relationships""";

    private final Cypher cypher;

    public PathReader(Cypher cypher) {
        this.cypher = cypher;
    }

    public List<PathView> paths(String from, String to, int maxHops, RelationshipFilter filter, int first) {
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ", not " + maxHops);
        }
        Map<String, Object> params = filter.parameters();
        params.putAll(Map.of("from", from, "to", to, "first", first));
        String query = PATHS.formatted(maxHops, HOP, Cypher.ENTITY, Cypher.RELATIONSHIP);
        return cypher.read(query, params).stream()
                .map(r -> new PathView(Views.entities(r.get("entities")), Views.relationships(r.get("relationships"))))
                .toList();
    }

    /** Null when the entity does not exist. */
    public SubgraphView neighborhood(String id, int depth, RelationshipFilter filter) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH + ", not " + depth);
        }
        Map<String, Object> params = filter.parameters();
        params.put("id", id);
        String query = NEIGHBORHOOD.formatted(depth, HOP, Cypher.ENTITY, Cypher.SHOWN, Cypher.RELATIONSHIP);
        List<Record> rows = cypher.read(query, params);
        return rows.isEmpty() ? null
                : new SubgraphView(Views.entities(rows.getFirst().get("entities")),
                        Views.relationships(rows.getFirst().get("relationships")));
    }
}
