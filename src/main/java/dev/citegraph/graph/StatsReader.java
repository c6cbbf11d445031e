package dev.citegraph.graph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Counts of what the graph holds, in one query that counts only what is asked for: at 5,000
 * articles counting every relationship and citation takes a second, counting the entities a few
 * milliseconds.
 */
@Component
public class StatsReader {

    /** A key and how many. */
    public record Count(String key, int count) {
    }

    /** The counts; those of a {@link Part} not asked for are zero or empty. */
    public record Stats(int entities, int relationships, int citations, int sources, List<Count> entitiesByType,
            List<Count> relationshipsByType, List<Count> citationsBySource) {
    }

    /** What can be counted, each by its own subquery, and the fields of {@code Stats} it answers. */
    public enum Part {
        ENTITIES(List.of("entities", "entitiesByType"), """
                CALL () {
                  MATCH (e:Entity:Citegraph) WITH e.type AS key, count(*) AS count ORDER BY key
                  RETURN collect({key: key, count: count}) AS entitiesByType
                }
                """, "entitiesByType"),
        RELATIONSHIPS(List.of("relationships", "relationshipsByType", "citations"), """
                CALL () {
                  MATCH (a:Entity:Citegraph)
                  CALL (a) { MATCH (a)-[r]->(:Entity:Citegraph) WHERE r.retracted IS NULL RETURN r }
                  WITH type(r) AS key, count(r.id) AS count, sum(size(coalesce(r.citedSources, []))) AS citations ORDER BY key
                  RETURN collect(CASE WHEN count > 0 THEN {key: key, count: count} END) AS relationshipsByType,
                         sum(citations) AS citations
                }
                """, "relationshipsByType, citations"),
        CITATIONS_BY_SOURCE(List.of("citationsBySource"), """
                CALL () {
                  MATCH (a:Entity:Citegraph)
                  CALL (a) { MATCH (a)-[r]->(:Entity:Citegraph) WHERE r.retracted IS NULL UNWIND r.citedSources AS key RETURN key }
                  WITH key, count(*) AS count ORDER BY key
                  RETURN collect({key: key, count: count}) AS citationsBySource
                }
                """, "citationsBySource"),
        SOURCES(List.of("sources"), "", "COUNT { (s:Source:Citegraph) } AS sources");

        // Each relationship subquery starts from the entities and follows their outgoing relationships
        // (a correlated CALL): matched from both ends, Neo4j joined every relationship into an entity,
        // mentions and claim links included, in a hash table of 100 MB at 5,000 articles.
        private final List<String> fields;
        private final String subquery;
        private final String columns;

        Part(List<String> fields, String subquery, String columns) {
            this.fields = fields;
            this.subquery = subquery;
            this.columns = columns;
        }

        /** The parts that count the fields a response shows. */
        public static Set<Part> showing(Predicate<String> shown) {
            Set<Part> parts = EnumSet.noneOf(Part.class);
            for (Part part : values()) {
                if (part.fields.stream().anyMatch(shown)) {
                    parts.add(part);
                }
            }
            return parts;
        }
    }

    private final Cypher cypher;

    public StatsReader(Cypher cypher) {
        this.cypher = cypher;
    }

    public Stats stats(Set<Part> parts) {
        if (parts.isEmpty()) {
            return new Stats(0, 0, 0, 0, List.of(), List.of(), List.of());
        }
        StringBuilder query = new StringBuilder();
        List<String> columns = new ArrayList<>();
        for (Part part : parts) {
            query.append(part.subquery);
            columns.add(part.columns);
        }
        query.append("RETURN ").append(String.join(", ", columns));
        Record row = cypher.read(query.toString(), Map.of()).getFirst();
        List<Count> entities = counts(row, "entitiesByType");
        List<Count> relationships = counts(row, "relationshipsByType");
        List<Count> bySource = counts(row, "citationsBySource");
        int citations = row.containsKey("citations") ? row.get("citations").asInt() : sum(bySource);
        return new Stats(sum(entities), sum(relationships), citations,
                row.containsKey("sources") ? row.get("sources").asInt() : 0, entities, relationships, bySource);
    }

    private static List<Count> counts(Record row, String column) {
        return row.containsKey(column)
                ? row.get(column).asList(v -> new Count(v.get("key").asString(), v.get("count").asInt()))
                : List.of();
    }

    private static int sum(List<Count> counts) {
        return counts.stream().mapToInt(Count::count).sum();
    }
}
