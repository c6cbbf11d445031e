package dev.citegraph.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no token, no generated token and no user configured, writes are off and say which
 * variables turn them on; reads work as ever. Its own application (the others have credentials),
 * started without loading the corpus, which this test does not need.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"citegraph.embedded.ephemeral=true", "citegraph.embedded.bolt-port=0", "citegraph.ingest-on-start=false",
                "citegraph.admin.token=", "citegraph.admin.token-file=none", "citegraph.admin.user=", "citegraph.admin.password="})
class NoCredentialsIT {

    @LocalServerPort
    int port;

    @Test
    void aWriteAnswersWhichVariablesToSetAndAReadStillWorks() throws Exception {
        HttpSyncGraphQlClient graphql = HttpSyncGraphQlClient.create(RestClient.builder()
                .baseUrl("http://localhost:" + port + "/graphql").defaultHeader("Authorization", "Bearer anything").build());

        var refused = graphql.document("mutation { reviewClaim(id: \"x\", decision: ACCEPTED, reviewer: \"me\") { id } }").executeSync();
        assertThat(refused.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
            assertThat(e.getMessage()).contains("no credentials are configured")
                    .contains("Set CITEGRAPH_ADMIN_TOKEN, or CITEGRAPH_ADMIN_USER and CITEGRAPH_ADMIN_PASSWORD");
        });
        assertThat(graphql.document("{ stats { entities } }").executeSync().getErrors()).isEmpty();

        HttpResponse<String> reload;
        try (HttpClient http = HttpClient.newHttpClient()) {
            reload = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/reload"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(reload.statusCode()).isEqualTo(401);
        assertThat(reload.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(reload.body()).contains("CITEGRAPH_ADMIN_TOKEN");
    }
}
