package dev.citegraph.browser;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.citegraph.embedded.EmbeddedCondition;

/**
 * Neo4j Browser next to the embedded database: its static files (the {@code neo4j-browser} jar)
 * at {@code /browser/} (the client settings it reads from the database are {@link
 * BrowserClientSettings}). A Neo4j server has its own Browser on port 7474, so none of this runs
 * with {@code NEO4J_URI}.
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
}
