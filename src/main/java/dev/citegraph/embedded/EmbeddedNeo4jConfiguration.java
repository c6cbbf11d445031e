package dev.citegraph.embedded;

import java.net.URI;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

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
public class EmbeddedNeo4jConfiguration {

    /**
     * The running database. {@code boltUri} is the public, guarded address users and Browser
     * connect to; {@code internalUri} is Neo4j's own listener, which only the application's driver uses.
     */
    public record EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, URI internalUri, Path home,
            boolean ephemeral, BoltCredentials credentials, OriginGuard guard) {
    }

    /**
     * The database {@link EarlyStart} began starting when the application was prepared: by the time
     * a bean first needs it, Neo4j has been starting beside Spring's own start for seconds.
     */
    @Bean
    EmbeddedNeo4j embeddedNeo4j(EmbeddedStart start) {
        return start.await();
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
}
