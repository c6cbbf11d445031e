package dev.citegraph.browser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.citegraph.embedded.EmbeddedCondition;

/**
 * With {@code NEO4J_URI} the graph lives on a Neo4j server, whose own Browser (port 7474) is the
 * one to use; a copy served here would only show the wrong connection. {@code /browser/} says so
 * instead of answering with a bare 404.
 */
@RestController
@Conditional(BrowserElsewhereController.ServerInUse.class)
class BrowserElsewhereController {

    private final String uri;

    BrowserElsewhereController(@Value("${spring.neo4j.uri}") String uri) {
        this.uri = uri;
    }

    @GetMapping(path = {"/browser", "/browser/"}, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> elsewhere() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body("""
                This application uses the Neo4j server at %s, so it does not serve Neo4j Browser itself.
                Open that server's own Browser instead: with docker compose, http://localhost:7474/browser/
                The guided tour is at /guide/citegraph.html and the style at /guide/citegraph.grass.
                """.formatted(uri));
    }

    static class ServerInUse extends EmbeddedCondition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}
