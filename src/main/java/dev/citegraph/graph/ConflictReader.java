package dev.citegraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the conflicts the ingest wrote ({@code (:Conflict)-[:HAS_SIDE]->(:ConflictSide)}, see
 * {@code ConflictWriter}): each with its entities, its sides, and each side's relationships and
 * citations, in one query.
 */
@Component
public class ConflictReader {

    /**
     * What a response shows of each conflict, so that a list reads no more: at ×100 a list of 100
     * conflicts spent half its time reading their entities (a whole entity each), which a response
     * asking for sides and citations never shows.
     *
     * @param entities the conflict's entities: not at all, their ids, or whole
     * @param sides the sides at all (a list of what is disputed need not read them)
     * @param relationships the ids of each side's relationships (checked to exist, which costs two
     *        index seeks and an expansion each)
     * @param citations each side's claims, with their words
     */
    public record Shown(Detail entities, boolean sides, boolean relationships, boolean citations) {

        public static final Shown ALL = new Shown(Detail.WHOLE, true, true, true);

        public enum Detail { NONE, IDS, WHOLE }
    }

    /**
     * Conflict {@code c} with what the API shows of it. A side names its relationships by id
     * (those that exist: a side keeps the ids of relationships a later change removed), and the API
     * reads the relationships themselves only when a response shows more than their ids (see
     * {@code ConflictFields}): a list of every conflict used to carry every side's relationships
     * whole, most of what it read, to answer their ids.
     */
    static String conflict(Shown shown) {
        String entities = switch (shown.entities()) {
            case NONE -> "[]";
            case IDS -> "COLLECT { MATCH (c)-[:ABOUT]->(e:Entity:Citegraph) RETURN e.id ORDER BY e.id }";
            case WHOLE -> "COLLECT { MATCH (c)-[:ABOUT]->(e:Entity:Citegraph) RETURN %s ORDER BY e.id }".formatted(Cypher.ENTITY);
        };
        String relationshipIds = !shown.relationships() ? "[]" : """
                COLLECT {
                       UNWIND s.relationshipIds AS rid
                       MATCH %s
                       RETURN rid ORDER BY rid }""".formatted(Cypher.relationshipById("rid"));
        // A side's claims in the order it lists them: the claims it cites, read in one expansion,
        // put in that order here (a seek by id for each claim took a seventh of a list's time at ×100).
        String cited = !shown.citations() ? "[]" : """
                COLLECT { MATCH (s)-[:CITES]->(claim:Claim:Citegraph)
                               RETURN claim {.id, .sourceId, .quote, .start, .end, .stance, .modality, .note} }""";
        String sides = !shown.sides() ? "[]" : """
                COLLECT {
                     MATCH (c)-[:HAS_SIDE]->(s:ConflictSide)
                     WITH s, %s AS cited
                     RETURN s {.summary, .index, relationshipIds: %s,
                               claims: [claim IN [id IN s.claimIds | head([claim IN cited WHERE claim.id = id])] WHERE claim IS NOT NULL]}
                     ORDER BY s.index }""".formatted(cited, relationshipIds);
        return """
                c {.id, .description, .explainedByTime, .origin,
                   entities: %s,
                   sides: %s}""".formatted(entities, sides);
    }

    static final String CONFLICT = conflict(Shown.ALL);

    // The entity is named by id or any name (EntityArgument); one row reports an unknown one. With
    // an entity named, its conflicts are found from it; with none, the conflict_order index
    // (migration 006) gives the first ones in list order, without reading the rest. Every conflict
    // has an origin and an id (the ingest writes both).
    private static final String ALL_WITH = """
            WITH %2$s AS entityNode
            WITH entityNode, %3$s AS unknown
            RETURN unknown, COLLECT {
              CALL (entityNode, unknown) {
                WITH entityNode WHERE size(unknown) = 0 AND entityNode IS NOT NULL
                MATCH (c:Conflict:Citegraph)-[:ABOUT]->(entityNode) WHERE c.retracted IS NULL
                WITH DISTINCT c ORDER BY c.origin, c.id LIMIT $first
                RETURN c
                UNION
                WITH entityNode WHERE size(unknown) = 0 AND $entity IS NULL
                CALL (entityNode) {
                  MATCH (c:Conflict:Citegraph) WHERE c.origin IS NOT NULL AND c.id IS NOT NULL AND c.retracted IS NULL
                  WITH c ORDER BY c.origin, c.id LIMIT $first
                  RETURN c
                }
                RETURN c
              }
              WITH c ORDER BY c.origin, c.id
              RETURN %1$s } AS conflicts""";

