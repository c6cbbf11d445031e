package dev.citegraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import dev.citegraph.corpus.NameKey;

/**
 * The one rule for every argument that names an entity: its id, or else any of its names or
 * aliases compared as {@link NameKey}s (case, width and white space do not matter). Names are
 * unique across entities (the corpus refuses two entities sharing one), so a value finds at most
 * one entity, and an id wins over a name.
 *
 * <p>The entity is found inside the query that answers the question, so naming an entity costs no
 * extra round trip; the query also returns which arguments found nothing, and {@link #check}
 * turns those into an {@link EntityNotFound} instead of an empty answer that reads as "no connection".
 */
public final class EntityArgument {

    private EntityArgument() {
    }

    /** Puts the parameters {@link #node} reads: {@code $name} (the value as given) and {@code $nameKey} (its name key, for the index). */
    public static void put(Map<String, Object> params, String name, String value) {
        params.put(name, value);
        String key = value == null ? "" : NameKey.of(value);
        params.put(name + "Key", key.isEmpty() ? null : Lucene.escape(key));
    }

    /**
     * A Cypher expression for the entity node argument {@code name} finds, or null: by id through
     * the id constraint's index, else by name key through the keyword index {@code entity_name_keys}.
     * The index is not asked at all when there is no key.
     */
    public static String node(String name) {
        return """
                coalesce(head(COLLECT { MATCH (n:Entity:Citegraph {id: $%1$s}) RETURN n }),
                         head(COLLECT { WITH 1 AS asked WHERE $%1$sKey IS NOT NULL
                                        CALL db.index.fulltext.queryNodes('entity_name_keys', $%1$sKey) YIELD node
                                        WHERE node:Citegraph RETURN node }))""".formatted(name);
    }

    /**
     * A Cypher expression for the list of arguments that were given but found nothing, from
     * variables bound to {@link #node}: {@code unknown("from", "to")} reads {@code $from} and
     * variable {@code fromNode}, and so on.
     */
    public static String unknown(String... names) {
        List<String> parts = new ArrayList<>();
        for (String n : names) {
            parts.add("CASE WHEN $%1$s IS NOT NULL AND %1$sNode IS NULL THEN ['%1$s'] ELSE [] END".formatted(n));
        }
        return String.join(" + ", parts);
    }

    /** Throws for the first argument the query reports as unknown (column {@code unknown}); the parameters give its value. */
    public static void check(List<Record> rows, Map<String, Object> params) {
        if (rows.isEmpty() || !rows.getFirst().containsKey("unknown")) {
            return;
        }
        List<String> unknown = rows.getFirst().get("unknown").asList(v -> v.asString(), List.of());
        if (!unknown.isEmpty()) {
            throw new EntityNotFound(unknown.getFirst(), String.valueOf(params.get(unknown.getFirst())));
        }
    }

    /** An argument that names no entity: by no id, name or alias. */
    public static final class EntityNotFound extends RuntimeException {

        private final String argument;

        public EntityNotFound(String argument, String value) {
            super("%s: no entity has the id, name or alias '%s'".formatted(argument, value));
            this.argument = argument;
        }

        public String argument() {
            return argument;
        }
    }
}
