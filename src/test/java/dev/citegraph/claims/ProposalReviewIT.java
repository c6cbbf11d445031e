package dev.citegraph.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import dev.citegraph.GraphDump;
import dev.citegraph.ingest.CorpusIngest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft's proposals reviewed over GraphQL, as the review page does it: listed, accepted,
 * rejected, corrected, and its new names made entities or merged into known ones, each with the
 * token or the user and password, each landing in the corpus file and in the graph at once; and
 * without credentials, or with a quote the article does not have, nothing changes.
 */
class ProposalReviewIT extends OnACopyOfTheCorpus {

    static final String DRAFT = "review-draft-2026";
    static final String TEXT = "Alibaba Group named CEO Zhang Wei (张伟) to run its robotics lab.\n"
            + "Qwen competes with DeepSeek, the company said.\nMa Jack (马小云) was not there.\n";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROPOSALS = """
            query($source: ID!) { proposals(source: $source) {
              source { id status }
              claims { rule confidence claim { id status type quote start end modality subject { id } object { id } } }
              candidates { name type forms basis start end mergeInto { id } } } }""";
    private static final String DECIDE = """
            mutation($id: ID!, $decision: ClaimDecision!, $note: String) {
              reviewClaim(id: $id, decision: $decision, reviewer: "a.curator", note: $note) { id status relationship { id } } }""";
    private static final String EDIT = """
            mutation($id: ID!, $edit: ClaimEdit!) { editClaim(id: $id, edit: $edit) { id status quote start end title } }""";
    private static final String CREATE = """
            mutation($candidate: String!) { createEntity(source: "review-draft-2026", candidate: $candidate) { id type name aliases } }""";
    private static final String MERGE = """
            mutation($candidate: String!, $into: ID!) {
              mergeCandidate(source: "review-draft-2026", candidate: $candidate, into: $into) { id aliases } }""";

    @Autowired
    CorpusIngest ingest;

    private final String sources = read("sources.yaml");
    private final String entities = read("entities.yaml");

    @BeforeEach
    void addTheDraft() {
        var added = asCurator().document("""
                mutation($text: String!) { addArticle(id: "review-draft-2026", title: "A draft to review", published: "2026-05",
                  language: "en", text: $text) { id } }""").variable("text", TEXT).executeSync();
        assertThat(added.getErrors()).isEmpty();
    }

    @AfterEach
    void restoreTheCorpus() throws IOException {
        Files.writeString(CORPUS.resolve("sources.yaml"), sources, StandardCharsets.UTF_8);
        Files.writeString(CORPUS.resolve("entities.yaml"), entities, StandardCharsets.UTF_8);
        for (String file : List.of("sources/" + DRAFT + ".txt", "claims/" + DRAFT + ".yaml", "proposals/" + DRAFT + ".entities.yaml")) {
            Files.deleteIfExists(CORPUS.resolve(file));
        }
        ingest.reload();
    }

