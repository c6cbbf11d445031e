package dev.citegraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * How entities are connected: the routes between two, and the neighbourhood of one. Only
 * relationships between entities are followed (never through a source or a conflict node), in
 * either direction, each hop keeping its own direction and citations. The hop limits are small
 * and fixed because a variable-length pattern's bound cannot be a query parameter, and because
 * a longer chain stops being evidence of a connection.
 */
@Component
public class PathReader {

    public static final int MAX_HOPS = 4;
    public static final int MAX_DEPTH = 3;

    private static final String HOP = "all(r IN relationships(p) WHERE " + Cypher.SHOWN
            + ") AND all(n IN nodes(p) WHERE n:Entity:Citegraph)";

    /**
     * The relationships any route of at most maxHops can use. With h = ceil(maxHops / 2), the
     * entity at position p of a route is within p steps of the start and maxHops - p of the end:
     * before position h it is within h - 1 of the start (the "inner" entities of the start), at h
     * within h of the start and floor(maxHops / 2) of the end (in both "near" sets), after h within
     * floor(maxHops / 2) - 1 of the end (the end's inner entities). Every step of a route leaves or
     * reaches an inner entity. So the relationships come from the inner entities only, to inner
     * ones or those near both ends: with maxHops 2, those of the two ends to their common
     * neighbours, not those among all the neighbours of a hub (574 around Qwen at 5,000 articles,
     * 2,365 relationships among them). Only ids, ends and citation counts come back; {@link Routes}
     * finds the routes, and the chosen relationships are read in a second query, whatever the
     * number of routes. The bounds are formatted in after validation.
     */
    private static final String EDGES = """
            WITH %3$s AS fromNode, %4$s AS toNode
            WITH fromNode, toNode, %5$s AS unknown
            CALL (fromNode, unknown) {
              OPTIONAL MATCH p = (fromNode)-[*0..%1$d]-(x) WHERE size(unknown) = 0 AND %6$s
              WITH x, min(length(p)) AS steps
              RETURN collect(x) AS nearFrom, collect(CASE WHEN steps < %1$d THEN x END) AS innerFrom
            }
            CALL (toNode, unknown) {
              OPTIONAL MATCH p = (toNode)-[*0..%2$d]-(x) WHERE size(unknown) = 0 AND %6$s
              WITH x, min(length(p)) AS steps
              RETURN collect(x) AS nearTo, collect(CASE WHEN steps < %2$d THEN x END) AS innerTo
            }
            WITH unknown, fromNode, toNode, nearFrom, nearTo, innerFrom + [n IN innerTo WHERE NOT n IN innerFrom] AS inner
            WITH unknown, fromNode, toNode, inner, inner + [n IN nearFrom WHERE n IN nearTo AND NOT n IN inner] AS around
            RETURN unknown, fromNode.id AS fromId, toNode.id AS toId, COLLECT {
              UNWIND inner AS a
              MATCH (a)-[r]-(b:Entity:Citegraph) WHERE b IN around AND %7$s
              RETURN DISTINCT [r.id, startNode(r).id, endNode(r).id, size(r.citations)]
            } AS edges, COLLECT {
              UNWIND around AS n
              RETURN [n.id, %8$s]
            } AS degrees""";

    /**
     * How many entities {@code n} is joined to by the relationships the filter passes: counted at
     * ingest for the default filter (an entity's {@code neighbourCount}), else here.
     */
    private static final String DEGREE = "COUNT { MATCH (n)-[r]-(m:Entity:Citegraph) WHERE %s RETURN DISTINCT m }";

    // The entities within `depth` hops, found breadth first: each step follows the relationships of
    // the last step's new entities only, so the work is the relationships inside the neighbourhood
    // (a shortest path to every entity of the graph, as before, grew with the whole graph). Then every
    // relationship among them that passes the filters: the induced subgraph, which a drawing needs.
    private static final String NEIGHBORHOOD_START = """
            WITH %s AS center WHERE center IS NOT NULL
            WITH center, [center] AS ns, [center] AS frontier
            """;
    private static final String NEIGHBORHOOD_STEP = """
            CALL (ns, frontier) {
              UNWIND frontier AS f
              MATCH (f)-[r]-(x:Entity:Citegraph)
              WHERE %s AND ($types IS NULL OR type(r) IN $types) AND NOT x IN ns
              RETURN collect(DISTINCT x) AS next
            }
            WITH center, ns + next AS ns, next AS frontier
            """;
    private static final String NEIGHBORHOOD_END = """
            RETURN COLLECT { UNWIND ns AS e RETURN %s ORDER BY e.id } AS entities,
                   COLLECT { UNWIND ns AS a MATCH (a)-[r]->(b:Entity:Citegraph)
                             WHERE b IN ns AND ($types IS NULL OR type(r) IN $types) AND %s
                             RETURN %s ORDER BY r.id } AS relationships""";

