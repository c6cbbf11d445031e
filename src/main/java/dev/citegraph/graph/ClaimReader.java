package dev.citegraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Reads claims: a filtered page of them, or a batch by id, each in one query. */
@Component
public class ClaimReader {

    // The claims a page is about, reached the shortest way: from the source through STATES, from
    // the entity through SUBJECT and OBJECT, and only with neither every claim. Each branch is
    // guarded by its first WITH, so the ones that do not apply read nothing; the last one's MATCH
    // is in a subquery of its own, or it is planned as a scan of every claim with the guard applied
    // to what it found (200,000 claims read for nothing by every page of an entity at ×1000).
    private static final String MATCHING = """
            CALL (entityNode, unknown) {
              WITH entityNode WHERE size(unknown) = 0 AND $source IS NOT NULL
              MATCH (:Source:Citegraph {id: $source})-[:STATES]->(c:Claim:Citegraph)
              WHERE $entity IS NULL OR c.subjectId = entityNode.id OR c.objectId = entityNode.id
              RETURN c
              UNION
              WITH entityNode WHERE size(unknown) = 0 AND $source IS NULL AND entityNode IS NOT NULL
              MATCH (entityNode)<-[:SUBJECT|OBJECT]-(c:Claim:Citegraph)
              RETURN c
              UNION
              WITH entityNode WHERE size(unknown) = 0 AND $source IS NULL AND $entity IS NULL
              CALL (entityNode) {
                MATCH (c:Claim:Citegraph)
                RETURN c
              }
              RETURN c
            }
            WITH c WHERE $status IS NULL OR c.status = $status""";

    // The entity is named by id or any name (EntityArgument). The total is counted only when the
    // response shows it; otherwise one more row than the page says whether another page follows.
    // A page after a cursor starts after the cursor's claim id (a keyset): in id order, the claim-id
    // index gives the claims from there on, and nothing earlier is read again.
    private static final String PAGE = """
            WITH %2$s AS entityNode
            WITH entityNode, %3$s AS unknown
            CALL (entityNode, unknown) { WITH entityNode, unknown WHERE $withTotal %1$s RETURN count(c) AS total }
            OPTIONAL CALL (entityNode, unknown) {
              %1$s
              WITH c WHERE $afterId IS NULL OR c.id > $afterId
              WITH c ORDER BY c.id SKIP $skip LIMIT $limit
              RETURN c
            }
            RETURN unknown, total, c {.*} AS claim""".formatted(MATCHING, EntityArgument.node("entity"),
            EntityArgument.unknown("entity"));

    private static final String BY_IDS = "MATCH (c:Claim:Citegraph) WHERE c.id IN $ids RETURN c {.*} AS claim";

    private final Cypher cypher;

    public ClaimReader(Cypher cypher) {
        this.cypher = cypher;
    }

    /**
     * A page of claims in id order.
     *
     * @param status proposed, accepted, rejected or retracted; null for all
     * @param afterId the id of the claim before the page (a keyset), or null to skip {@code offset} claims
     * @param withTotal count every claim that matches (else the page's total only says whether more
     *     follow: offset + items, plus one when they do)
     */
    public Page<ClaimView> page(String source, String entity, String status, int offset, String afterId, int limit,
            boolean withTotal) {
        Map<String, Object> params = new HashMap<>();
        params.put("source", source);
        EntityArgument.put(params, "entity", entity);
        params.put("status", status == null ? null : status.toLowerCase(Locale.ROOT));
        params.put("afterId", afterId);
        params.put("skip", afterId == null ? offset : 0);
        params.put("limit", Page.rowsToRead(limit, withTotal));
        params.put("withTotal", withTotal);
        List<Record> rows = cypher.read(PAGE, params);
        EntityArgument.check(rows, params);
        List<ClaimView> items = rows.stream().filter(r -> !r.get("claim").isNull())
                .map(r -> claim(r.get("claim"))).toList();
        return Page.read(items, offset, limit, Page.total(rows, withTotal));
    }

    public Map<String, ClaimView> byIds(List<String> ids) {
        Map<String, ClaimView> found = new HashMap<>();
        cypher.read(BY_IDS, Map.of("ids", ids)).forEach(r -> {
            ClaimView c = claim(r.get("claim"));
            found.put(c.id(), c);
        });
        return found;
    }

    static ClaimView claim(Value v) {
        return new ClaimView(v.get("id").asString(), v.get("status").asString().toUpperCase(Locale.ROOT),
                upper(v, "stance"), v.get("modality").asString("asserted"), str(v, "type"), str(v, "title"),
                str(v, "validFrom"), str(v, "validTo"), str(v, "dateBasis"), str(v, "roleStatus"),
                v.get("quote").asString(), v.get("start").asInt(), v.get("end").asInt(), v.get("sourceId").asString(),
                str(v, "subjectId"), str(v, "objectId"), str(v, "relationshipId"), str(v, "note"),
                str(v, "reviewedBy"), str(v, "reviewedOn"), str(v, "reviewNote"), str(v, "retractedOn"),
                str(v, "retractedReason"), str(v, "file"), v.get("line").asInt(0));
    }

    private static String upper(Value v, String key) {
        String s = str(v, key);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String str(Value v, String key) {
        return v.get(key).asString(null);
    }
}