    @Test
    void proposalsListTheClaimsWithTheirRuleAndExactWordsAndTheNamesTheRegistryLacks() {
        JsonNode proposals = query(PROPOSALS, Map.of("source", DRAFT)).get("proposals");

        assertThat(proposals.get("source").get("status").asString()).isEqualTo("DRAFT");
        JsonNode competes = competes(proposals);
        assertThat(competes.get("rule").asString()).isNotBlank();
        assertThat(competes.get("confidence").asDouble()).isBetween(0.0, 1.0);
        JsonNode claim = competes.get("claim");
        assertThat(claim.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(codePoints(claim.get("start").asInt(), claim.get("end").asInt())).isEqualTo(claim.get("quote").asString());
        JsonNode zhang = candidate(proposals, "Zhang Wei");
        assertThat(zhang.get("type").asString()).isEqualTo("Person");
        assertThat(zhang.get("forms").valueStream().map(JsonNode::asString)).containsExactly("Zhang Wei", "张伟");
        assertThat(codePoints(zhang.get("start").asInt(), zhang.get("end").asInt())).isEqualTo("Zhang Wei");
        assertThat(candidate(proposals, "Ma Jack").get("mergeInto").get("id").asString())
                .as("the other name order of Jack Ma").isEqualTo("jack-ma");
    }

    @Test
    void acceptingWithTheTokenMakesTheClaimARelationshipAtOnceAndRejectingWithAPasswordTakesItAway() {
        String id = competes(proposals()).get("claim").get("id").asString();
        assertThat(relationshipsOfTheDraft()).isEmpty();

        var accepted = asCurator().document(DECIDE).variables(Map.of("id", id, "decision", "ACCEPTED")).executeSync();
        assertThat(accepted.getErrors()).isEmpty();
        assertThat(relationshipsOfTheDraft()).containsExactly("qwen:COMPETES_WITH:deepseek");
        assertThat(read("claims/" + DRAFT + ".yaml")).contains("    review: accepted\n");

        var rejected = asCuratorWithPassword().document(DECIDE)
                .variables(Map.of("id", id, "decision", "REJECTED", "note", "The company says so of itself.")).executeSync();
        assertThat(rejected.getErrors()).isEmpty();
        assertThat(relationshipsOfTheDraft()).isEmpty();
        assertThat(read("claims/" + DRAFT + ".yaml")).contains("    review: rejected\n")
                .contains("reviewNote: \"The company says so of itself.\"");
        assertThat(proposals().get("claims").valueStream().map(c -> c.get("claim").get("id").asString())).doesNotContain(id);
    }

    @Test
    void withoutCredentialsOrWithWrongOnesEveryWriteIsRefusedAsUnauthorizedAndNothingChanges() {
        String id = competes(proposals()).get("claim").get("id").asString();
        GraphDump before = GraphDump.of(driver);
        String claims = read("claims/" + DRAFT + ".yaml");
        String wrongBasic = "Basic " + java.util.Base64.getEncoder().encodeToString((ADMIN_USER + ":wrong").getBytes(StandardCharsets.UTF_8));

        for (HttpSyncGraphQlClient client : List.of(graphql, sending("Bearer not-the-token"), sending(wrongBasic))) {
            for (var write : List.of(Map.entry(DECIDE, Map.<String, Object>of("id", id, "decision", "ACCEPTED")),
                    Map.entry(EDIT, Map.<String, Object>of("id", id, "edit", Map.of("title", "rivals"))),
                    Map.entry(CREATE, Map.<String, Object>of("candidate", "Zhang Wei")),
                    Map.entry(MERGE, Map.<String, Object>of("candidate", "Ma Jack", "into", "jack-ma")))) {
                List<ResponseError> errors = client.document(write.getKey()).variables(write.getValue()).executeSync().getErrors();
                assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
                    assertThat(e.getMessage()).contains("Authorization: Bearer").contains("CITEGRAPH_ADMIN_USER");
                });
            }
            // Reads stay open, even with credentials that do not match.
            assertThat(client.document("{ proposals(source: \"review-draft-2026\") { source { id } } }").executeSync().getErrors()).isEmpty();
        }
        assertThat(GraphDump.of(driver)).isEqualTo(before);
        assertThat(read("claims/" + DRAFT + ".yaml")).isEqualTo(claims);
        assertThat(read("entities.yaml")).isEqualTo(entities);
    }

    @Test
    void anEditIsWrittenAndCheckedAgainstTheArticleAndAQuoteTheArticleLacksChangesNothing() {
        String id = competes(proposals()).get("claim").get("id").asString();
        GraphDump before = GraphDump.of(driver);
        String claims = read("claims/" + DRAFT + ".yaml");

        List<ResponseError> refused = asCurator().document(EDIT)
                .variables(Map.of("id", id, "edit", Map.of("quote", "Qwen competes fiercely with DeepSeek"))).executeSync().getErrors();
        assertThat(refused).singleElement().satisfies(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(e.getMessage()).contains("word for word");
        });
        assertThat(GraphDump.of(driver)).isEqualTo(before);
        assertThat(read("claims/" + DRAFT + ".yaml")).isEqualTo(claims);

        String words = "Qwen competes with DeepSeek, the company said.";
        var edited = asCuratorWithPassword().document(EDIT)
                .variables(Map.of("id", id, "edit", Map.of("quote", words, "title", "rival models"))).executeSync();
        assertThat(edited.getErrors()).isEmpty();
        JsonNode claim = JSON.valueToTree(edited.field("editClaim").getValue());
        assertThat(claim.get("quote").asString()).isEqualTo(words);
        assertThat(codePoints(claim.get("start").asInt(), claim.get("end").asInt())).isEqualTo(words);
        assertThat(claim.get("title").asString()).isEqualTo("rival models");
        assertThat(claim.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(read("claims/" + DRAFT + ".yaml")).contains("    quote: \"" + words + "\"\n").contains("    title: \"rival models\"\n");
    }

    @Test
    void aCandidateBecomesAnEntityThatEveryArticleNowMentions() {
        var created = asCurator().document(CREATE).variable("candidate", "Zhang Wei").executeSync();
        assertThat(created.getErrors()).isEmpty();
        JsonNode entity = JSON.valueToTree(created.field("createEntity").getValue());
        assertThat(entity.get("id").asString()).isEqualTo("zhang-wei");
        assertThat(entity.get("type").asString()).isEqualTo("Person");
        assertThat(entity.get("aliases").valueStream().map(JsonNode::asString)).containsExactly("张伟");

        assertThat(read("entities.yaml")).startsWith(entities.stripTrailing()).contains("- id: zhang-wei\n  type: Person\n");
        assertThat(query("{ entity(name: \"张伟\") { id } }").get("entity").get("id").asString()).isEqualTo("zhang-wei");
        assertThat(query("{ source(id: \"review-draft-2026\") { entities { id } } }").get("source").get("entities")
                .valueStream().map(e -> e.get("id").asString())).contains("zhang-wei");
        assertThat(proposals().get("candidates").valueStream().map(c -> c.get("name").asString())).doesNotContain("Zhang Wei");
    }

    @Test
    void aCandidateMergedIntoAKnownEntityBecomesItsAliasAndAMergeTheRegistryCannotTakeChangesNothing() {
        GraphDump before = GraphDump.of(driver);
        // An entity that does not exist: refused, the registry and the graph as they were.
        assertThat(asCurator().document("""
                mutation { mergeCandidate(source: "review-draft-2026", candidate: "Ma Jack", into: "no-such-entity") { id } }""")
                .executeSync().getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
        assertThat(read("entities.yaml")).isEqualTo(entities);
        assertThat(GraphDump.of(driver)).isEqualTo(before);

        var merged = asCuratorWithPassword().document(MERGE).variables(Map.of("candidate", "Ma Jack", "into", "jack-ma")).executeSync();
        assertThat(merged.getErrors()).isEmpty();
        assertThat(JSON.valueToTree(merged.field("mergeCandidate").getValue()).get("aliases").valueStream().map(JsonNode::asString))
                .contains("Ma Jack", "马小云");
        assertThat(query("{ entity(name: \"马小云\") { id } }").get("entity").get("id").asString()).isEqualTo("jack-ma");
        assertThat(read("entities.yaml")).contains("\"Ma Jack\", \"马小云\"]");
        assertThat(read("proposals/" + DRAFT + ".entities.yaml")).doesNotContain("Ma Jack");
    }

    private JsonNode proposals() {
        return query(PROPOSALS, Map.of("source", DRAFT)).get("proposals");
    }

    private static JsonNode competes(JsonNode proposals) {
        return proposals.get("claims").valueStream().filter(c -> c.get("claim").get("type").asString().equals("COMPETES_WITH")
                && c.get("claim").get("subject").get("id").asString().equals("qwen")).findFirst()
                .orElseThrow(() -> new AssertionError("no COMPETES_WITH proposal in " + proposals));
    }

    private static JsonNode candidate(JsonNode proposals, String name) {
        return proposals.get("candidates").valueStream().filter(c -> c.get("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + name + " in " + proposals));
    }

    private List<String> relationshipsOfTheDraft() {
        return query("{ relationships(source: \"review-draft-2026\") { edges { node { id } } } }").get("relationships")
                .get("edges").valueStream().map(e -> e.get("node").get("id").asString()).toList();
    }

    private static String codePoints(int start, int end) {
        return TEXT.substring(TEXT.offsetByCodePoints(0, start), TEXT.offsetByCodePoints(0, end));
    }
}
