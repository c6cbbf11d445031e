package dev.citegraph.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.IntegrationTest;
import dev.citegraph.embedded.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What Neo4j Browser asks the application and the embedded database for, over real HTTP and Bolt. */
class BrowserEndpointsIT extends IntegrationTest {

    private static final Path STYLE = Path.of("cypher", "style.grass");
    private static final HttpClient HTTP = HttpClient.newHttpClient(); // follows no redirects

    @Autowired(required = false)
    private EmbeddedNeo4j embedded;

    @Test
    void discoveryNamesTheBoltPortTheEmbeddedDatabaseActuallyListensOn() throws Exception {
        int boltPort = embedded().boltUri().getPort();
        var response = get("/", Map.of("Accept", "application/json"));
        JsonNode discovery = JsonMapper.builder().build().readTree(response.body());
        assertThat(boltPort).isNotEqualTo(7687); // tests run on a random port, so a hard-coded default would show
        assertThat(discovery.get("bolt_direct").asString()).isEqualTo("bolt://127.0.0.1:" + boltPort);
        assertThat(discovery.get("bolt_routing").asString()).isEqualTo("neo4j://127.0.0.1:" + boltPort);
        assertThat(discovery.get("neo4j_edition").asString()).isEqualTo("community");
    }

    @Test
    void browserStartPageServesBrowserWithItsReadOnlyLoginStoredForTheDiscoveredConnection() throws Exception {
        var credentials = embedded().credentials();
        var redirect = get("/browser", Map.of());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).endsWith("/browser/");
        var page = get("/browser/", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Neo4j Browser</title>")
                .contains("\"$$discovery\"", "\"username\":\"" + credentials.browserUser() + "\"",
                        "\"password\":\"" + credentials.browserPassword() + "\"");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void browsersPageCarriesTheStyleSoNoCommandRunsAfterConnecting() throws Exception {
        embedded();
        Map<String, String> settings = cypher("CALL dbms.clientConfig() YIELD name, value RETURN name, value").stream()
                .collect(Collectors.toMap(r -> r.get("name").asString(), r -> r.get("value").asString()));
        // A post-connect command would open every session with a frame of its output.
        assertThat(settings.getOrDefault("browser.post_connect_cmd", "")).isEmpty();
        assertThat(settings.get("browser.remote_content_hostname_whitelist").split(",")).contains("localhost", "127.0.0.1");
        assertThat(settings).containsEntry("client.allow_telemetry", "false");
        // JSON in a script element: '<' is escaped so that no caption can end the element.
        String style = GrassStyle.read(STYLE).json().replace("<", "\\u003c");
        assertThat(get("/browser/", Map.of()).body()).contains("style = " + style + ",", "\"neo4j.grass\"");
    }

    @Test
    void everyArrowCaptionedByItsTitleHasOneOrItWouldBeBlank() {
        var rules = GrassStyle.read(STYLE).rules();
        cypher("MATCH (:Entity)-[r]->(:Entity) WHERE r.title IS NULL RETURN DISTINCT type(r) AS type").forEach(r -> {
            String type = r.get("type").asString();
            assertThat(rules.getOrDefault("relationship." + type, Map.of()).get("caption")).as(type).isNotEqualTo("{title}");
        });
        assertThat(rules.get("relationship.HOLDS_POSITION")).containsEntry("caption", "{title}");
    }

    @Test
    void theFrontDoorAnswersPeopleWithHtmlAndBrowserWithItsDiscoveryJson() throws Exception {
        embedded();
        // What Chromium and Firefox send for a page, and what Browser sends for discovery.
        var page = get("/", Map.of("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<title>citegraph</title>");
        var discovery = get("/", Map.of("Accept", "application/json"));
        assertThat(discovery.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(discovery.body()).contains("\"bolt_direct\"");
        // curl and scripts that accept anything keep getting what a Neo4j server answers there.
        assertThat(get("/", Map.of("Accept", "*/*")).body()).contains("\"bolt_direct\"");
    }

    @Test
    void styleAndGuideAreServedToBrowsersOfOtherOrigins() throws Exception {
        var style = get("/guide/citegraph.grass", Map.of("Origin", "http://localhost:7474"));
        assertThat(style.body()).isEqualTo(Files.readString(STYLE));
        assertThat(style.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

        // Browser sends no-cache headers with remote guides, so the real request is preceded by a preflight.
        var preflight = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/guide/citegraph.html"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:7474")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "pragma,cache-control").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

        var guide = get("/guide/citegraph.html", Map.of("Origin", "http://localhost:7474"));
        assertThat(guide.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(guide.body()).contains("<slide>");
    }

    /** Where Docker runs, the suite uses a Neo4j server, which brings its own Browser: nothing to test here. */
    private EmbeddedNeo4j embedded() {
        assumeTrue(embedded != null, "the application serves Browser next to the embedded database only");
        return embedded;
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
