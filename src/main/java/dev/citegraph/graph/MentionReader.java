package dev.citegraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads where the articles name an entity: every occurrence the MENTIONS relationships keep
 * (see {@code MentionScanner}), one row each, in source then text order, in one query.
 */
@Component
public class MentionReader {

    private static final String MATCHING = """
            MATCH (s:Source:Citegraph)-[m:MENTIONS]->(entityNode)
            WHERE size(unknown) = 0 AND ($source IS NULL OR s.id = $source)""";

    // The entity is named by id or any name (EntityArgument); an unknown one is reported, not read as "never named".
    // A page after a cursor starts after the cursor's occurrence (a keyset on source id and start):
    // the sources before it are passed over without unwinding or sorting their occurrences again.
    // The total is counted only when the response shows it; otherwise one more row than the page
    // says whether another page follows.
    private static final String PAGE = """
            WITH %2$s AS entityNode
            WITH entityNode, %3$s AS unknown
            CALL (entityNode, unknown) { WITH entityNode, unknown WHERE $withTotal %1$s RETURN sum(m.count) AS total }
            OPTIONAL CALL (entityNode, unknown) {
              %1$s AND ($afterSource IS NULL OR s.id >= $afterSource)
              UNWIND range(0, size(m.starts) - 1) AS i
              WITH s, m, i WHERE $afterSource IS NULL OR s.id > $afterSource OR m.starts[i] > $afterStart
              WITH s, m, i ORDER BY s.id, m.starts[i] SKIP $skip LIMIT $limit
              RETURN {source: s.id, start: m.starts[i], end: m.ends[i], words: m.words[i],
                      sentenceStart: m.sentenceStarts[i], sentenceEnd: m.sentenceEnds[i], sentence: m.sentences[i]} AS mention
            }
            WITH unknown, total, entityNode, mention
            RETURN unknown, total, CASE WHEN entityNode IS NULL THEN NULL ELSE %4$s END AS entity, mention
            """.formatted(MATCHING, EntityArgument.node("entity"), EntityArgument.unknown("entity"),
            Cypher.entity("entityNode"));

    private final Cypher cypher;

    public MentionReader(Cypher cypher) {
        this.cypher = cypher;
    }

    /**
     * Every occurrence of the entity's names, in one source or all, in source then text order.
     *
     * @param afterKey the {@link #key} of the occurrence before the page, or null to skip {@code offset}
     * @param withTotal count every occurrence (else the total only says whether more follow)
     * @throws EntityArgument.EntityNotFound when entity names nothing
     */
    public Page<MentionView> page(String entity, String source, int offset, String afterKey, int limit,
            boolean withTotal) {
        Map<String, Object> params = new HashMap<>();
        EntityArgument.put(params, "entity", entity);
        params.put("source", source);
        // A cursor without a key this reader gave out (an older one) pages by its position instead.
        int bar = afterKey == null ? -1 : afterKey.lastIndexOf('|');
        Integer afterStart = null;
        if (bar >= 0) {
            try {
                afterStart = Integer.valueOf(afterKey.substring(bar + 1));
            } catch (NumberFormatException e) {
                bar = -1;
            }
        }
        params.put("afterSource", bar < 0 ? null : afterKey.substring(0, bar));
        params.put("afterStart", afterStart);
        params.put("skip", bar < 0 ? offset : 0);
        params.put("limit", Page.rowsToRead(limit, withTotal));
        params.put("withTotal", withTotal);
        List<Record> rows = cypher.read(PAGE, params);
        EntityArgument.check(rows, params);
        List<MentionView> items = rows.stream().filter(r -> !r.get("mention").isNull())
                .map(r -> mention(Views.entity(r.get("entity")), r.get("mention"))).toList();
        return Page.read(items, offset, limit, Page.total(rows, withTotal));
    }

    /** What a cursor keeps of an occurrence to start the next page after it: its source id and start. */
    public static String key(MentionView m) {
        return m.sourceId() + "|" + m.start();
    }

    private static MentionView mention(EntityView entity, Value m) {
        return new MentionView(m.get("source").asString(), entity, m.get("start").asInt(), m.get("end").asInt(),
                m.get("words").asString(), m.get("sentenceStart").asInt(), m.get("sentenceEnd").asInt(),
                m.get("sentence").asString());
    }
}
