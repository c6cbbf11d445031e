package dev.citegraph.claims;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.browser.Chromium;
import dev.citegraph.ingest.CorpusIngest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review page in a real headless Chromium, under its Content-Security-Policy: a draft's text
 * with its mentions and new names marked, and a proposal accepted with a click becoming a relationship that
 * GraphQL then answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPageIT extends OnACopyOfTheCorpus {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DRAFT = ProposalReviewIT.DRAFT;
    /** Markup in a title must reach the reader as text. */
    private static final String TITLE = "A draft <img src=x> to review";

    @Autowired
    CorpusIngest ingest;

    private final String sources = read("sources.yaml");
    @RegisterExtension
    static final Chromium.PerClass BROWSER = new Chromium.PerClass();

    @BeforeEach
    void addTheDraft() {
        var added = asCurator().document("""
                mutation($text: String!, $title: String!) { addArticle(id: "review-draft-2026", title: $title, published: "2026-05",
                  language: "en", text: $text) { id } }""").variables(Map.of("text", ProposalReviewIT.TEXT, "title", TITLE)).executeSync();
        assertThat(added.getErrors()).isEmpty();
    }

    @AfterEach
    void restoreTheCorpus() throws IOException {
        Files.writeString(CORPUS.resolve("sources.yaml"), sources, StandardCharsets.UTF_8);
        for (String file : List.of("sources/" + DRAFT + ".txt", "claims/" + DRAFT + ".yaml", "proposals/" + DRAFT + ".entities.yaml")) {
            Files.deleteIfExists(CORPUS.resolve(file));
        }
        ingest.reload();
    }

    @Test
    void theDraftIsListedAndShownWithItsMentionsMarkedAndItsTitleAsText() throws Exception {
        BROWSER.get().driver.get("http://localhost:" + port + "/review");
        WebElement link = BROWSER.get().waitUpTo(PATIENCE).until(d -> d.findElement(By.cssSelector("#drafts a[href='/review/" + DRAFT + "']")));
        assertThat(link.getText()).isEqualTo(TITLE);
        link.click();

        BROWSER.get().waitUpTo(PATIENCE).until(d -> d.findElement(By.cssSelector("body[data-source='" + DRAFT + "']")));
        assertThat(BROWSER.get().driver.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
        assertThat(BROWSER.get().driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(BROWSER.get().driver.findElements(By.cssSelector("#text mark.mention")).stream()
                .map(m -> m.getDomAttribute("data-entity") + "=" + m.getText()))
                .contains("qwen=Qwen", "deepseek=DeepSeek", "alibaba-group=Alibaba Group");
        assertThat(BROWSER.get().driver.findElements(By.cssSelector("#text mark.candidate")).stream()
                .map(m -> m.getDomAttribute("data-candidate") + "=" + m.getText())).contains("Zhang Wei=Zhang Wei");
        // The script ran under the page's policy: it filled in the credentials line (this tab may hold some already).
        String who = BROWSER.get().waitUpTo(PATIENCE).until(d -> d.findElement(By.id("who")).getText());
        assertThat(who).matches("enter a token.*|writing as .*");

        BROWSER.get().screenshot("review.png");

        HttpResponse<String> page;
        try (HttpClient http = HttpClient.newHttpClient()) {
            page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/review/" + DRAFT)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
        assertThat(page.body()).contains("A draft &lt;img src=x&gt; to review");
    }

    @Test
    void aProposalAcceptedOnThePageBecomesARelationship() {
        String id = query("{ proposals(source: \"review-draft-2026\") { claims { claim { id type subject { id } } } } }")
                .get("proposals").get("claims").valueStream().map(c -> c.get("claim"))
                .filter(c -> c.get("type").asString().equals("COMPETES_WITH") && c.get("subject").get("id").asString().equals("qwen"))
                .findFirst().orElseThrow().get("id").asString();
        BROWSER.get().driver.get("http://localhost:" + port + "/review/" + DRAFT);

        WebElement credentials = BROWSER.get().waitUpTo(PATIENCE).until(d -> d.findElement(By.id("credentials")));
        credentials.findElement(By.name("token")).sendKeys(ADMIN_TOKEN);
        credentials.findElement(By.name("reviewer")).sendKeys("a.curator");
        credentials.findElement(By.tagName("button")).click();
        BROWSER.get().waitUpTo(PATIENCE).until(d -> d.findElement(By.id("who")).getText().contains("writing as a.curator"));
        BROWSER.get().driver.findElement(By.cssSelector("section.claim[data-claim='" + id + "'] [data-action=accept]")).click();

        // The page shows itself again with the claim among the reviewed ones.
        BROWSER.get().waitUpTo(PATIENCE).until(d -> !d.findElements(By.cssSelector("li.accepted[data-claim='" + id + "']")).isEmpty());
        assertThat(query("{ relationships(source: \"review-draft-2026\") { edges { node { id } } } }").get("relationships")
                .get("edges").valueStream().map(e -> e.get("node").get("id").asString())).containsExactly("qwen:COMPETES_WITH:deepseek");
        assertThat(read("claims/" + DRAFT + ".yaml")).contains("reviewedBy: \"a.curator\"");
    }
}
