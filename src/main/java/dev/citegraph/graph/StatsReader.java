package dev.citegraph.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Counts of what the graph holds, in one query. */
@Component
public class StatsReader {

    /** A key and how many. */
    public record Count(String key, int count) {
    }

    public record Stats(int entities, int relationships, int citations, int sources, List<Count> entitiesByType,
            List<Count> relationshipsByType, List<Count> citationsBySource) {
    }

    private static final String STATS = """
            CALL () {
              MATCH (e:Entity:Citegraph) WITH e.type AS key, count(*) AS count ORDER BY key
              RETURN collect({key: key, count: count}) AS entitiesByType
            }
            CALL () {
              MATCH (:Entity:Citegraph)-[r]->(:Entity:Citegraph) WHERE r.id IS NOT NULL AND r.retracted IS NULL WITH type(r) AS key, count(*) AS count ORDER BY key
              RETURN collect({key: key, count: count}) AS relationshipsByType
            }
            CALL () {
              MATCH (:Entity:Citegraph)-[r]->(:Entity:Citegraph) WHERE r.retracted IS NULL UNWIND r.citedSources AS key
              WITH key, count(*) AS count ORDER BY key
              RETURN collect({key: key, count: count}) AS citationsBySource
            }
            RETURN entitiesByType, relationshipsByType, citationsBySource, COUNT { (s:Source:Citegraph) } AS sources
            """;

    private final Cypher cypher;

    public StatsReader(Cypher cypher) {
        this.cypher = cypher;
    }

    public Stats stats() {
        var row = cypher.read(STATS, Map.of()).getFirst();
        List<Count> entities = counts(row.get("entitiesByType"));
        List<Count> relationships = counts(row.get("relationshipsByType"));
        List<Count> citations = counts(row.get("citationsBySource"));
        return new Stats(sum(entities), sum(relationships), sum(citations), row.get("sources").asInt(), entities,
                relationships, citations);
    }

    private static List<Count> counts(Value list) {
        return list.asList(v -> new Count(v.get("key").asString(), v.get("count").asInt()));
    }

    private static int sum(List<Count> counts) {
        return counts.stream().mapToInt(Count::count).sum();
    }
}
