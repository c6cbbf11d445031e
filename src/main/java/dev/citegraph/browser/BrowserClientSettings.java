package dev.citegraph.browser;

import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.server.configuration.ServerSettings;

import dev.citegraph.embedded.EmbeddedNeo4jCustomizer;

/**
 * What Neo4j Browser reads from the embedded database after it connects ({@code CALL
 * dbms.clientConfig()}). No post-connect command: it would open every session with a frame of its
 * own output. The style travels with Browser's page instead ({@link BrowserPageController}).
 * Listed in {@code META-INF/spring.factories}: the database starts before the application's beans exist.
 */
public class BrowserClientSettings implements EmbeddedNeo4jCustomizer {

    @Override
    public void customize(DatabaseManagementServiceBuilder builder) {
        builder.setConfig(ServerSettings.browser_remote_content_hostname_whitelist, BrowserConfiguration.REMOTE_CONTENT_HOSTS)
                // Researchers' queries are nobody else's business, and the network may be closed anyway.
                .setConfig(ServerSettings.allow_telemetry, false);
    }
}
