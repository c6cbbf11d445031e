package dev.citegraph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.citegraph.embedded.BoltCredentials;
import dev.citegraph.embedded.EmbeddedCondition;
import dev.citegraph.embedded.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;
import dev.citegraph.ingest.CitegraphPaths;
import dev.citegraph.security.LoopbackHost;
import tools.jackson.databind.json.JsonMapper;

/**
 * Browser's start page, with its read-only login already filled in, so that it connects by
 * itself. Browser keeps its connections in the page's local storage and, on start, connects with
 * the stored credentials of its discovered connection; a few lines before its own scripts put
 * ours there. The credentials travel only inside this HTML page, which other web origins cannot
 * read, and only to requests addressed to this machine by a loopback name (a page on another
 * site that renames itself to 127.0.0.1 by DNS would present its own name).
 */
@RestController
@Conditional(EmbeddedCondition.class)
class BrowserPageController {

    /** Browser's id for the connection it discovers from its own origin. */
    static final String CONNECTION_ID = "$$discovery";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EmbeddedNeo4j neo4j;
    private final LoopbackHost hosts;
    private final Path grass;
    private final String index;

    BrowserPageController(EmbeddedNeo4j neo4j, LoopbackHost hosts, CitegraphPaths paths) {
        this.neo4j = neo4j;
        this.hosts = hosts;
        this.grass = paths.cypher().resolve("style.grass");
        try (InputStream in = new ClassPathResource("browser/index.html").getInputStream()) {
            this.index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Neo4j Browser's files are missing from the classpath", e);
        }
    }

    @GetMapping("/browser")
    ResponseEntity<Void> withSlash(HttpServletRequest request) {
        String query = request.getQueryString();
        return ResponseEntity.status(HttpStatus.FOUND)
                .header("Location", "/browser/" + (query == null ? "" : "?" + query)).build();
    }

    @GetMapping(path = {"/browser/", "/browser/index.html"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> browser(HttpServletRequest request) {
        if (!hosts.isLoopback(request)) {
            return ResponseEntity.status(HttpStatus.MISDIRECTED_REQUEST).contentType(MediaType.TEXT_PLAIN)
                    .body("Open Neo4j Browser at http://localhost:" + request.getLocalPort() + "/browser/\n");
        }
        String page = index.replace("<head>", "<head><script>" + seed(request) + "</script>");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(page);
    }

    /**
     * Merges Browser's discovered connection, with the read-only login, into what it has stored,
     * and stores citegraph's style where Browser keeps the one it draws with. Read at each page
     * load, so an edited style.grass shows on reload; a style changed inside Browser lasts until then.
     */
    private String seed(HttpServletRequest request) {
        BoltCredentials credentials = neo4j.credentials();
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("id", CONNECTION_ID);
        connection.put("name", CONNECTION_ID);
        connection.put("type", "bolt");
        connection.put("host", "neo4j://" + DiscoveryController.host(neo4j, request) + ":" + neo4j.boltUri().getPort());
        connection.put("authenticationMethod", "NATIVE");
        connection.put("username", credentials.browserUser());
        connection.put("password", credentials.browserPassword());
        // JSON is valid JavaScript; escaping '<' keeps a stray "</script>" from ending the element.
        String json = JSON.writeValueAsString(connection).replace("<", "\\u003c");
        String style = Files.isRegularFile(grass) ? GrassStyle.read(grass).json().replace("<", "\\u003c") : "null";
        return """
                (function () {
                  var key = "neo4j.connections", c = %s, style = %s, s;
                  try { s = JSON.parse(localStorage.getItem(key)) || {}; } catch (e) { s = {}; }
                  s.allConnectionIds = (s.allConnectionIds || []).filter(function (id) { return id !== c.id; }).concat([c.id]);
                  s.connectionsById = s.connectionsById || {};
                  s.connectionsById[c.id] = Object.assign({}, s.connectionsById[c.id], c);
                  localStorage.setItem(key, JSON.stringify(s));
                  if (style) { localStorage.setItem("neo4j.grass", JSON.stringify(style)); }
                })();""".formatted(json, style);
    }
}
