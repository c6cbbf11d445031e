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
 * listens: the public, guarded Bolt port, whatever port it got. Browser served from here takes
 * the address from it; the login comes with the page ({@link BrowserPageController}).
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
        String address = host(neo4j, request) + ":" + neo4j.boltUri().getPort();
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("bolt_routing", "neo4j://" + address);
        answer.put("bolt_direct", "bolt://" + address);
        answer.put("neo4j_version", Version.getNeo4jVersion());
        answer.put("neo4j_edition", "community");
        return answer;
    }

    /** The address Bolt listens on, unless it listens on all of them: then the one the browser used. */
    static String host(EmbeddedNeo4j neo4j, HttpServletRequest request) {
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
