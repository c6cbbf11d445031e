package dev.citegraph.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.GraphDump;
import dev.citegraph.ingest.CorpusIngest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A new article joins the corpus and the graph as a draft, byte for byte, or not at all. */
class AddArticleIT extends OnACopyOfTheCorpus {

    private static final String ADD = """
            mutation($id: ID!, $title: String!, $published: String!, $language: String!, $text: String!, $url: String) {
              addArticle(id: $id, title: $title, published: $published, language: $language, text: $text, url: $url) {
                id status title publishedOn text length entities { id }
              }
            }""";
    private static final String TEXT = "阿里巴巴集团首席技术官吴泽明 (Wu Zeming) 加入合伙人委员会。\nAlibaba's Qwen competes with DeepSeek.\n";

    @Autowired
    CorpusIngest ingest;

    private final String sources = read("sources.yaml");

    @AfterEach
    void restoreTheCorpus() throws IOException {
        Files.writeString(CORPUS.resolve("sources.yaml"), sources, StandardCharsets.UTF_8);
        Files.deleteIfExists(CORPUS.resolve("sources/scmp-wu-zeming-2026.txt"));
        Files.deleteIfExists(CORPUS.resolve("claims/scmp-wu-zeming-2026.yaml"));
        Files.deleteIfExists(CORPUS.resolve("proposals/scmp-wu-zeming-2026.entities.yaml"));
        ingest.reload();
    }

    @Test
    void anArticleIsStoredByteForByteAsADraftAndItsMentionsAreFound() throws IOException {
        var response = asCurator().document(ADD).variables(article()).executeSync();
        assertThat(response.getErrors()).isEmpty();
        JsonNode source = response.field("addArticle").toEntity(JsonNode.class);

        assertThat(source.get("status").asString()).isEqualTo("DRAFT");
        assertThat(source.get("text").asString()).isEqualTo(TEXT);
        assertThat(source.get("length").asInt()).isEqualTo(TEXT.codePointCount(0, TEXT.length()));
        assertThat(source.get("entities").valueStream().map(e -> e.get("id").asString()))
                .contains("wu-zeming", "qwen", "deepseek", "alibaba-group");
        assertThat(Files.readAllBytes(CORPUS.resolve("sources/scmp-wu-zeming-2026.txt")))
                .isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(read("sources.yaml")).startsWith(sources.stripTrailing()).contains("  status: draft");
        // Claims are proposed for review; none is accepted, so the draft supports no relationship yet.
        JsonNode proposed = query("""
                { claims(source: "scmp-wu-zeming-2026") { totalCount edges { node { status type subject { id } object { id } quote } } }
                  relationships(source: "scmp-wu-zeming-2026") { totalCount } }""");
        assertThat(proposed.get("claims").get("edges").valueStream().map(e -> e.get("node")))
                .allMatch(c -> c.get("status").asString().equals("PROPOSED"))
                .anyMatch(c -> c.get("type").asString().equals("COMPETES_WITH")
                        && c.get("subject").get("id").asString().equals("qwen")
                        && c.get("quote").asString().equals("Qwen competes with DeepSeek"));
        assertThat(proposed.get("relationships").get("totalCount").asInt()).isZero();
    }

    @Test
    void aBadArticleIsRefusedWithEveryProblemAndWritesNothing() {
        GraphDump before = GraphDump.of(driver);
        Map<String, Object> bad = article();
        bad.put("id", "chinanews-tongyi");          // already in the corpus
        bad.put("published", "April 2026");          // not a date the corpus reads
        bad.put("url", "ftp://example.com/a");       // not http(s)
        bad.put("text", "a\u0000binary\u0001file");  // control characters

        var errors = asCurator().document(ADD).variables(bad).executeSync().getErrors();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(e.getMessage()).contains("already in the corpus").contains("published")
                    .contains("http or https").contains("binary");
        });
        assertThat(read("sources.yaml")).isEqualTo(sources);
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    @Test
    void addingNeedsTheAdminToken() {
        var errors = graphql.document(ADD).variables(article()).executeSync().getErrors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
        assertThat(read("sources.yaml")).isEqualTo(sources);
        assertThat(Files.exists(CORPUS.resolve("sources/scmp-wu-zeming-2026.txt"))).isFalse();
    }

    private static Map<String, Object> article() {
        Map<String, Object> article = new HashMap<>();
        article.put("id", "scmp-wu-zeming-2026");
        article.put("title", "Alibaba CTO joins partnership committee");
        article.put("published", "2026-04");
        article.put("language", "zh");
        article.put("url", "https://example.com/scmp/wu-zeming");
        article.put("text", TEXT);
        return article;
    }
}