    private final Cypher cypher;
    private final RelationshipReader relationships;

    public PathReader(Cypher cypher, RelationshipReader relationships) {
        this.cypher = cypher;
        this.relationships = relationships;
    }

    /**
     * The distinct routes from one entity to another, named by id or any name (see
     * {@link EntityArgument}), in the order of {@link Routes#between}. Two queries whatever the
     * number of routes: the relationships within reach, then the chosen ones with their citations.
     */
    public List<PathView> paths(String from, String to, int maxHops, RelationshipFilter filter, int first) {
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ", not " + maxHops);
        }
        Map<String, Object> params = filter.parameters();
        EntityArgument.put(params, "from", from);
        EntityArgument.put(params, "to", to);
        String shown = RelationshipFilter.MATCHES + " AND " + Cypher.SHOWN;
        String degree = filter.standingAny() ? "n.neighbourCount" : DEGREE.formatted(shown);
        String query = EDGES.formatted((maxHops + 1) / 2, maxHops / 2, EntityArgument.node("from"),
                EntityArgument.node("to"), EntityArgument.unknown("from", "to"), HOP, shown, degree);
        List<Record> rows = cypher.read(query, params);
        EntityArgument.check(rows, params);
        Record row = rows.getFirst();
        List<Routes.Edge> edges = row.get("edges").asList(e -> new Routes.Edge(e.get(0).asString(),
                e.get(1).asString(), e.get(2).asString(), e.get(3).asInt()));
        Map<String, Integer> degrees = new HashMap<>();
        row.get("degrees").asList(d -> d).forEach(d -> degrees.put(d.get(0).asString(), d.get(1).asInt()));
        List<Routes.Route> routes = new Routes(edges, degrees).between(row.get("fromId").asString(), row.get("toId").asString(),
                maxHops, first);
        if (routes.isEmpty()) {
            return List.of();
        }
        Map<String, RelationshipView> read = relationships.byIds(
                routes.stream().flatMap(r -> r.steps().stream()).flatMap(List::stream).distinct().toList());
        return routes.stream().map(r -> path(r, read)).toList();
    }

    private static PathView path(Routes.Route route, Map<String, RelationshipView> read) {
        List<PathView.Hop> hops = new ArrayList<>();
        List<EntityView> entities = new ArrayList<>();
        for (int i = 0; i < route.steps().size(); i++) {
            List<RelationshipView> joining = route.steps().get(i).stream().map(read::get).toList();
            RelationshipView any = joining.getFirst();
            EntityView here = end(any, route.entities().get(i));
            EntityView next = end(any, route.entities().get(i + 1));
            if (i == 0) {
                entities.add(here);
            }
            entities.add(next);
            hops.add(new PathView.Hop(here, next, joining));
        }
        return new PathView(entities, hops);
    }

    private static EntityView end(RelationshipView r, String id) {
        return r.from().id().equals(id) ? r.from() : r.to();
    }

    /** The entity at the centre is named by id or any name (see {@link EntityArgument}). */
    /**
     * @param wholeEntities project every field of the entities; else only their ids (all a
     *     response showing ids needs: at 5,000 articles a hub's neighbourhood is thousands)
     * @param wholeRelationships the same for the relationships
     */
    public SubgraphView neighborhood(String argument, String id, int depth, RelationshipFilter filter,
            boolean wholeEntities, boolean wholeRelationships) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH + ", not " + depth);
        }
        Map<String, Object> params = filter.parameters();
        EntityArgument.put(params, "center", id);
        String query = NEIGHBORHOOD_START.formatted(EntityArgument.node("center"))
                + NEIGHBORHOOD_STEP.formatted(Cypher.SHOWN).repeat(depth)
                + NEIGHBORHOOD_END.formatted(wholeEntities ? Cypher.ENTITY : "e.id", Cypher.SHOWN,
                        wholeRelationships ? Cypher.RELATIONSHIP : "r.id");
        List<Record> rows = cypher.read(query, params);
        if (rows.isEmpty()) {
            throw new EntityArgument.EntityNotFound(argument, id);
        }
        Record row = rows.getFirst();
        return new SubgraphView(
                Views.entities(row.get("entities"), wholeEntities),
                wholeRelationships ? Views.relationships(row.get("relationships"))
                        : row.get("relationships").asList(v -> RelationshipView.idOnly(v.asString())));
    }
}
