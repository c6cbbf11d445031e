package dev.citegraph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Everything the database holds but the record of applied schema migrations, as sorted text: every node with its labels and properties,
 * every relationship with its type, ends and properties. Two dumps are equal exactly when the
 * graphs are, which is how tests show that an ingest changed nothing.
 */
public record GraphDump(List<String> nodes, List<String> relationships) {

    public static GraphDump of(Driver driver) {
        List<String> nodes = driver.executableQuery("""
                MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS labels, properties(n) AS props""")
                .execute().records().stream()
                .map(r -> r.get("labels").asList(Value::asString).stream().sorted().toList() + " " + sorted(r.get("props")))
                .sorted().toList();
        List<String> relationships = driver.executableQuery("""
                MATCH (a)-[r]->(b)
                RETURN coalesce(a.id, elementId(a)) AS from, type(r) AS type, coalesce(b.id, elementId(b)) AS to,
                       properties(r) AS props""")
                .execute().records().stream()
                .map(r -> r.get("from").asString() + " -" + r.get("type").asString() + "-> " + r.get("to").asString()
                        + " " + sorted(r.get("props")))
                .sorted().toList();
        return new GraphDump(nodes, relationships);
    }

    private static Map<String, Object> sorted(Value properties) {
        return new TreeMap<>(properties.asMap());
    }
}
