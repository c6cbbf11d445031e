package dev.citegraph.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j server in its own JVM, for tests: the same Neo4j the application embeds, but reached only
 * over Bolt and with authentication on, as a shared server would be. {@link Neo4jServer} starts it.
 *
 * <p>Arguments: the server's folder and the Bolt port (0 for a free one). The password of the user
 * {@code neo4j} comes in the environment variable {@value #PASSWORD_VARIABLE} (not on the command
 * line, where {@code ps} would show it) and is set when the folder is new. Once Bolt listens, the
 * port is written to {@value #PORT_FILE} in the folder. SIGTERM shuts the database down cleanly.
 */
public final class Neo4jServerMain {

    static final String PASSWORD_VARIABLE = "CITEGRAPH_TEST_NEO4J_PASSWORD";
    static final String PORT_FILE = "bolt.port";

    private Neo4jServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath().normalize(); // Neo4j refuses relative store paths
        int port = Integer.parseInt(args[1]);
        String password = System.getenv(PASSWORD_VARIABLE);
        boolean fresh = !Files.exists(home.resolve("data"));

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "neo4j-shutdown"));

        if (fresh) {
            // Transactions of the embedded API run with full rights, so the initial password is set
            // the way an administrator would set it, and the first login needs no password change.
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        }

        var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int bolt = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        // Written whole, then renamed, so the harness never reads half a number.
        Path partial = Files.writeString(home.resolve(PORT_FILE + ".partial"), Integer.toString(bolt));
        Files.move(partial, home.resolve(PORT_FILE), StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Neo4j listening on bolt://127.0.0.1:" + bolt + " (folder " + home + ")");

        // A server left behind by a test JVM that died would hold its port and folder: it follows its parent.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        new CountDownLatch(1).await(); // until the process is told to stop
    }
}
