package dev.citegraph.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The guided tour ({@code /guide/citegraph.html}, a static page) and the Browser style
 * ({@code /guide/citegraph.grass}, read from the cypher folder). Served with or without the
 * embedded database, and open to other origins: with docker compose they are loaded by the Neo4j
 * server's own Browser on port 7474, which is another origin than this application.
 */
@Configuration(proxyBeanMethods = false)
class GuideConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // Browser asks with no-cache headers, so a preflight comes first; nothing here is private.
        registry.addMapping("/guide/**").allowedOrigins("*").allowedMethods("GET").allowedHeaders("*");
    }
}
