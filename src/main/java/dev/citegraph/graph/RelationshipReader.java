package dev.citegraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
            RETURN id, %s AS relationship ORDER BY id, r.id""";

    /** {@link #FOR_ENTITIES} for each projection ({@link RelationshipParts}). */
    private static final Map<RelationshipParts, String> FOR_ENTITIES_BY_PARTS = new ConcurrentHashMap<>();

    private static final String FOR_SOURCES = """
            UNWIND $ids AS id
            MATCH (:Source:Citegraph {id: id})-[:STATES]->(c:Claim:Citegraph)
            WHERE c.relationshipId IS NOT NULL AND (c.status = 'accepted' OR ($includeRetracted AND c.status = 'retracted'))
            WITH DISTINCT id, c.relationshipId AS rid
            MATCH %s
            RETURN id, %s AS relationship ORDER BY id, r.id""".formatted(Cypher.relationshipById("rid"), Cypher.RELATIONSHIP);

    private static final String BY_IDS = """
            UNWIND $ids AS rid
            MATCH %s
            RETURN r.id AS id, %s AS relationship""".formatted(Cypher.relationshipById("rid"), Cypher.RELATIONSHIP);

    // from and to name their entities by id or any name (EntityArgument); an unknown one is
    // reported, not read as "none". The match starts from a named end, or else from the named
    // article's claims (three branches, each guarded by its first WITH, so only the one that
    // applies reads anything); with nothing named, a page is read by EVERY_PAGE_TEMPLATE instead.
    // %1$s is the relationship's pattern: r, or r with the asked types
    // (RelationshipFilter.typedPattern), which Neo4j follows through the node's relationships of
    // those types alone; the type test is applied to the rows as well.
    private static final String MATCHING = """
            CALL (fromNode, toNode, unknown) {
              WITH fromNode, toNode WHERE size(unknown) = 0 AND fromNode IS NOT NULL
              MATCH (fromNode)-[%1$s]->(b:Entity:Citegraph) WHERE toNode IS NULL OR b = toNode
              RETURN fromNode AS a, r, b
              UNION ALL
              WITH fromNode, toNode WHERE size(unknown) = 0 AND fromNode IS NULL AND toNode IS NOT NULL
              MATCH (a:Entity:Citegraph)-[%1$s]->(toNode)
              RETURN a, r, toNode AS b
              UNION ALL
              WITH fromNode, toNode WHERE size(unknown) = 0 AND fromNode IS NULL AND toNode IS NULL AND $source IS NOT NULL
              MATCH (:Source:Citegraph {id: $source})-[:STATES]->(c:Claim:Citegraph) WHERE c.relationshipId IS NOT NULL
              WITH DISTINCT c.relationshipId AS rid
              MATCH %2$s
              RETURN a, r, b
            }
            WITH a, r, b WHERE ($source IS NULL OR $source IN r.citedSources) AND %3$s""";

    // The total is counted only when the response shows it; otherwise one more row than the page
    // says whether another page follows. The articles the page cites come along when the response
    // shows its citations' sources (PAGE_ROW, the same for both kinds of page).
    private static final String PAGE_TEMPLATE = """
            WITH %3$s AS fromNode, %4$s AS toNode
            WITH fromNode, toNode, %5$s AS unknown
            CALL (fromNode, toNode, unknown) {
              WITH fromNode, toNode, unknown WHERE $withTotal
              %1$s
              RETURN count(r) AS total
            }
            OPTIONAL CALL (fromNode, toNode, unknown) {
              %1$s
              WITH a, r, b WHERE $afterId IS NULL OR r.id > $afterId
              WITH a, r, b ORDER BY r.id SKIP $skip LIMIT $limit
              RETURN a, r, b
            }
            RETURN unknown, total, %2$s""";
    // A page of every relationship, neither end nor an article named. A relationship's id begins
    // with its subject's id and ':', which every entity carries, indexed (relationshipIdPrefix): the
    // index hands over the entities in the order of their relationships' ids, from the one the
    // cursor's id begins with, and Neo4j sorts one entity's relationships at a time (a partial
    // sort) until the page is full, instead of reading and sorting every relationship (139,000 at
    // ×1000). %1$s is the relationship's pattern, %2$s the filter, %3$s the page's row, %4$s the total.
    private static final String EVERY_PAGE_TEMPLATE = """
            CALL () {
              WITH 1 AS counted WHERE $withTotal
              CALL (counted) {
                %4$s
              }
              RETURN sum(total) AS total
            }
            OPTIONAL CALL () {
              MATCH (a:Entity:Citegraph) WHERE a.relationshipIdPrefix >= coalesce(split($afterId, ':')[0] + ':', '')
              CALL (a) { MATCH (a)-[%1$s]->(b:Entity:Citegraph) RETURN r, b }
              WITH a, r, b WHERE ($afterId IS NULL OR r.id > $afterId) AND %2$s
              WITH a, r, b ORDER BY a.relationshipIdPrefix, r.id SKIP $skip LIMIT $limit
              RETURN a, r, b
            }
            RETURN [] AS unknown, total, %3$s""";

    /**
     * The total of such a page: with the default filter (standing relationships of every type, at
     * any time), the sum of what each entity counts of its own at ingest; otherwise counted.
     */
    private static final String STANDING_TOTAL = "MATCH (a:Entity:Citegraph) RETURN sum(a.outgoingCount) AS total";
    private static final String COUNTED_TOTAL = """
            %s
            WITH r WHERE %s
            RETURN count(r) AS total""";

    private static String everyPage(String pattern, RelationshipParts parts, boolean standingAny) {
        return PAGES.computeIfAbsent("every " + pattern + " " + parts + " " + standingAny, key -> EVERY_PAGE_TEMPLATE.formatted(
                pattern, FILTER, PAGE_ROW.formatted(parts.projection(), Cypher.SOURCE),
                standingAny ? STANDING_TOTAL : COUNTED_TOTAL.formatted(Cypher.everyRelationship(pattern), FILTER)));
    }

    /** A page's row: relationship {@code r} in projection {@code %s} (or null), and the articles its citations cite. */
    private static final String PAGE_ROW = """
            CASE WHEN r IS NULL THEN NULL ELSE %s END AS relationship,
                   COLLECT { WITH r WHERE $withCitedSources AND r IS NOT NULL
                             UNWIND r.citedSources AS sid WITH DISTINCT sid
                             MATCH (s:Source:Citegraph {id: sid}) RETURN %s } AS citedSources
            """;

    /**
     * The page's query for each relationship pattern and projection ({@link RelationshipParts}): a
     * bounded handful of texts (see {@link RelationshipFilter#typedPattern}), each planned once.
     */
    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();

    private static String page(String pattern, RelationshipParts parts) {
        return PAGES.computeIfAbsent(pattern + " " + parts, key -> PAGE_TEMPLATE.formatted(
                MATCHING.formatted(pattern, Cypher.relationshipById("rid"), FILTER),
                PAGE_ROW.formatted(parts.projection(), Cypher.SOURCE),
                EntityArgument.node("from"), EntityArgument.node("to"), EntityArgument.unknown("from", "to")));
    }

    // Two sources agree on a relationship when both cite it in support.
    // The relationships a source cites are found from its claims, not among every relationship.
    private static final String AGREEMENTS = """
            UNWIND $ids AS id
            MATCH (:Source:Citegraph {id: id})-[:STATES]->(c:Claim:Citegraph)
            WHERE c.status IN ['accepted', 'retracted'] AND c.relationshipId IS NOT NULL
            WITH DISTINCT id, c.relationshipId AS rid
            MATCH %s
            WITH id, a, r, b WHERE r.retracted IS NULL
            WITH id, a, r, b, [i IN range(0, size(r.citations) - 1) WHERE r.citedStances[i] = 'supports' | r.citedSources[i]] AS supporters
            WHERE id IN supporters
            UNWIND supporters AS other
            WITH DISTINCT id, other, a, r, b WHERE other <> id
            WITH id, other, collect(%s) AS relationships
            RETURN id, other, relationships ORDER BY id, size(relationships) DESC, other""".formatted(
            Cypher.relationshipById("rid"), Cypher.RELATIONSHIP);

    /** Another source that supports some of the same relationships. */
    public record Agreement(String sourceId, List<RelationshipView> relationships) {
    }

    /** Which ends of an entity's relationships to follow. */
    public enum Direction { OUTGOING, INCOMING, BOTH }

    private final Cypher cypher;

    public RelationshipReader(Cypher cypher) {
        this.cypher = cypher;
    }

    /** The relationships of each entity, in id order, with the parts asked; entities with none map to an empty list. */
    public Map<String, List<RelationshipView>> forEntities(List<String> ids, Direction direction,
            RelationshipFilter filter, RelationshipParts parts) {
        Map<String, Object> params = filter.parameters();
        params.put("ids", ids);
        params.put("direction", direction.name());
        String query = FOR_ENTITIES_BY_PARTS.computeIfAbsent(parts, p -> FOR_ENTITIES.formatted(FILTER, p.projection()));
        return grouped(ids, cypher.read(query, params), parts);
    }

    /** The relationships each source cites (supporting or disputing), in id order. */
    public Map<String, List<RelationshipView>> forSources(List<String> ids, boolean includeRetracted) {
        return grouped(ids, cypher.read(FOR_SOURCES, Map.of("ids", ids, "includeRetracted", includeRetracted)),
                RelationshipParts.ALL);
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

    /**
     * A page of relationships in id order, and the articles its citations cite when asked for.
     *
     * @param withTotal count every relationship that passes (else the page's totalCount only says
     *     whether more follow: offset + items, plus one when they do)
     * @param withCitedSources read the articles the page's citations cite, in the same query
     * @param afterId the id of the relationship before the page (a keyset: nothing earlier is read
     *     again), or null to skip {@code offset} relationships
     * @param parts how much of each relationship the response shows
     */
    public Cited<Page<RelationshipView>> page(String from, String to, String source, RelationshipFilter filter,
            int offset, String afterId, int limit, boolean withTotal, boolean withCitedSources, RelationshipParts parts) {
        Map<String, Object> params = filter.parameters();
        EntityArgument.put(params, "from", from);
        EntityArgument.put(params, "to", to);
        params.put("source", source);
        params.put("afterId", afterId);
        params.put("skip", afterId == null ? offset : 0);
        params.put("limit", Page.rowsToRead(limit, withTotal));
        params.put("withTotal", withTotal);
        params.put("withCitedSources", withCitedSources);
        boolean every = from == null && to == null && source == null;
        String query = every ? everyPage(filter.typedPattern("r"), parts, filter.standingAny())
                : page(filter.typedPattern("r"), parts);
        List<Record> rows = cypher.read(query, params);
        EntityArgument.check(rows, params);
        List<RelationshipView> items = new ArrayList<>();
        Map<String, SourceView> cited = withCitedSources ? new HashMap<>() : null;
        for (Record r : rows) {
            if (!r.get("relationship").isNull()) {
                items.add(parts.view(r.get("relationship")));
            }
            if (cited != null) {
                r.get("citedSources").asList(Views::source).forEach(s -> cited.put(s.id(), s));
            }
        }
        return new Cited<>(Page.read(items, offset, limit, Page.total(rows, withTotal)), cited);
    }

    /**
     * An answer and the articles its citations cite, read with it, by id; null when they were not asked for.
     */
    public record Cited<T>(T value, Map<String, SourceView> sources) {
    }

    private static Map<String, List<RelationshipView>> grouped(List<String> ids, List<Record> rows, RelationshipParts parts) {
        Map<String, List<RelationshipView>> byId = new LinkedHashMap<>();
        ids.forEach(id -> byId.put(id, new ArrayList<>()));
        rows.forEach(r -> byId.get(r.get("id").asString()).add(parts.view(r.get("relationship"))));
        return byId;
    }
}
