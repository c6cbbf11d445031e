package dev.citegraph.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;

import dev.citegraph.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request limit and every formerly internal error, triggered over real HTTP against the
 * real graph: each must come back as one short BAD_REQUEST, and the server must keep answering.
 */
class LimitsIT extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** entity → relationships → from → relationships …, the query that used to exhaust the heap. */
    static String nested(int hops) {
        return "{ entity(id: \"alibaba-group\") { " + "relationships { from { ".repeat(hops) + "id"
                + " } }".repeat(hops) + " } }";
    }

    @Test
    void aQueryNestedTooDeepIsRefusedNamingTheLimit() {
        assertThat(badRequest(nested(50), Map.of())).contains("limit is 10 (citegraph.limits.max-depth)");
    }

    @Test
    void aQueryWhoseListsMultiplyBeyondTheBudgetIsRefused() {
        assertThat(badRequest(nested(4), Map.of())).contains("citegraph.limits.max-complexity");
        assertThat(badRequest("{ relationships(first: 500) { edges { node { from { relationships { to { relationships { id } } } } } } } }",
                Map.of())).contains("citegraph.limits.max-complexity");
    }

    @Test
    void aDocumentAnsweredOnceIsStillMeasuredWithEachRequestsVariables() {
        // The same document, asked again with other variables, is measured again: limits are per request.
        String document = "query($n: Int) { relationships(first: $n) { edges { node { from { relationships { to { relationships { id } } } } } } } }";
        assertThat(query(document, Map.of("n", 1)).at("/relationships/edges").size()).isEqualTo(1);
        assertThat(badRequest(document, Map.of("n", 500))).contains("citegraph.limits.max-complexity");
        assertThat(query(document, Map.of("n", 1)).at("/relationships/edges").size()).isEqualTo(1);
        for (int i = 0; i < 2; i++) {
            assertThat(badRequest(nested(50), Map.of())).contains("limit is 10 (citegraph.limits.max-depth)");
        }
    }

    @Test
    void tooManyAliasesAreRefused() {
        String heavy = IntStream.range(0, 500).mapToObj(i -> "a" + i + ": relationships(first: 500) { totalCount }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        assertThat(badRequest(heavy, Map.of())).contains("more than 30 aliased fields (citegraph.limits.max-aliases)");
    }

    @Test
    void ordinaryResearchQueriesStayWithinTheLimits() {
        assertThat(query("{ relationships(first: 200) { totalCount edges { node { id type from { name } to { name }"
                + " citations { quote start end source { id } } } } } }").at("/relationships/totalCount").asInt())
                .isGreaterThan(100);
        assertThat(query(nested(2)).at("/entity/relationships").size()).isGreaterThan(0);
    }

    @Test
    void inputsThatUsedToBeInternalErrorsAreBadRequests() {
        assertThat(badRequest("{ paths(from: \"wu-zeming\", to: \"wu-zeming\", maxHops: 3) { length } }", Map.of()))
                .contains("same entity");
        // base64url("position:-5"): a cursor this API never gives out
        assertThat(badRequest("{ relationships(first: 5, after: \"cG9zaXRpb246LTU\") { totalCount } }", Map.of()))
                .contains("not a cursor");
        String words = IntStream.range(0, 400).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        assertThat(badRequest("query($t: String!) { search(text: $t, first: 3) { snippet } }", Map.of("t", words)))
                .contains("citegraph.limits.max-search-words");
        assertThat(badRequest("{ relationships(first: 5, asOf: \"\") { totalCount } }", Map.of())).contains("not empty");
        assertThat(badRequest("{ timeline(entity: \"wu-zeming\", from: \" \") { date } }", Map.of())).contains("not empty");
    }

    @Test
    void errorsQuoteAtMostAShortPieceOfTheRequest() {
        String longDate = "9".repeat(5000);
        String message = badRequest("query($d: String) { relationships(first: 5, asOf: $d) { totalCount } }",
                Map.of("d", longDate));
        assertThat(message.length()).isLessThan(400);
        String unknownField = "f".repeat(5000);
        ResponseError error = errors("{ " + unknownField + " }", Map.of()).getFirst();
        assertThat(error.getMessage().length()).isLessThan(400);
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsABadRequestNotAServerError() throws Exception {
        for (String body : List.of("null", "[]", "\"{ stats { entities } }\"", "42")) {
            HttpResponse<String> response = post(body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            JsonNode error = JSON.readTree(response.body()).at("/errors/0");
            assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void aRequestLargerThanTheLimitIsRefusedBeforeItIsParsed() throws Exception {
        HttpResponse<String> response = post("{\"query\": \"{ stats { entities } }\", \"pad\": \"" + "x".repeat(70_000) + "\"}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("citegraph.limits.max-request").contains("BAD_REQUEST");
    }

    @Test
    void theServerStillAnswersQuicklyAfterTheHeaviestRefusedQueries() throws Exception {
        long started = System.nanoTime();
        for (int hops : new int[] {4, 5, 10, 50}) {
            errors(nested(hops), Map.of());
        }
        String aliases = IntStream.range(0, 500).mapToObj(i -> "a" + i + ": entity(id: \"alibaba-group\") { relationships"
                + " { from { relationships { from { name } } } } }").collect(Collectors.joining(" ", "{ ", " }"));
        errors(aliases, Map.of());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(query("{ stats { entities } }").at("/stats/entities").asInt()).isGreaterThan(0);
    }

    private String badRequest(String document, Map<String, Object> variables) {
        List<ResponseError> errors = errors(document, variables);
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
        assertThat(errors.getFirst().getMessage()).doesNotContain("Exception", "dev.citegraph", "MATCH ");
        return errors.getFirst().getMessage();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
