package dev.citegraph.database;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Which database of the Neo4j server the application reads and writes ({@code NEO4J_DATABASE};
 * by default the server's home database, {@code neo4j} on the embedded one), and how reads and
 * writes reach it. Every query of the application takes its configuration from here, and reads and
 * writes share the driver's bookmark manager, so a read that follows a write sees it, on a cluster too.
 */
@Component
public class GraphDatabase {

    /** @param database the database name, or empty for the server's home database */
    @ConfigurationProperties("citegraph.neo4j")
    public record Settings(String database) {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Settings.class)
    static class SettingsConfiguration {

        /** The API's reads over Bolt; the embedded database's in-process reads take precedence where they run. */
        @Bean
        ReadQueries boltReads(GraphDatabase database) {
            return database.overBolt();
        }
    }

    private final Driver driver;
    private final String name;
    private final Duration readTimeout;

    public GraphDatabase(Driver driver, Settings settings) {
        this(driver, settings, Duration.ZERO);
    }

    /**
     * @param readTimeout how long one read may run before the database cancels its transaction
     *     ({@code citegraph.limits.query-timeout}); zero for the server's own limit
     */
    @Autowired
    public GraphDatabase(Driver driver, Settings settings, @Value("${citegraph.limits.query-timeout:10s}") Duration readTimeout) {
        this.driver = driver;
        this.name = StringUtils.hasText(settings.database()) ? settings.database().strip() : null;
        this.readTimeout = readTimeout;
    }

    public Driver driver() {
        return driver;
    }

    /** Read queries sent over Bolt, as the driver routes them: the only way to a server or cluster. */
    public ReadQueries overBolt() {
        return new ReadQueries() {
            @Override
            public List<Record> run(String cypher, Map<String, Object> parameters) {
                return driver.executableQuery(cypher).withParameters(parameters).withConfig(reads()).execute().records();
            }

            @Override
            public void stream(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Record> row) {
                // An auto-commit query, not a managed transaction: a retry would hand the rows over twice.
                try (Session session = driver.session(sessionBuilder().withDefaultAccessMode(AccessMode.READ).build())) {
                    session.run(new Query(cypher, parameters), TransactionConfig.builder().withTimeout(timeout).build())
                            .forEachRemaining(row);
                }
            }
        };
    }

    /** How long one read may run; zero for the server's own limit. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** The configured database, or null for the server's home database. */
    public String name() {
        return name;
    }

    /** Read queries: routed to a reader on a cluster. */
    public QueryConfig reads() {
        // A request must never hold the database for longer than this, whatever it asks.
        return config(RoutingControl.READ, readTimeout);
    }

    /** Single write queries (schema, migrations). */
    public QueryConfig writes() {
        return config(RoutingControl.WRITE, Duration.ZERO);
    }

    private QueryConfig config(RoutingControl routing, Duration timeout) {
        QueryConfig.Builder builder = QueryConfig.builder().withRouting(routing)
                .withBookmarkManager(driver.executableQueryBookmarkManager());
        if (!timeout.isZero()) {
            builder.withTimeout(timeout);
        }
        if (name != null) {
            builder.withDatabase(name);
        }
        return builder.build();
    }

    /** Sessions for transactions of several statements (the ingest), sharing the bookmarks of every query. */
    public SessionConfig session() {
        return sessionBuilder().build();
    }

    private SessionConfig.Builder sessionBuilder() {
        SessionConfig.Builder builder = SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager());
        if (name != null) {
            builder.withDatabase(name);
        }
        return builder;
    }
}
