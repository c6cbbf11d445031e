package dev.citegraph.database;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Record;

/**
 * How the API's read queries reach Neo4j. Over Bolt with the driver by default ({@link GraphDatabase#overBolt});
 * next to the embedded database, in this process without a network hop (see
 * {@code dev.citegraph.embedded.InProcessReads}). Both answer alike: the driver's records, and the
 * driver's exceptions with Neo4j's status code (a read stopped by the query timeout says
 * {@code TransactionTimedOut} either way).
 */
public interface ReadQueries {

    /** Runs one read query in its own transaction, bounded by {@code citegraph.limits.query-timeout}, and returns every row. */
    List<Record> run(String cypher, Map<String, Object> parameters);

    /**
     * Runs one read query in its own transaction and hands each row to {@code row} as the database
     * produces it, keeping none: for answers larger than the heap (the file exports of a large graph).
     * The transaction lasts as long as {@code row} takes, bounded by {@code timeout}.
     */
    void stream(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Record> row);
}
