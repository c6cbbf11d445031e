package dev.citegraph.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
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
 */
@ConfigurationProperties("citegraph.embedded")
public record EmbeddedProperties(Boolean enabled, Path home, boolean ephemeral, String boltAddress,
        Integer boltPort, DataSize pageCache) {

    public EmbeddedProperties {
        enabled = enabled == null || enabled;
        home = home == null ? Path.of("data", "neo4j") : home;
        boltAddress = boltAddress == null ? "127.0.0.1" : boltAddress;
        boltPort = boltPort == null ? 7687 : boltPort;
        pageCache = pageCache == null ? DataSize.ofMegabytes(64) : pageCache;
    }
}
