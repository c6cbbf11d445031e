package dev.citegraph.embedded;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

/**
 * Makes every login but the application's read-only. Neo4j Community has users but no roles, so
 * Browser's login could otherwise rewrite the evidence or, on the system database, change the
 * application's password and then write as the application. Transactions started inside this JVM
 * (not over Bolt) report an empty user name and are the application's own too.
 *
 * <p>{@code beforeCommit} runs only for transactions that change data, so reads cost nothing.
 * Index and constraint changes alone do not reach it (README, "Security and limits": the
 * application re-applies its schema at every start).
 */
final class WriteGuard extends TransactionEventListenerAdapter<Void> {

    private final String appUser;

    WriteGuard(String appUser) {
        this.appUser = appUser;
    }

    @Override
    public Void beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
        String user = data.username();
        if (!user.isEmpty() && !user.equals(appUser)) {
            throw new ReadOnlyLogin(user, database.databaseName());
        }
        return null;
    }

    /** The message Browser shows when a query would write. */
    static final class ReadOnlyLogin extends RuntimeException {

        ReadOnlyLogin(String user, String database) {
            super("'" + user + "' can read but not change database '" + database
                    + "': citegraph's graph is written only by its ingest from the corpus");
        }
    }
}
