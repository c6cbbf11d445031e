package dev.citegraph.server;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Value;

/**
 * Everything in a database that is not the application's, as sorted text: every node without the
 * label {@value #OWN_LABEL}, and every relationship that does not join two such nodes. On a shared
 * server the application may change only what it owns, so this dump must read the same before and
 * after anything the application does (start, reload, retraction).
 *
 * <p>A relationship's ends are written as their labels and properties; an end the application owns
 * is written as its labels and {@code id} only, since the application may rewrite its other properties.
 */
public record ForeignData(List<String> nodes, List<String> relationships) {

    /** The label the application puts on every node it owns. */
    public static final String OWN_LABEL = "Citegraph";

    /** Reads the given database ({@code null}: the server's home database). */
    public static ForeignData of(Driver driver, String database) {
        QueryConfig config = database == null ? QueryConfig.defaultConfig()
                : QueryConfig.builder().withDatabase(database).build();
        List<String> nodes = driver.executableQuery("""
                MATCH (n) WHERE NOT n:%s
                RETURN labels(n) AS labels, properties(n) AS props""".formatted(OWN_LABEL))
                .withConfig(config).execute().records().stream()
                .map(r -> describe(r.get("labels"), r.get("props")))
                .sorted().toList();
        List<String> relationships = driver.executableQuery("""
                MATCH (a)-[r]->(b) WHERE NOT (a:%1$s AND b:%1$s)
                RETURN labels(a) AS aLabels, CASE WHEN a:%1$s THEN {id: a.id} ELSE properties(a) END AS aProps,
                       type(r) AS type, properties(r) AS props,
                       labels(b) AS bLabels, CASE WHEN b:%1$s THEN {id: b.id} ELSE properties(b) END AS bProps"""
                .formatted(OWN_LABEL))
                .withConfig(config).execute().records().stream()
                .map(r -> describe(r.get("aLabels"), r.get("aProps")) + " -[:" + r.get("type").asString() + " "
                        + sorted(r.get("props")) + "]-> " + describe(r.get("bLabels"), r.get("bProps")))
                .sorted().toList();
        return new ForeignData(nodes, relationships);
    }

    private static String describe(Value labels, Value properties) {
        return "(" + labels.asList(Value::asString).stream().sorted().map(l -> ":" + l).reduce("", String::concat)
                + " " + sorted(properties) + ")";
    }

    private static Map<String, Object> sorted(Value properties) {
        return new TreeMap<>(properties.asMap());
    }
}
