package dev.citegraph.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

import dev.citegraph.database.ReadQueries;

/**
 * The API's reads run on the embedded database inside this process: no Bolt encoding on either
 * side, no socket, no driver session per query. Measured under the benchmark's load, that hop was
 * about a quarter of the processor time of a small read (README, Performance). The answer is
 * given as the driver would give it (records of driver values, {@link Neo4jException}s with
 * Neo4j's status code), so the readers do not know which way their query went, and
 * {@code QueryPlansIT} checks that every query of the API answers alike both ways.
 *
 * <p>Writes keep going through the driver as the application's login, where the write guard and
 * the bookmarks are; a read here sees every write the driver has committed, as there is only one
 * database. The queries are the application's own constants, so running them with the embedded
 * API's full access gives no one anything a Bolt login would not have.
 */
final class InProcessReads implements ReadQueries {

    private final GraphDatabaseService database;
    private final Duration timeout;

    InProcessReads(GraphDatabaseService database, Duration timeout) {
        this.database = database;
        this.timeout = timeout;
    }

    @Override
    public List<Record> run(String cypher, Map<String, Object> parameters) {
        List<Record> records = new ArrayList<>();
        stream(cypher, parameters, timeout, records::add);
        return records;
    }

    @Override
    public void stream(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Record> row) {
        try (Transaction tx = timeout.isZero() ? database.beginTx() : database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS);
                Result result = tx.execute(cypher, parameters)) {
            List<String> keys = result.columns();
            while (result.hasNext()) {
                Map<String, Object> values = result.next();
                List<Value> record = new ArrayList<>(keys.size());
                for (String key : keys) {
                    record.add(Values.value(values.get(key)));
                }
                row.accept(new InternalRecord(keys, record));
            }
            // Nothing was written: closing without a commit ends the transaction.
        } catch (RuntimeException e) {
            throw asDriverException(e);
        }
    }

    /** The exception the driver would have thrown: Neo4j's status code, found anywhere in the causes. */
    private static RuntimeException asDriverException(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Status.HasStatus status && status.status() != Status.General.UnknownError) {
                String code = status.status().code().serialize();
                return code.startsWith("Neo.ClientError.") ? new ClientException(code, e.getMessage())
                        : new Neo4jException(code, e.getMessage(), e);
            }
        }
        return e;
    }
}
