package dev.citegraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.fleetmanagement.FleetManagementSettings;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.event.GlobalTransactionEventListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.util.FileSystemUtils;

import inet.ipaddr.IPAddressString;

import dev.citegraph.embedded.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;

/**
 * The embedded database's start, running on a thread of its own ({@code embedded-neo4j-start})
 * from the moment the application's settings are known ({@link EarlyStart}) while Spring goes on
 * creating the web server and the application's beans; the first bean that needs the database
 * waits for it ({@link #await}). A restart on a large graph spends seconds in Neo4j's own start,
 * which used to come after everything before it instead of beside it.
 *
 * <p>It owns the running database: it is destroyed after every bean that uses it, and shuts the
 * database down even when the application fails to start before any bean asked for it.
 */
final class EmbeddedStart implements DisposableBean {

    /** The name it is registered under in the application context. */
    static final String BEAN = "embeddedStart";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStart.class);

    private static final Duration SHUTDOWN_QUIET_PERIOD = Duration.ofMillis(200);

    private final CompletableFuture<EmbeddedNeo4j> started = new CompletableFuture<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedStart() {
    }

    /** Begins starting the database on a thread of its own; {@link #await} returns it running. */
    static EmbeddedStart begin(EmbeddedProperties properties, AllowedOrigins origins,
            List<EmbeddedNeo4jCustomizer> customizers, List<EmbeddedSeed> seeds) {
        EmbeddedStart start = new EmbeddedStart();
        Thread.ofPlatform().daemon().name("embedded-neo4j-start").start(() -> {
            EmbeddedNeo4j neo4j;
            try {
                neo4j = start(properties, origins, customizers, seeds);
            } catch (Throwable e) {
                start.started.completeExceptionally(e);
                return;
            }
            start.started.complete(neo4j);
            warmUpCypher(neo4j);
        });
        return start;
    }

    /** The running database, once started; a failed start is thrown here as it was raised. */
    EmbeddedNeo4j await() {
        long asked = System.nanoTime();
        try {
            EmbeddedNeo4j neo4j = started.join();
            // How much of the database's start was not hidden behind Spring's: on a busy machine, most of it.
            log.info("The application waited {} ms for the embedded database", (System.nanoTime() - asked) / 1_000_000);
            return neo4j;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Shuts the database down once (waiting for a start still under way), and removes an ephemeral folder. */
    @Override
    public void destroy() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        EmbeddedNeo4j neo4j;
        try {
            neo4j = started.join();
        } catch (CompletionException e) {
            return; // nothing started: the failure is reported where the database was asked for
        }
        neo4j.guard().close();
        neo4j.service().shutdown();
        if (neo4j.ephemeral()) {
            try {
                FileSystemUtils.deleteRecursively(neo4j.home());
            } catch (IOException e) {
                log.warn("could not remove temporary database folder {}", neo4j.home(), e);
            }
        }
    }

    private static EmbeddedNeo4j start(EmbeddedProperties properties, AllowedOrigins origins,
            List<EmbeddedNeo4jCustomizer> customizers, List<EmbeddedSeed> seeds) {
        Path home = home(properties);
        StartChecks.freeSpace(home, properties.minFreeSpace());
        seeds.forEach(seed -> seed.fill(home));
        BoltCredentials credentials = BoltCredentials.load(home, properties.boltPassword(), properties.browserPassword());
        long started = System.nanoTime();
        OriginGuard guard = new OriginGuard(new InetSocketAddress(properties.boltAddress(), properties.boltPort()), origins);
        DatabaseManagementService service;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    // Neo4j's own listener is private; users reach it through the guard, which is what it advertises.
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(properties.boltAddress(), guard.port()))
                    .setConfig(BoltConnector.enable_discovery, false)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, emptyImportFolder(home))
                    // No address at all may be fetched by LOAD CSV: the server would otherwise fetch URLs for anyone.
                    .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                            List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                    // Nothing about the user's database leaves the machine, and a start spends no time on reports.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(FleetManagementSettings.fleet_manager_enabled, false)
                    // The system diagnostics Neo4j writes to debug.log at every start took a second at ×1000.
                    .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, properties.txLogRotation().toBytes())
                    .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
                    // Neo4j's Bolt server waits for its two event-loop groups to be idle for this long
                    // each before it stops (5 s by default): every stop of the application took 10 s more.
                    // By then the application's own driver is closed and Browser's connections are ending.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, SHUTDOWN_QUIET_PERIOD);
            customizers.forEach(customizer -> customizer.customize(builder));
            service = builder.build();
        } catch (RuntimeException e) {
            guard.close();
            throw e;
        }
        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try {
            secure(service, db, credentials, home);
        } catch (RuntimeException e) {
            guard.close();
            service.shutdown();
            throw e;
        }
        var bolt = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        guard.relayTo(new InetSocketAddress("127.0.0.1", bolt.getPort()));
        URI uri = URI.create("bolt://" + properties.boltAddress() + ":" + guard.port());
        log.info("Embedded Neo4j started in {} ms at {} (data in {}; Bolt logins in {})",
                (System.nanoTime() - started) / 1_000_000, uri, home, home.resolve(BoltCredentials.FILE));
        return new EmbeddedNeo4j(service, uri, URI.create("bolt://127.0.0.1:" + bolt.getPort()), home,
                properties.ephemeral(), credentials, guard);
    }

    /**
     * Compiles a first query once the database has started, while the application goes on creating
     * its beans: the first query a database answers loads and links Neo4j's Cypher compiler, seconds
     * of a restart that the application's own first query (the server check) otherwise waits for. A
     * read of the components list, changing nothing; a failure here is only a lost head start.
     */
    private static void warmUpCypher(EmbeddedNeo4j neo4j) {
        try {
            neo4j.service().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                    .executeTransactionally("CALL dbms.components() YIELD name RETURN name");
        } catch (RuntimeException e) {
            log.debug("Cypher warm-up failed; the first query will compile on its own", e);
        }
    }

    /**
     * Sets both logins' passwords (when they differ from those the database last took, so a changed
     * environment takes effect) and makes all but the application's read-only.
     */
    private static void secure(DatabaseManagementService service, GraphDatabaseAPI db, BoltCredentials credentials,
            Path home) {
        if (!credentials.appliedIn(home)) {
            setPasswords(service, credentials);
            credentials.recordApplied(home);
        }
        WriteGuard writeGuard = new WriteGuard(credentials.appUser());
        service.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, writeGuard);
        // The public API refuses listeners on the system database; the kernel's own registry does not,
        // and without one there, any login could change the application's password (Community has no roles).
        db.getDependencyResolver().resolveDependency(GlobalTransactionEventListeners.class)
                .registerTransactionEventListener(GraphDatabaseSettings.SYSTEM_DATABASE_NAME, writeGuard);
    }

    private static void setPasswords(DatabaseManagementService service, BoltCredentials credentials) {
        var system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER " + credentials.appUser() + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", credentials.appPassword()));
        } catch (org.neo4j.graphdb.QueryExecutionException e) {
            // Neo4j refuses to set the password a user already has: on a second start it is already right.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
        system.executeTransactionally("CREATE OR REPLACE USER " + credentials.browserUser()
                + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", credentials.browserPassword()));
    }

    private static Path emptyImportFolder(Path home) {
        try {
            return Files.createDirectories(home.resolve("import-disabled"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path home(EmbeddedProperties properties) {
        try {
            Path home = properties.ephemeral() ? Files.createTempDirectory("citegraph-neo4j-") : properties.home();
            // Neo4j refuses relative or non-normalized store paths.
            return Files.createDirectories(home).toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
