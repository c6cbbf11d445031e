package dev.citegraph.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.citegraph.CitegraphApplication;
import dev.citegraph.embedded.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the application (Ctrl-C, a container's stop, a test closing its context) stops the
 * embedded database promptly, with a Browser still connected. Neo4j's Bolt server used to wait for
 * each of its two event-loop groups to stay idle 5 s, so every stop took ten seconds more than its
 * work; the bound below is half of that wait, far above the second or so a stop takes.
 */
class ShutdownIT {

    @TempDir
    Path data;

    @Test
    void theApplicationStopsWithinSecondsWhileABrowserIsConnected() {
        ConfigurableApplicationContext app = SpringApplication.run(CitegraphApplication.class, "--server.port=0",
                "--citegraph.embedded.bolt-port=0", "--citegraph.embedded.home=" + data, "--citegraph.admin.token=test");
        EmbeddedNeo4j neo4j = app.getBean(EmbeddedNeo4j.class);
        try (Driver browser = GraphDatabase.driver(neo4j.boltUri().toString(),
                AuthTokens.basic(neo4j.credentials().browserUser(), neo4j.credentials().browserPassword()))) {
            browser.verifyConnectivity();
            long started = System.nanoTime();
            app.close();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
