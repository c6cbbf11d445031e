package dev.citegraph.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.citegraph.IntegrationTest;
import dev.citegraph.export.ExportFile;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own pages as a person's browser gets them, in headless Chromium: the front
 * door at {@code /} and the export index at {@code /export}. Scripts asking the same addresses
 * for JSON keep getting JSON.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorPageIT extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient(); // follows no redirects
    /** What Chromium sends for a page it navigates to. */
    private static final String PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @RegisterExtension
    static final Chromium.PerClass BROWSER = new Chromium.PerClass();

    @Test
    void theFrontDoorShowsWhatTheGraphHoldsAsStatsCountsIt() {
        JsonNode stats = query("{ stats { entities relationships citations sources entitiesByType { key count } } }").get("stats");
        open("/");
        assertThat(BROWSER.get().driver.getTitle()).isEqualTo("citegraph");
        for (String count : List.of("entities", "relationships", "citations", "sources")) {
            assertThat(text("#count-" + count)).as(count).isEqualTo(stats.get(count).asString());
        }
        List<WebElement> byType = BROWSER.get().driver.findElements(By.cssSelector("#entities-by-type tr"));
        assertThat(byType).hasSize(stats.get("entitiesByType").size() + 1);
        stats.get("entitiesByType").forEach(c -> assertThat(byType).anyMatch(
                row -> row.getText().equals(c.get("key").asString() + " " + c.get("count").asInt())));
        BROWSER.get().screenshot("front-door.png");
    }

    @Test
    void theFrontDoorListsEveryArticleWithItsDateAndStatus() {
        JsonNode sources = query("{ sources { id title publishedOn status } }").get("sources");
        open("/");
        assertThat(sources.size()).isPositive();
        for (JsonNode source : sources) {
            String row = text("#source-" + source.get("id").asString());
            assertThat(row).contains(source.get("title").asString(), source.get("publishedOn").asString(),
                    source.get("status").asString().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void everyLinkOnTheFrontDoorLeadsToAPageThatAnswersABrowser() throws Exception {
        open("/");
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) BROWSER.get().driver.executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))"
                        + ".filter(h => h.startsWith('/'))");
        assertThat(hrefs).contains("/browser/", "/graphiql", "/export", "/export/graph.graphml");
        // As a browser does, redirects are followed (GraphiQL adds its endpoint to the address).
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        for (String href : hrefs) {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + href))
                    .header("Accept", PAGE).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(href).isEqualTo(200);
        }
        assertThat(BROWSER.get().driver.findElement(By.id("tour")).getDomAttribute("href"))
                .isEqualTo("/browser/?cmd=guide&arg=" + java.net.URLEncoder.encode(
                        "http://localhost:" + port + "/guide/citegraph.html", java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anExampleOpensGraphiqlWithItsQueryAndTheQueryRuns() {
        open("/");
        WebElement example = BROWSER.get().driver.findElements(By.cssSelector("#examples a")).getFirst();
        String title = example.getText();
        example.click();
        WebElement editor = BROWSER.get().waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".graphiql-query-editor .CodeMirror")));
        String shown = (String) BROWSER.get().driver.executeScript("return arguments[0].CodeMirror.getValue()", editor);
        assertThat(shown).startsWith("# " + title);
        BROWSER.get().driver.findElement(By.cssSelector(".graphiql-execute-button")).click();
        WebElement result = BROWSER.get().driver.findElement(By.cssSelector(".graphiql-response"));
        BROWSER.get().waitUpTo(PATIENCE).until(d -> result.getText().contains("\"data\""));
        assertThat(result.getText()).doesNotContain("\"errors\"");
    }

    @Test
    void everyExampleQueryAnswersWithoutErrors() {
        assertThat(dev.citegraph.home.Example.all()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(e -> {
            assertThat(query(e.query()).isEmpty()).as(e.title()).isFalse();
            assertThat(e.href()).startsWith("/graphiql?path=/graphql&query=%23%20");
        });
    }

    @Test
    void theExportIndexIsAPageWithEachFilesFormatAndSize() throws Exception {
        open("/export");
        List<WebElement> rows = BROWSER.get().driver.findElements(By.cssSelector("#files tr"));
        assertThat(rows).hasSize(ExportFile.values().length + 1);
        for (ExportFile file : ExportFile.values()) {
            WebElement row = BROWSER.get().driver.findElement(By.xpath("//table[@id='files']//tr[td/a[.='" + file.fileName() + "']]"));
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(1).getText()).isEqualTo(file.mediaType().split(";")[0]);
            assertThat(cells.get(2).getText()).isEqualTo(file.description());
            // The size shown is the size of the file one gets by following the link.
            byte[] served = HTTP.send(HttpRequest.newBuilder(URI.create(cells.get(0).findElement(By.tagName("a"))
                    .getAttribute("href"))).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            assertThat(Integer.parseInt(cells.get(3).getAttribute("data-bytes"))).as(file.fileName()).isEqualTo(served.length);
            assertThat(cells.get(3).getText()).matches("\\d+(\\.\\d)? (B|KB|MB)");
        }
        BROWSER.get().screenshot("export-index.png");
    }

    @Test
    void scriptsAskingForJsonStillGetTheExportListAsJson() throws Exception {
        HttpResponse<String> json = get("/export", "application/json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.body()).startsWith("[").contains("\"href\":\"/export/graph.graphml\"");
        HttpResponse<String> page = get("/export", PAGE);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }

    @Test
    void anUnknownAddressGetsAPageForPeopleRatherThanAnErrorDocument() throws Exception {
        HttpResponse<String> missing = get("/export/graph.xlsx", PAGE);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(missing.body()).contains("<a href=\"/\">");
    }

    private void open(String path) {
        BROWSER.get().driver.get("http://localhost:" + port + path);
        BROWSER.get().waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private String text(String css) {
        return BROWSER.get().driver.findElement(By.cssSelector(css)).getText();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
