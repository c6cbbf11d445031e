package dev.citegraph.browser;

import org.neo4j.server.configuration.ServerSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.citegraph.embedded.EmbeddedCondition;
import dev.citegraph.embedded.EmbeddedNeo4jCustomizer;

/**
 * Neo4j Browser next to the embedded database: its static files (the {@code neo4j-browser} jar)
 * at {@code /browser/}, and the client settings Browser reads from the database after it
 * connects ({@code CALL dbms.clientConfig()}). A Neo4j server has its own Browser on port 7474,
 * so none of this runs with {@code NEO4J_URI}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedCondition.class)
class BrowserConfiguration implements WebMvcConfigurer {

    /** Hosts Browser may load guides and styles from: this application, however it is addressed. */
    static final String REMOTE_CONTENT_HOSTS = "localhost,127.0.0.1,[::1],guides.neo4j.com";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
    }

    /**
     * What Browser reads from the database after it connects. No post-connect command: it would
     * open every session with a frame of its own output. The style travels with Browser's page
     * instead ({@link BrowserPageController}).
     */
    @Bean
    EmbeddedNeo4jCustomizer browserClientSettings() {
        return builder -> builder
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, REMOTE_CONTENT_HOSTS)
                // Researchers' queries are nobody else's business, and the network may be closed anyway.
                .setConfig(ServerSettings.allow_telemetry, false);
    }
}
