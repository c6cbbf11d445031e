package dev.citegraph.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.layout.Neo4jLayout;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j that runs when no {@code NEO4J_URI} is given.
 *
 * @param enabled false to never start it (tests against a container set this)
 * @param home the database's folder; ignored when {@code ephemeral}
 * @param ephemeral a fresh temporary folder, removed at shutdown (tests)
 * @param boltAddress the loopback address Bolt listens on; Browser connects here
 * @param boltPort 7687 by default; 0 picks a free port
 * @param pageCache memory for caching the store; the default would take half the machine
 * @param boltPassword the application's Bolt password; empty: generated once and kept in the data folder
 * @param browserPassword Neo4j Browser's (read-only) Bolt password; empty: generated and kept likewise
 * @param allowedOrigins web origins besides the application's own whose pages may open a Bolt WebSocket
 * @param minFreeSpace the free disk space the data folder needs to start
 * @param txLogRotation size of one transaction log file (they are not preallocated)
 */
@ConfigurationProperties(EmbeddedProperties.PREFIX)
public record EmbeddedProperties(Boolean enabled, Path home, boolean ephemeral, String boltAddress,
        Integer boltPort, DataSize pageCache, String boltPassword, String browserPassword, List<String> allowedOrigins,
        DataSize minFreeSpace, DataSize txLogRotation) {

    static final String PREFIX = "citegraph.embedded";

    /**
     * The settings as the environment gives them, for code that runs before there are beans to
     * inject them into (the database's early start, the corpus preload).
     */
    public static EmbeddedProperties of(Environment environment) {
        return Binder.get(environment).bindOrCreate(PREFIX, EmbeddedProperties.class);
    }

    /**
     * Whether the database has no store yet, so that its start creates one: a temporary folder, or
     * a folder without the default database's store.
     */
    public boolean fresh() {
        return ephemeral || !Files.isDirectory(Neo4jLayout.of(home.toAbsolutePath())
                .databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).databaseDirectory());
    }

    public EmbeddedProperties {
        enabled = enabled == null || enabled;
        home = home == null ? Path.of("data", "neo4j") : home;
        boltAddress = boltAddress == null ? "127.0.0.1" : boltAddress;
        boltPort = boltPort == null ? 7687 : boltPort;
        pageCache = pageCache == null ? DataSize.ofMegabytes(64) : pageCache;
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        minFreeSpace = minFreeSpace == null ? DataSize.ofMegabytes(100) : minFreeSpace;
        txLogRotation = txLogRotation == null ? DataSize.ofMegabytes(16) : txLogRotation;
    }
}
