package dev.citegraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;

import dev.citegraph.CitegraphApplication;
import dev.citegraph.database.ServerCheckException;
import dev.citegraph.database.ServerCheckFailureAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The application against a real Neo4j server in another process, with authentication on, as on a
 * shared server: {@link Neo4jServer} runs it without Docker. The application is started the way a
 * user starts it ({@code NEO4J_URI}, {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD},
 * {@code NEO4J_DATABASE}) and is talked to over HTTP GraphQL; the server over Bolt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class ExternalServerIT {

    private static final String PASSWORD = "citegraph-server-test";
    private static final String DATABASE = "neo4j";
    private static final String STATS = "{ stats { entities relationships citations sources } }";
    private static final Map<String, Object> STATS_ANSWER =
            Map.of("stats", Map.of("entities", 97, "relationships", 169, "citations", 207, "sources", 5));
    private static final String ANSWERED = "answered";
    /** Longer than any wait the driver makes on its own, so a hang shows as a failure, not a stuck build. */
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(90);

    private static Neo4jServer server;
    private static Driver admin;
    private static ForeignData foreignBefore;
    private static ConfigurableApplicationContext app;
    private static HttpSyncGraphQlClient graphql;

    @BeforeAll
    static void aServerHoldingSomeoneElsesDataThenTheApplication() {
        server = Neo4jServer.start("external-server-it", PASSWORD);
        admin = server.driver();
        admin.executableQuery("""
                CREATE (:Person {name: 'Keanu'})-[:ACTED_IN {roles: ['Neo']}]->(:Movie {title: 'The Matrix'}),
                       (:Entity {id: 'someone-elses-entity', name: 'Not ours'}),
                       (:Source {id: 'someone-elses-source'})""").withConfig(neo4j()).execute();
        foreignBefore = ForeignData.of(admin, DATABASE);

        app = application(server.boltUri(), Neo4jServer.USER, PASSWORD, DATABASE);
        String url = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/graphql";
        JdkClientHttpRequestFactory http = new JdkClientHttpRequestFactory();
        http.setReadTimeout(HTTP_TIMEOUT);
        graphql = HttpSyncGraphQlClient.create(RestClient.builder().baseUrl(url).requestFactory(http).build());
    }

    @AfterAll
    static void stopAll() {
        if (app != null) {
            app.close();
        }
        if (admin != null) {
            admin.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void theApplicationLoadsTheCorpusIntoTheNamedDatabaseAndAnswersGraphQl() {
        assertThat(data(STATS)).isEqualTo(STATS_ANSWER);
        assertThat(data("{ entity(id: \"wu-zeming\") { name } }"))
                .isEqualTo(Map.of("entity", Map.of("name", "Wu Zeming")));
        // Over Bolt: the articles are in the database NEO4J_DATABASE names.
        assertThat(admin.executableQuery("MATCH (s:Source {id: 'chinanews-tongyi'}) RETURN count(s) AS n")
                .withConfig(neo4j()).execute().records().getFirst().get("n").asInt()).isEqualTo(1);
    }

    /** Fails until the ingest leaves other users' :Entity and :Source nodes alone (issue 14). */
    @Test
    @Order(2)
    void someoneElsesDataIsStillThereUnchanged() {
        ForeignData after = ForeignData.of(admin, DATABASE);
        assertThat(missing(foreignBefore.nodes(), after.nodes())).as("someone else's nodes gone or changed").isEmpty();
        assertThat(missing(foreignBefore.relationships(), after.relationships()))
                .as("someone else's relationships gone or changed").isEmpty();
    }

    /** Fails until the application marks every node it writes with the label Citegraph (issue 14). */
    @Test
    @Order(3)
    void theApplicationWritesNothingItDoesNotMarkAsItsOwn() {
        ForeignData after = ForeignData.of(admin, DATABASE);
        List<String> nodes = missing(after.nodes(), foreignBefore.nodes());
        List<String> relationships = missing(after.relationships(), foreignBefore.relationships());
        assertThat(nodes.size()).as("nodes written without the label %s, e.g. %s", ForeignData.OWN_LABEL,
                nodes.stream().limit(3).toList()).isZero();
        assertThat(relationships.size()).as("relationships written not between two %s nodes, e.g. %s",
                ForeignData.OWN_LABEL, relationships.stream().limit(3).toList()).isZero();
    }

    @Test
    @Order(4)
    void aWrongPasswordStopsTheStartWithOneLineNamingServerUserAndFix(CapturedOutput output) {
        ServerCheckException refused = refusedStart(server.boltUri(), Neo4jServer.USER, "not-the-password", DATABASE);

        assertOneLine(refused);
        assertThat(refused.getMessage()).contains(server.boltUri(), "'neo4j'", "NEO4J_USERNAME", "NEO4J_PASSWORD");
        assertReported(output, refused);
    }

    @Test
    @Order(5)
    void anUnknownDatabaseStopsTheStartSayingWhichAndHowToFixIt(CapturedOutput output) {
        ServerCheckException refused = refusedStart(server.boltUri(), Neo4jServer.USER, PASSWORD, "nosuchdb");

        assertOneLine(refused);
        assertThat(refused.getMessage()).contains(server.boltUri(), "'nosuchdb'", "NEO4J_DATABASE");
        assertReported(output, refused);
    }

    @Test
    @Order(6)
    void noServerAtTheAddressStopsTheStartAtOnce(CapturedOutput output) {
        String nowhere = "bolt://127.0.0.1:" + freePort();
        Instant started = Instant.now();
        ServerCheckException refused = refusedStart(nowhere, Neo4jServer.USER, PASSWORD, DATABASE);

        assertThat(Duration.between(started, Instant.now())).as("time to refuse").isLessThan(Duration.ofSeconds(20));
        assertOneLine(refused);
        assertThat(refused.getMessage()).contains(nowhere, "NEO4J_URI");
        assertReported(output, refused);
    }

    /**
     * The server goes away under the running application and comes back on the same port with the
     * same data. Meanwhile requests fail with a GraphQL error after the driver's retries, instead of
     * hanging; afterwards the application answers again by itself, without a restart.
     */
    @Test
    @Order(7)
    void theApplicationOutlivesARestartOfTheServer() {
        assertThat(data(STATS)).isEqualTo(STATS_ANSWER);
        int port = server.port();

        Instant stopping = Instant.now();
        server.stop();
        System.out.printf("The server stopped in %d ms%n", Duration.between(stopping, Instant.now()).toMillis());
        Instant asked = Instant.now();
        String duringOutage = attempt(STATS);
        Duration answeredIn = Duration.between(asked, Instant.now());
        System.out.printf("With the server down, the request failed after %d ms: %s%n", answeredIn.toMillis(),
                duringOutage);
        assertThat(duringOutage).as("the answer while the server is down").isNotEqualTo(ANSWERED);
        assertThat(answeredIn).as("time to answer while the server is down").isLessThan(HTTP_TIMEOUT);

        Instant starting = Instant.now();
        server.start();
        System.out.printf("The server started again in %d ms%n", Duration.between(starting, Instant.now()).toMillis());
        assertThat(server.port()).as("the same port").isEqualTo(port);
        Instant restarted = Instant.now();
        List<String> failures = new ArrayList<>();
        String outcome = attempt(STATS);
        while (!outcome.equals(ANSWERED) && Duration.between(restarted, Instant.now()).compareTo(Duration.ofSeconds(60)) < 0) {
            failures.add(outcome);
            pause();
            outcome = attempt(STATS);
        }
        System.out.printf("After the server was back, GraphQL answered after %d ms (%d failed tries)%n",
                Duration.between(restarted, Instant.now()).toMillis(), failures.size());
        assertThat(outcome).as("the answer within 60 s of the server's return; failures: %s", failures)
                .isEqualTo(ANSWERED);
        assertThat(data(STATS)).as("the same data").isEqualTo(STATS_ANSWER);
        assertThat(data("{ entity(id: \"wu-zeming\") { name } }"))
                .isEqualTo(Map.of("entity", Map.of("name", "Wu Zeming")));
    }

    /** A crash rather than a shutdown: no goodbye on the pooled connections, and a store to recover. */
    @Test
    @Order(8)
    void theApplicationOutlivesACrashOfTheServer() {
        server.kill();
        Instant starting = Instant.now();
        server.start();
        List<String> failures = new ArrayList<>();
        String outcome = attempt(STATS);
        while (!outcome.equals(ANSWERED) && Duration.between(starting, Instant.now()).compareTo(Duration.ofSeconds(90)) < 0) {
            failures.add(outcome);
            pause();
            outcome = attempt(STATS);
        }
        System.out.printf("After a crash, the server restarted and GraphQL answered in %d ms (%d failed tries)%n",
                Duration.between(starting, Instant.now()).toMillis(), failures.size());
        assertThat(outcome).as("the answer after the crash; failures: %s", failures).isEqualTo(ANSWERED);
        assertThat(data(STATS)).as("the same data").isEqualTo(STATS_ANSWER);
    }

    /** Starts the application as a user would, on a free HTTP port, against the given server. */
    private static ConfigurableApplicationContext application(String uri, String user, String password,
            String database) {
        return new SpringApplicationBuilder(CitegraphApplication.class).run("--server.port=0",
                "--NEO4J_URI=" + uri, "--NEO4J_USERNAME=" + user, "--NEO4J_PASSWORD=" + password,
                "--NEO4J_DATABASE=" + database);
    }

    private static ServerCheckException refusedStart(String uri, String user, String password, String database) {
        Throwable failure = catchThrowable(() -> application(uri, user, password, database).close());
        assertThat(failure).as("the start-up failure").isNotNull();
        Throwable cause = failure;
        while (cause != null && !(cause instanceof ServerCheckException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a ServerCheckException in %s", failure).isInstanceOf(ServerCheckException.class);
        return (ServerCheckException) cause;
    }

    private static void assertOneLine(ServerCheckException refused) {
        assertThat(refused.getMessage()).doesNotContain("\n", "\r", "Exception", "\tat ");
    }

    /** What Spring Boot prints: the analysis of the registered FailureAnalyzer, problem and fix. */
    private static void assertReported(CapturedOutput output, ServerCheckException refused) {
        FailureAnalysis analysis = new ServerCheckFailureAnalyzer().analyze(refused);
        assertThat(analysis.getDescription()).isEqualTo(refused.problem());
        assertThat(analysis.getAction()).isEqualTo(refused.fix());
        String log = output.getOut() + output.getErr();
        String report = log.substring(Math.max(0, log.lastIndexOf("APPLICATION FAILED TO START")));
        assertThat(report).as("Spring Boot's start-up failure report")
                .contains("APPLICATION FAILED TO START", refused.problem(), refused.fix())
                .doesNotContain("\tat ");
    }

    /**
     * Asks once and says how it went: {@value #ANSWERED}, the GraphQL errors, or the HTTP error. While
     * the database is away, the driver retries a read for up to 30 s (spring.neo4j.max-transaction-retry-time)
     * and the web server gives up on an asynchronous GraphQL request after its own 30 s: whichever
     * comes first, the client gets an error, not silence.
     */
    private static String attempt(String document) {
        try {
            ClientGraphQlResponse response = graphql.document(document).executeSync();
            return response.getErrors().isEmpty() ? ANSWERED : "GraphQL errors " + response.getErrors();
        } catch (HttpStatusCodeException e) {
            return "HTTP " + e.getStatusCode().value();
        }
    }

    private Map<String, Object> data(String document) {
        ClientGraphQlResponse response = graphql.document(document).executeSync();
        assertThat(response.getErrors()).as("GraphQL errors of %s", document).isEmpty();
        return response.getData();
    }

    /** What {@code from} holds that {@code in} does not. */
    private static List<String> missing(List<String> from, List<String> in) {
        List<String> left = new ArrayList<>(from);
        in.forEach(left::remove);
        return left;
    }

    private static QueryConfig neo4j() {
        return QueryConfig.builder().withDatabase(DATABASE).build();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
