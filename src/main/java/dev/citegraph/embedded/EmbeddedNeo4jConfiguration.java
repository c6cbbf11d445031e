package dev.citegraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.event.GlobalTransactionEventListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.FileSystemUtils;

import inet.ipaddr.IPAddressString;

import dev.citegraph.database.GraphDatabase;
import dev.citegraph.database.ReadQueries;

/**
 * The default, single-machine database: Neo4j Community running inside the application's JVM,
 * reachable over Bolt on loopback so that the driver, Neo4j Browser and cypher-shell all talk to
 * it exactly as they would to a server. Only Bolt is opened; Neo4j's own HTTP server stays off
 * because its Jetty would clash with the application's web server.
 *
 * <p>Safe by default (README, "Security and limits"): Bolt needs a password; only the
 * application's login can write; WebSockets from other web origins are refused at the public port
 * ({@link OriginGuard}); LOAD CSV can read neither files nor URLs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedCondition.class)
@EnableConfigurationProperties(EmbeddedProperties.class)
public class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    /**
     * The running database. {@code boltUri} is the public, guarded address users and Browser
     * connect to; {@code internalUri} is Neo4j's own listener, which only the application's driver uses.
     */
    public record EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, URI internalUri, Path home,
            boolean ephemeral, BoltCredentials credentials, OriginGuard guard) {

        void shutdown() {
            guard.close();
            service.shutdown();
            if (ephemeral) {
                try {
                    FileSystemUtils.deleteRecursively(home);
                } catch (IOException e) {
                    log.warn("could not remove temporary database folder {}", home, e);
                }
            }
        }
    }

    @Bean
    AllowedOrigins boltAllowedOrigins(EmbeddedProperties properties) {
        return new AllowedOrigins(properties.allowedOrigins());
    }

    @Bean(destroyMethod = "shutdown")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedProperties properties, ObjectProvider<EmbeddedNeo4jCustomizer> customizers,
            AllowedOrigins origins) {
        Path home = home(properties);
        StartChecks.freeSpace(home, properties.minFreeSpace());
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
                    .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes());
            customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
            service = builder.build();
        } catch (RuntimeException e) {
            guard.close();
            throw e;
        }
        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        warmUpCypher(db);
        secure(service, db, credentials, home);
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
     * Compiles a first query on another thread while the application goes on creating its beans:
     * the first query a database answers loads and links Neo4j's Cypher compiler, seconds of a
     * restart that the application's own first query (the server check) otherwise waits for. A
     * read of the components list, changing nothing; a failure here is only a lost head start.
     */
    private static void warmUpCypher(GraphDatabaseAPI db) {
        Thread.ofPlatform().daemon().name("cypher-warm-up").start(() -> {
            try {
                db.executeTransactionally("CALL dbms.components() YIELD name RETURN name");
            } catch (RuntimeException e) {
                log.debug("Cypher warm-up failed; the first query will compile on its own", e);
            }
        });
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

    /**
     * The API's reads, run in this process rather than over Bolt ({@code citegraph.embedded.reads=bolt}
     * sends them through the driver as on a server). Primary: it takes the place of the driver's.
     */
    @Bean
    @Primary
    @ConditionalOnProperty(name = "citegraph.embedded.reads", havingValue = "in-process", matchIfMissing = true)
    ReadQueries inProcessReads(EmbeddedNeo4j neo4j, GraphDatabase database) {
        return new InProcessReads(neo4j.service().database(database.name() == null
                ? GraphDatabaseSettings.DEFAULT_DATABASE_NAME : database.name()), database.readTimeout());
    }

    /** Points Spring's Neo4j driver at the embedded database's private listener, as the one login that may write. */
    @Bean
    Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return neo4j.internalUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.basic(neo4j.credentials().appUser(), neo4j.credentials().appPassword());
            }
        };
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
