package dev.citegraph.security;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.IntegrationTest;
import dev.citegraph.embedded.BoltCredentials;
import dev.citegraph.embedded.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded database's door, tried from outside the way an attacker would: real sockets to
 * the public Bolt port, real logins, real HTTP.
 */
class BoltSecurityIT extends IntegrationTest {

    @Autowired(required = false)
    private EmbeddedNeo4j embedded;

    @BeforeEach
    void embeddedOnly() {
        assumeTrue(embedded != null, "these are the embedded database's defences");
    }

    @Test
    void aWebSocketFromAnotherOriginIsRefusedAndOneFromTheApplicationsOwnIsAccepted() throws Exception {
        assertThat(upgrade("http://evil.example")).startsWith("HTTP/1.1 403");
        assertThat(upgrade("http://localhost:" + port + ".evil.example")).startsWith("HTTP/1.1 403");
        assertThat(upgrade("null")).startsWith("HTTP/1.1 403");
        assertThat(upgrade("http://127.0.0.1:" + port)).startsWith("HTTP/1.1 101");
        assertThat(upgrade("http://localhost:" + port)).startsWith("HTTP/1.1 101");
    }

    @Test
    void boltWithoutAPasswordOrWithAWrongOneIsRefused() {
        try (Driver anonymous = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (Driver guessing = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(guessing::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void loadCsvReadsNoLocalFileAndFetchesNoUrlEvenForTheApplicationsLogin() {
        assertThatThrownBy(() -> cypher("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1"))
                .isInstanceOf(Neo4jException.class);
        assertThatThrownBy(() -> cypher("LOAD CSV FROM $url AS line RETURN line LIMIT 1",
                Map.of("url", "http://127.0.0.1:" + port + "/guide/citegraph.grass")))
                .isInstanceOf(Neo4jException.class);
    }

    @Test
    void browsersLoginReadsButCannotWriteNorTakeOverTheApplicationsLogin() {
        BoltCredentials credentials = embedded.credentials();
        long before = cypher("MATCH (n) RETURN count(n) AS n").getFirst().get("n").asLong();
        try (Driver browser = GraphDatabase.driver(embedded.boltUri(),
                AuthTokens.basic(credentials.browserUser(), credentials.browserPassword()))) {
            assertThat(browser.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().getFirst()
                    .get("n").asLong()).isEqualTo(before);
            assertThatThrownBy(() -> browser.executableQuery("CREATE (:Forged {quote: 'never said'})").execute())
                    .hasMessageContaining("can read but not change");
            assertThatThrownBy(() -> browser.executableQuery("MATCH (e:Entity {id: 'wu-zeming'}) SET e.name = 'X'").execute())
                    .hasMessageContaining("can read but not change");
            assertThatThrownBy(() -> browser.executableQuery("MATCH ()-[r]->() WITH r LIMIT 1 DELETE r").execute())
                    .hasMessageContaining("can read but not change");
            QueryConfig system = QueryConfig.builder().withDatabase("system").build();
            assertThatThrownBy(() -> browser.executableQuery("ALTER USER neo4j SET PASSWORD 'taken-over-1' CHANGE NOT REQUIRED")
                    .withConfig(system).execute()).hasMessageContaining("can read but not change");
            assertThatThrownBy(() -> browser.executableQuery("CREATE USER intruder SET PASSWORD 'intruder-1'")
                    .withConfig(system).execute()).hasMessageContaining("can read but not change");
        }
        assertThat(cypher("MATCH (n) RETURN count(n) AS n").getFirst().get("n").asLong()).isEqualTo(before);
        assertThat(query("{ entity(id: \"wu-zeming\") { name } }").at("/entity/name").asString()).isEqualTo("Wu Zeming");
    }

    @Test
    void thePasswordsAreKeptInAFileOnlyItsOwnerCanRead() throws Exception {
        var file = embedded.home().resolve("bolt-credentials.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains(embedded.credentials().appPassword());
    }

    @Test
    void browsersStartPageCarriesOnlyTheReadOnlyLoginAndOnlyToLoopbackNames() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/browser/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(embedded.credentials().browserPassword())
                .doesNotContain(embedded.credentials().appPassword());
        // What a page on evil.example, renamed to 127.0.0.1 by its DNS, would get.
        var rebound = rawGet("/browser/", "evil.example:" + port);
        assertThat(rebound).startsWith("HTTP/1.1 421").doesNotContain(embedded.credentials().browserPassword());
    }

    private String upgrade(String origin) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", embedded.boltUri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + embedded.boltUri().getPort() + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Origin: " + origin + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return firstLine(socket.getInputStream());
        }
    }

    private String rawGet(String path, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String firstLine(InputStream in) throws Exception {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\r'; b = in.read()) {
            line.append((char) b);
        }
        return line.toString();
    }
}
