package dev.citegraph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a random HTTP port, against a real Neo4j: a Testcontainers Neo4j
 * where a Docker engine runs, otherwise the in-process database on a fresh temporary folder and a
 * free Bolt port. Every integration test extends this, so they share one application context
 * (and one database), and talk to it the way users do: GraphQL over HTTP, Cypher over Bolt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"citegraph.embedded.ephemeral=true", "citegraph.embedded.bolt-port=0",
                "citegraph.admin.token=" + IntegrationTest.ADMIN_TOKEN, "citegraph.admin.user=" + IntegrationTest.ADMIN_USER,
                "citegraph.admin.password=" + IntegrationTest.ADMIN_PASSWORD})
public abstract class IntegrationTest {

    /** The token writes over HTTP need in the tests. */
    public static final String ADMIN_TOKEN = "test-admin-token";
    /** The user and password (HTTP Basic) writes accept as well. */
    public static final String ADMIN_USER = "a.curator";
    public static final String ADMIN_PASSWORD = "test-password-é";

    /** The Neo4j image matching the embedded database's version. */
    public static final String NEO4J_IMAGE = "neo4j:2026.08.1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Neo4jContainer server;

    @DynamicPropertySource
    static void neo4jServerWhereDockerRuns(DynamicPropertyRegistry registry) {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return;
        }
        synchronized (IntegrationTest.class) {
            if (server == null) {
                server = new Neo4jContainer(NEO4J_IMAGE).withAdminPassword("citegraph-test");
                server.start();
            }
        }
        registry.add("NEO4J_URI", server::getBoltUrl);
        registry.add("NEO4J_USERNAME", () -> "neo4j");
        registry.add("NEO4J_PASSWORD", server::getAdminPassword);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected Driver driver;

    protected HttpSyncGraphQlClient graphql;

    @BeforeEach
    void graphqlClient() {
        graphql = HttpSyncGraphQlClient.create(RestClient.create("http://localhost:" + port + "/graphql"));
    }

    /** Runs a GraphQL document and returns its data; fails the test on any GraphQL error. */
    protected JsonNode query(String document, Map<String, Object> variables) {
        ClientGraphQlResponse response = graphql.document(document).variables(variables).executeSync();
        assertThat(response.getErrors()).as("GraphQL errors of %s", document).isEmpty();
        return JSON.valueToTree(response.getData());
    }

    protected JsonNode query(String document) {
        return query(document, Map.of());
    }

    /** Runs a GraphQL document that must fail, and returns its errors. */
    protected List<ResponseError> errors(String document, Map<String, Object> variables) {
        ClientGraphQlResponse response = graphql.document(document).variables(variables).executeSync();
        assertThat(response.getErrors()).as("GraphQL errors of %s", document).isNotEmpty();
        return response.getErrors();
    }

    /** Runs Cypher directly against the database, as a Browser user or a script would. */
    protected List<Record> cypher(String statement, Map<String, Object> parameters) {
        return driver.executableQuery(statement).withParameters(parameters).execute().records();
    }

    protected List<Record> cypher(String statement) {
        return cypher(statement, Map.of());
    }
}
