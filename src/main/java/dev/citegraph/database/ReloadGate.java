package dev.citegraph.database;

import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Reloads and API requests take turns, so that every answer of the API comes from one version of
 * the graph. A reload is one transaction, but Neo4j reads are read-committed: a query, or the
 * several queries of one GraphQL response, could otherwise read part of the graph before a reload
 * commits and part after. Requests share the gate; a reload waits for the requests in flight and
 * holds the next ones for as long as its transaction runs (a changed article: well under a second).
 *
 * <p>A {@link StampedLock} because a request may finish on another thread than it started on.
 */
@Component
public class ReloadGate {

    private final StampedLock lock = new StampedLock();

    /** Enters as a reader; pass the stamp to {@link #leave(long)} when the request is answered. */
    public long enter() {
        return lock.readLock();
    }

    public void leave(long stamp) {
        lock.unlockRead(stamp);
    }

    /** Runs a write with every reader out of the way. */
    public <T> T exclusively(Supplier<T> write) {
        long stamp = lock.writeLock();
        try {
            return write.get();
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /**
     * Begins a read that does not hold the gate, for one that may take minutes (a file export of a
     * large graph) and must neither hold up a reload nor the requests queued behind it. Pass the
     * stamp to {@link #unchangedSince(long)} when the read is done; it is zero while a write is
     * under way, and no read then can be of one version.
     */
    public long readWithoutHolding() {
        return lock.tryOptimisticRead();
    }

    /** True if no write was under way when the stamp was taken, nor began since: the read saw one version. */
    public boolean unchangedSince(long stamp) {
        return lock.validate(stamp);
    }
}
