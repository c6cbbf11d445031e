package dev.citegraph.ingest;

import java.util.Map;

import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * The transaction of an ingest, committed in parts when a change is too large for one: Neo4j holds a
 * transaction's changes in memory, and the first ingest of thousands of articles would exceed its
 * limit. A reload of a few articles stays one transaction. API requests wait for all the parts (the
 * ingest holds the {@link dev.citegraph.database.ReloadGate} throughout); a failure part-way leaves
 * the parts already committed, and the next ingest, comparing hashes, writes the rest.
 */
final class PartedTransaction implements Statements, AutoCloseable {

    /**
     * Rows written before a part is committed. A part's changes are held on the heap twice, as
     * transaction state and, at commit, as the change list the write guard's listener is handed
     * ({@code dev.citegraph.embedded.WriteGuard}, whose snapshot lists every property set); 10,000
     * rows of conflicts with their sides did not fit beside the corpus of 5,000 articles in a 512 MB
     * server, and with 4,000 the first ingest of that corpus still collected the whole heap 32 times
     * (12 with 2,000: one part per statement).
     */
    static final int ROWS_PER_PART = 2_000;

    private final Session session;
    private Transaction current;
    private int rowsInPart;
    private int parts = 1;

    PartedTransaction(Session session) {
        this.session = session;
        this.current = session.beginTransaction();
    }

    @Override
    public Result run(String cypher, Map<String, Object> parameters) {
        return current.run(cypher, parameters);
    }

    /** Counts written rows; commits the part and begins the next when it has grown large. */
    void wrote(int rows) {
        rowsInPart += rows;
        if (rowsInPart >= ROWS_PER_PART) {
            current.commit();
            current = session.beginTransaction();
            rowsInPart = 0;
            parts++;
        }
    }

    int parts() {
        return parts;
    }

    void commit() {
        current.commit();
    }

    /** Rolls back the part not yet committed, if any. */
    @Override
    public void close() {
        if (current.isOpen()) {
            current.rollback();
        }
    }
}