    /** The list's query for each thing a response may show: a handful of fixed texts, each planned once. */
    private static final Map<Shown, String> LISTS = new ConcurrentHashMap<>();

    private static String all(Shown shown) {
        return LISTS.computeIfAbsent(shown, s -> ALL_WITH.formatted(conflict(s), EntityArgument.node("entity"),
                EntityArgument.unknown("entity")));
    }

    private static final String BY_ID = "MATCH (c:Conflict:Citegraph {id: $id}) RETURN %s AS conflict".formatted(CONFLICT);

    // Two sources disagree when they are quoted on different sides of one conflict.
    private static final String DISAGREEMENTS = """
            UNWIND $ids AS id
            MATCH (:Source:Citegraph {id: id})-[:STATES]->(:Claim:Citegraph)<-[:CITES]-(mine:ConflictSide)<-[:HAS_SIDE]-(c:Conflict:Citegraph),
                  (c)-[:HAS_SIDE]->(theirs:ConflictSide)-[:CITES]->(:Claim:Citegraph)<-[:STATES]-(o:Source:Citegraph)
            WHERE c.retracted IS NULL AND mine <> theirs AND o.id <> id
            WITH DISTINCT id, o.id AS other, c ORDER BY c.origin, c.id
            WITH id, other, collect(%s) AS conflicts
            RETURN id, other, conflicts ORDER BY id, size(conflicts) DESC, other""".formatted(CONFLICT);

    /** Another source on the other side of some conflicts. */
    public record Disagreement(String sourceId, List<ConflictView> conflicts) {
    }

    private final Cypher cypher;

    public ConflictReader(Cypher cypher) {
        this.cypher = cypher;
    }

    /**
     * The first standing conflicts, or those about one entity named by id or any name: curated
     * ones first ('curated' sorts before every rule's name), then each rule's, in id order;
     * reading only what {@code shown} says the response shows (the rest comes back empty).
     */
    public List<ConflictView> all(String entityId, int first, Shown shown) {
        Map<String, Object> params = new HashMap<>();
        EntityArgument.put(params, "entity", entityId);
        params.put("first", first);
        var rows = cypher.read(all(shown), params);
        EntityArgument.check(rows, params);
        return rows.getFirst().get("conflicts").asList(v -> conflict(v, shown.entities() != Shown.Detail.IDS));
    }

    public ConflictView byId(String id) {
        return cypher.read(BY_ID, Map.of("id", id)).stream().map(r -> conflict(r.get("conflict"), true)).findFirst().orElse(null);
    }

    public Map<String, List<Disagreement>> disagreements(List<String> sourceIds) {
        Map<String, List<Disagreement>> byId = new LinkedHashMap<>();
        sourceIds.forEach(id -> byId.put(id, new ArrayList<>()));
        cypher.read(DISAGREEMENTS, Map.of("ids", sourceIds)).forEach(r -> byId.get(r.get("id").asString())
                .add(new Disagreement(r.get("other").asString(), r.get("conflicts").asList(v -> conflict(v, true)))));
        return byId;
    }

    /** A conflict as {@link #conflict(Shown)} projects it; its entities whole, or ids only. */
    static ConflictView conflict(Value v, boolean wholeEntities) {
        List<ConflictView.Side> sides = v.get("sides").asList(s -> new ConflictView.Side(s.get("summary").asString(),
                s.get("relationshipIds").asList(Value::asString), s.get("claims").asList(Views::claimCitation)));
        return new ConflictView(v.get("id").asString(), v.get("description").asString(),
                v.get("explainedByTime").asBoolean(), v.get("origin").asString(),
                Views.entities(v.get("entities"), wholeEntities),
                sides);
    }
}
