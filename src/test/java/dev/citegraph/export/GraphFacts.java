package dev.citegraph.export;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * What the database says, read with plain Cypher, in the shape every parsed export is mapped to:
 * tests compare whole maps, so any entity, relationship or citation an export loses or alters shows.
 */
record GraphFacts(Map<String, Entity> entities, Map<String, Relationship> relationships) {

    record Entity(String type, String name, List<String> aliases, int mentionCount) {
    }

    /** @param citations each as {@link #citation}, in the graph's order */
    record Relationship(String type, String from, String to, String validFrom, List<String> citations) {
    }

    static String citation(String source, long start, long end, String stance, String quote) {
        return source + " [" + start + "," + end + ") " + stance + ": " + quote;
    }

    static GraphFacts of(Driver driver) {
        Map<String, Entity> entities = new TreeMap<>();
        driver.executableQuery("""
                MATCH (e:Entity)
                RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases,
                       COUNT { (:Source)-[:MENTIONS]->(e) } AS mentions""").execute().records()
                .forEach(r -> entities.put(r.get("id").asString(), new Entity(r.get("type").asString(),
                        r.get("name").asString(), r.get("aliases").asList(Value::asString), r.get("mentions").asInt())));
        Map<String, Relationship> relationships = new TreeMap<>();
        driver.executableQuery("""
                MATCH (a:Entity)-[r]->(b:Entity)
                RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.validFrom AS validFrom,
                       r.citations AS citations, r.citedSources AS sources, r.citedStarts AS starts, r.citedEnds AS ends,
                       r.citedStances AS stances""").execute().records()
                .forEach(r -> relationships.put(r.get("id").asString(), new Relationship(r.get("type").asString(),
                        r.get("from").asString(), r.get("to").asString(), r.get("validFrom").asString(null),
                        IntStream.range(0, r.get("citations").size()).mapToObj(i -> citation(
                                r.get("sources").get(i).asString(), r.get("starts").get(i).asLong(),
                                r.get("ends").get(i).asLong(), r.get("stances").get(i).asString(),
                                r.get("citations").get(i).asString())).toList())));
        return new GraphFacts(entities, relationships);
    }
}
