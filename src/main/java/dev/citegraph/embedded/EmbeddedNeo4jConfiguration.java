package dev.citegraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The default, single-machine database: Neo4j Community running inside the application's JVM,
 * reachable over Bolt on loopback so that the driver, Neo4j Browser and cypher-shell all talk to
 * it exactly as they would to a server. Only Bolt is opened; Neo4j's own HTTP server stays off
 * because its Jetty would clash with the application's web server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedCondition.class)
@EnableConfigurationProperties(EmbeddedProperties.class)
public class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    /** The running database and the Bolt address it listens on. */
    public record EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, Path home, boolean ephemeral) {

        void shutdown() {
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

    @Bean(destroyMethod = "shutdown")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedProperties properties, ObjectProvider<EmbeddedNeo4jCustomizer> customizers) {
        Path home = home(properties);
        long started = System.nanoTime();
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address,
                        new SocketAddress(properties.boltAddress(), properties.boltPort()))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        DatabaseManagementService service = builder.build();
        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var bolt = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI uri = URI.create("bolt://" + properties.boltAddress() + ":" + bolt.getPort());
        log.info("Embedded Neo4j started in {} ms at {} (data in {})", (System.nanoTime() - started) / 1_000_000,
                uri, home);
        return new EmbeddedNeo4j(service, uri, home, properties.ephemeral());
    }

    /** Points Spring's Neo4j driver at the embedded database; there is no authentication on loopback. */
    @Bean
    Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return neo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
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
