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
    private static final String PAGE = """
            WITH %2$s AS entityNode
            WITH entityNode, %3$s AS unknown
            CALL (entityNode, unknown) { %1$s RETURN sum(m.count) AS total }
            OPTIONAL CALL (entityNode, unknown) {
              %1$s
              UNWIND range(0, size(m.starts) - 1) AS i
              WITH s, m, i ORDER BY s.id, m.starts[i] SKIP $offset LIMIT $limit
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
     * Every occurrence of the entity's names, in one source or all.
     *
     * @throws EntityArgument.EntityNotFound when entity names nothing
     */
    public Page<MentionView> page(String entity, String source, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        EntityArgument.put(params, "entity", entity);
        params.put("source", source);
        params.put("offset", offset);
        params.put("limit", limit);
        List<Record> rows = cypher.read(PAGE, params);
        EntityArgument.check(rows, params);
        int total = rows.isEmpty() ? 0 : rows.getFirst().get("total").asInt(0);
        List<MentionView> items = rows.stream().filter(r -> !r.get("mention").isNull())
                .map(r -> mention(Views.entity(r.get("entity")), r.get("mention"))).toList();
        return new Page<>(items, offset, total);
    }

    private static MentionView mention(EntityView entity, Value m) {
        return new MentionView(m.get("source").asString(), entity, m.get("start").asInt(), m.get("end").asInt(),
                m.get("words").asString(), m.get("sentenceStart").asInt(), m.get("sentenceEnd").asInt(),
                m.get("sentence").asString());
    }
}
