package dev.citegraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Reads the articles, and which entities each names. */
@Component
public class SourceReader {

    private static final String ALL = "MATCH (s:Source:Citegraph) RETURN %s AS s ORDER BY s.id".formatted(Cypher.SOURCE);

    private static final String BY_IDS = "MATCH (s:Source:Citegraph) WHERE s.id IN $ids RETURN %s AS s".formatted(Cypher.SOURCE);

    private static final String PAGE = """
            MATCH (s:Source:Citegraph) WHERE s.id > coalesce($after, '')
            RETURN %s AS s ORDER BY s.id LIMIT $limit""".formatted(Cypher.SOURCE);

    private static final String TEXTS = "MATCH (s:Source:Citegraph) WHERE s.id IN $ids RETURN s.id AS id, s.text AS text";

    private static final String ENTITIES_OF_SOURCES = """
            UNWIND $ids AS id
            MATCH (:Source:Citegraph {id: id})-[:MENTIONS]->(e:Entity:Citegraph)
            RETURN id, %s AS entity ORDER BY id, e.id""".formatted(Cypher.ENTITY);

    private static final String SOURCES_OF_ENTITIES = """
            UNWIND $ids AS id
            MATCH (s:Source:Citegraph)-[:MENTIONS]->(:Entity:Citegraph {id: id})
            RETURN id, %s AS s ORDER BY id, s.id""".formatted(Cypher.SOURCE);

    private final Cypher cypher;

    public SourceReader(Cypher cypher) {
        this.cypher = cypher;
    }

    public List<SourceView> all() {
        return cypher.read(ALL, Map.of()).stream().map(r -> Views.source(r.get("s"))).toList();
    }

    /** The sources whose id follows {@code after} (null: from the first), in id order, at most {@code limit}. */
    public List<SourceView> page(String after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("after", after);
        params.put("limit", limit);
        return cypher.read(PAGE, params).stream().map(r -> Views.source(r.get("s"))).toList();
    }

    public Map<String, SourceView> byIds(List<String> ids) {
        Map<String, SourceView> found = new HashMap<>();
        cypher.read(BY_IDS, Map.of("ids", ids)).forEach(r -> {
            SourceView s = Views.source(r.get("s"));
            found.put(s.id(), s);
        });
        return found;
    }

    /** The articles' texts, by id: only for a response that shows a text, since they are the largest values of the graph. */
    public Map<String, String> texts(List<String> ids) {
        Map<String, String> found = new HashMap<>();
        cypher.read(TEXTS, Map.of("ids", ids)).forEach(r -> found.put(r.get("id").asString(), r.get("text").asString()));
        return found;
    }

    public Map<String, List<EntityView>> entitiesOf(List<String> sourceIds) {
        Map<String, List<EntityView>> byId = emptyLists(sourceIds);
        cypher.read(ENTITIES_OF_SOURCES, Map.of("ids", sourceIds))
                .forEach(r -> byId.get(r.get("id").asString()).add(Views.entity(r.get("entity"))));
        return byId;
    }

    public Map<String, List<SourceView>> sourcesOf(List<String> entityIds) {
        Map<String, List<SourceView>> byId = emptyLists(entityIds);
        cypher.read(SOURCES_OF_ENTITIES, Map.of("ids", entityIds))
                .forEach(r -> byId.get(r.get("id").asString()).add(Views.source(r.get("s"))));
        return byId;
    }

    private static <T> Map<String, List<T>> emptyLists(List<String> ids) {
        Map<String, List<T>> map = new LinkedHashMap<>();
        ids.forEach(id -> map.put(id, new ArrayList<>()));
        return map;
    }
}
