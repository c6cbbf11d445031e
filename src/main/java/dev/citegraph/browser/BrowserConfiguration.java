package dev.citegraph.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.citegraph.embedded.EmbeddedCondition;
import dev.citegraph.embedded.EmbeddedNeo4jCustomizer;
import dev.citegraph.ingest.CitegraphPaths;

/**
 * Neo4j Browser next to the embedded database: its static files (the {@code neo4j-browser} jar)
 * at {@code /browser/}, and the client settings Browser reads from the database after it
 * connects ({@code CALL dbms.clientConfig()}). A Neo4j server has its own Browser on port 7474,
 * so none of this runs with {@code NEO4J_URI}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedCondition.class)
class BrowserConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BrowserConfiguration.class);

    /** Hosts Browser may load guides and styles from: this application, however it is addressed. */
    static final String REMOTE_CONTENT_HOSTS = "localhost,127.0.0.1,[::1],guides.neo4j.com";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
    }

    /**
     * Applies citegraph's style each time Browser connects. The style travels inline as JSON rather
     * than as a {@code :style <url>}, because the database starts before the web server knows its
     * port (a random one in tests).
     */
    @Bean
    EmbeddedNeo4jCustomizer browserClientSettings(CitegraphPaths paths) {
        String postConnect = styleCommand(paths.cypher().resolve("style.grass"));
        return builder -> builder
                .setConfig(ServerSettings.browser_post_connect_cmd, postConnect)
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, REMOTE_CONTENT_HOSTS)
                // Researchers' queries are nobody else's business, and the network may be closed anyway.
                .setConfig(ServerSettings.allow_telemetry, false);
    }

    /** Refuses a style Browser could not read; a missing one only costs the colours. */
    private static String styleCommand(Path grass) {
        if (!Files.isRegularFile(grass)) {
            log.warn("No {}; Neo4j Browser will use its default style", grass);
            return "";
        }
        return GrassStyle.read(grass).styleCommand();
    }
}
