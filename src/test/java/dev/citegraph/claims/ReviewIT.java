package dev.citegraph.claims;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

import dev.citegraph.GraphDump;
import dev.citegraph.ingest.CorpusIngest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator's decision on a claim lands in the corpus file and in the graph together with what it
 * changes, and needs the admin token. This application runs on a copy of the corpus, since a
 * review writes to the corpus folder.
 */
class ReviewIT extends OnACopyOfTheCorpus {
    private static final String CLAIMS = "claims/theplugg-tech-chief.yaml";
    /** The Plugg's words that Jack Ma founded Alibaba: the only claim of that relationship. */
    private static final String ONLY_CLAIM = "theplugg-tech-chief-018";
    private static final String ITS_RELATIONSHIP = "jack-ma:FOUNDED:alibaba-group";
    /** The only claim of a relationship that a curated conflict names: rejecting it would break conflicts.yaml. */
    private static final String NAMED_BY_A_CONFLICT = "chinanews-tongyi-015";

    private static final String REVIEW = """
            mutation($id: ID!, $decision: ClaimDecision!, $note: String) {
              reviewClaim(id: $id, decision: $decision, reviewer: "a.curator", note: $note) {
                id status reviewedBy reviewedOn reviewNote relationship { id }
              }
            }""";

    @Autowired
    CorpusIngest ingest;

    private final String original = read(CLAIMS);

    @AfterEach
    void restoreTheCorpus() throws IOException {
        Files.writeString(CORPUS.resolve(CLAIMS), original, StandardCharsets.UTF_8);
        ingest.reload();
    }

    @Test
    void rejectingTheOnlyClaimOfARelationshipTakesTheRelationshipAwayAndRecordsTheDecisionInTheCorpus() {
        assertThat(relationshipIds()).contains(ITS_RELATIONSHIP);

        JsonNode claim = review(Map.of("id", ONLY_CLAIM, "decision", "REJECTED", "note", "Founders are listed, not the founding."));

        assertThat(claim.get("status").asString()).isEqualTo("REJECTED");
        assertThat(claim.get("reviewedBy").asString()).isEqualTo("a.curator");
        assertThat(claim.get("reviewedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(claim.get("relationship").isNull()).as("no accepted claim states it any more").isTrue();
        assertThat(relationshipIds()).doesNotContain(ITS_RELATIONSHIP);
        // The corpus holds claims its curators rejected before; this one is found among them.
        assertThat(query("{ claims(status: REJECTED, first: 100) { edges { node { id reviewNote } } } }").get("claims").get("edges")
                .valueStream().map(e -> e.get("node")).filter(n -> n.get("id").asString().equals(ONLY_CLAIM))
                .map(n -> n.get("reviewNote").asString())).containsExactly("Founders are listed, not the founding.");
        assertThat(read(CLAIMS)).contains("    review: rejected\n    reviewedBy: \"a.curator\"")
                .contains("reviewNote: \"Founders are listed, not the founding.\"");
        // A reload finds nothing to do: the graph and the corpus agree.
        assertThat(ingest.reload().written()).isFalse();

        review(Map.of("id", ONLY_CLAIM, "decision", "ACCEPTED"));
        assertThat(relationshipIds()).contains(ITS_RELATIONSHIP);
    }

    @Test
    void reviewingNeedsTheAdminTokenAndChangesNothingWithout() {
        GraphDump before = GraphDump.of(driver);
        List<ResponseError> errors = errors(REVIEW, Map.of("id", ONLY_CLAIM, "decision", "REJECTED", "note", "no"));
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
        assertThat(GraphDump.of(driver)).isEqualTo(before);
        assertThat(read(CLAIMS)).isEqualTo(original);
    }

    @Test
    void aDecisionTheCorpusCannotTakeIsRefusedAndTheFileIsPutBack() {
        GraphDump before = GraphDump.of(driver);
        // Rejecting without a reason, and an unknown claim, are refused before anything is written.
        assertThat(asCurator().document(REVIEW).variables(Map.of("id", ONLY_CLAIM, "decision", "REJECTED"))
                .executeSync().getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("needs a note"));
        assertThat(asCurator().document(REVIEW).variables(Map.of("id", "no-such-claim", "decision", "ACCEPTED"))
                .executeSync().getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
        // A relationship that conflicts.yaml names cannot lose its last claim: the whole decision is refused.
        String conflictClaims = read("claims/chinanews-tongyi.yaml");
        assertThat(asCurator().document(REVIEW)
                .variables(Map.of("id", NAMED_BY_A_CONFLICT, "decision", "REJECTED", "note", "A headline word."))
                .executeSync().getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("conflicts.yaml").contains("which no accepted claim states"));
        assertThat(read("claims/chinanews-tongyi.yaml")).isEqualTo(conflictClaims);
        assertThat(GraphDump.of(driver)).isEqualTo(before);
        assertThat(read(CLAIMS)).isEqualTo(original);
    }

    @Test
    void reloadingABrokenCorpusOverHttpAnswersEveryProblemAndKeepsServingTheGraphItHad() throws Exception {
        // This application runs on a copy of the corpus, so a reload of a broken one can be tried for real.
        GraphDump before = GraphDump.of(driver);
        Files.writeString(CORPUS.resolve(CLAIMS), original.replaceFirst("quote: \"", "quote: \"Allegedly, ")
                .replaceFirst("subject: ", "subject: nobody-at-all # "), StandardCharsets.UTF_8);

        HttpResponse<String> answer;
        try (HttpClient http = HttpClient.newHttpClient()) {
            answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/reload"))
                    .header("Authorization", "Bearer " + ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problems = tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body()).get("problems");
        assertThat(problems.valueStream().map(JsonNode::asString))
                .anyMatch(p -> p.startsWith(CLAIMS + ":") && p.contains("quote not found"))
                .anyMatch(p -> p.startsWith(CLAIMS + ":") && p.contains("nobody-at-all"));
        assertThat(GraphDump.of(driver)).isEqualTo(before);
        assertThat(relationshipIds()).contains(ITS_RELATIONSHIP);
    }

    private JsonNode review(Map<String, Object> variables) {
        var response = asCurator().document(REVIEW).variables(variables).executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response.field("reviewClaim").toEntity(JsonNode.class);
    }

    private List<String> relationshipIds() {
        return query("{ relationships(from: \"jack-ma\", to: \"alibaba-group\") { edges { node { id } } } }")
                .get("relationships").get("edges").valueStream().map(e -> e.get("node").get("id").asString()).toList();
    }
}
