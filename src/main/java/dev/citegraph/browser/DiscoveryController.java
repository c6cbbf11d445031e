package dev.citegraph.browser;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.neo4j.kernel.internal.Version;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.citegraph.embedded.EmbeddedCondition;
import dev.citegraph.embedded.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;

/**
 * What a Neo4j server answers at {@code GET /} and Browser asks its own origin for: where Bolt
 * listens. With it, Browser served from here fills in the embedded database's address (whatever
 * port it got) and needs no typing but "No authentication".
 */
@RestController
@Conditional(EmbeddedCondition.class)
class DiscoveryController {

    private final EmbeddedNeo4j neo4j;

    DiscoveryController(EmbeddedNeo4j neo4j) {
        this.neo4j = neo4j;
    }

    @GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> discovery(HttpServletRequest request) {
        String address = host(request) + ":" + neo4j.boltUri().getPort();
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("bolt_routing", "neo4j://" + address);
        answer.put("bolt_direct", "bolt://" + address);
        answer.put("neo4j_version", Version.getNeo4jVersion());
        answer.put("neo4j_edition", "community");
        return answer;
    }

    /** The address Bolt listens on, unless it listens on all of them: then the one the browser used. */
    private String host(HttpServletRequest request) {
        String bound = neo4j.boltUri().getHost();
        try {
            if (InetAddress.getByName(bound).isAnyLocalAddress()) {
                return request.getServerName();
            }
        } catch (UnknownHostException e) {
            // A name rather than an address: advertise it as it is.
        }
        return bound;
    }
}
