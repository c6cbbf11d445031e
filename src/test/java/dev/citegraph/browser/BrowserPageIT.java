package dev.citegraph.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Value;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.IntegrationTest;
import dev.citegraph.embedded.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;
import dev.citegraph.ingest.CypherScript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Neo4j Browser served by the application, in a real headless Chromium, against the embedded
 * database: what a researcher sees after {@code ./mvnw spring-boot:run}. One browser session for
 * the class; each test connects first if no test has yet.
 */
// Ordered only so that browser.png is taken before the guide takes up the sidebar.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserPageIT extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Path COMMITTEES = Path.of("cypher", "queries", "01-committees.cypher");

    @Autowired(required = false)
    private EmbeddedNeo4j embedded;

    @RegisterExtension
    static final Chromium.PerClass BROWSER = new Chromium.PerClass();

    private boolean connected;

    @BeforeAll
    void onlyBesideTheEmbeddedDatabase() {
        // Where Docker runs, the suite uses a Neo4j server, which brings its own Browser.
        assumeTrue(embedded != null, "the application serves Browser next to the embedded database only");
    }

    @Test
    @Order(1)
    void opensPreparedForTheEmbeddedDatabaseInCitegraphsStyleWithoutAFrameOfCommands() {
        connect();
        // The style came with the page, where Browser keeps the one it draws with; no :style frame shows it.
        Object stored = BROWSER.get().driver.executeScript("return JSON.parse(localStorage.getItem('neo4j.grass'))");
        assertThat(stored).isEqualTo(GrassStyle.read(Path.of("cypher", "style.grass")).rules());
        assertThat(frames()).noneMatch(f -> f.getText().contains(":style"));
    }

    @Test
    @Order(2)
    void drawsTheGraphOfAResearchQueryInCitegraphsStyle() throws Exception {
        connect();
        run(":clear");
        run(Files.readString(COMMITTEES));
        WebElement frame = BROWSER.get().waitUpTo(PATIENCE).until(d -> frames().stream()
                .filter(f -> !f.findElements(By.cssSelector("svg g.node")).isEmpty()).findFirst().orElse(null));
        Thread.sleep(2000); // let the force layout settle before the screenshot

        Set<String> nodes = new HashSet<>();
        Set<String> relationships = new HashSet<>();
        for (var record : cypher(CypherScript.statements(COMMITTEES).getFirst())) {
            for (Value path : record.values()) {
                path.asPath().nodes().forEach(n -> nodes.add(n.elementId()));
                path.asPath().relationships().forEach(r -> relationships.add(r.elementId()));
            }
        }
        List<Map<String, String>> drawn = drawnNodes(frame);
        assertThat(drawn).hasSize(nodes.size());
        // Browser also draws the relationships between result nodes that the query did not return.
        assertThat(frame.findElements(By.cssSelector("svg g.relationship")).size()).isGreaterThanOrEqualTo(relationships.size());
        assertThat(drawn).contains(Map.of("caption", "Wu Zeming",
                "fill", GrassStyle.read(Path.of("cypher", "style.grass")).rules().get("node.Person").get("color")));
        BROWSER.get().screenshot("browser.png");
    }

    @Test
    @Order(3)
    void everyEntityIsCaptionedWithItsWholeNameSoNoTwoLookAlike() {
        connect();
        run(":clear");
        List<String> names = cypher("MATCH (e:Entity) RETURN e.name AS name").stream().map(r -> r.get("name").asString()).toList();
        run("MATCH (e:Entity) RETURN e");
        WebElement frame = BROWSER.get().waitUpTo(PATIENCE).until(d -> frames().stream()
                .filter(f -> f.findElements(By.cssSelector("svg g.node")).size() == names.size()).findFirst().orElse(null));
        // Browser fits a caption into its circle by the circle's size and font size (style.grass), cutting with '…'.
        assertThat(drawnNodes(frame).stream().map(n -> n.get("caption")).toList()).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    @Order(4)
    void clickingARelationshipShowsItsQuotesFirstAndParallelArrowsShowTheirTitles() {
        connect();
        run(":clear");
        String match = "MATCH (a:Entity {id: 'wu-zeming'})-[r:HOLDS_POSITION]->(b:Entity {id: 'alibaba-group'}) ";
        List<org.neo4j.driver.Record> positions = cypher(match + "RETURN r.id AS id, r.title AS title, r.citations[0] AS quote ORDER BY r.id");
        List<String> titles = positions.stream().map(r -> r.get("title").asString()).toList();
        assertThat(titles).as("Wu Zeming's positions at Alibaba Group").hasSizeGreaterThanOrEqualTo(3);
        run(match + "RETURN a, r, b");
        WebElement frame = BROWSER.get().waitUpTo(PATIENCE).until(d -> frames().stream()
                .filter(f -> f.findElements(By.cssSelector("svg g.relationship")).size() == titles.size()).findFirst().orElse(null));

        // Each arrow is captioned with its title (cut with an ellipsis if the arrow is short), so no two look alike.
        @SuppressWarnings("unchecked")
        List<String> captions = (List<String>) BROWSER.get().driver.executeScript(
                "return Array.from(arguments[0].querySelectorAll('svg g.relationship text')).map(t => t.textContent.trim());", frame);
        assertThat(captions).hasSameSizeAs(titles).doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(titles).anyMatch(t -> t.startsWith(c.replaceAll("…$", ""))));

        // Browser's inspector sorts properties by name, after its own element id and id.
        BROWSER.get().driver.executeScript("""
                var r = Array.from(arguments[0].querySelectorAll('svg g.relationship'))
                  .find(g => g.__data__ && g.__data__.propertyMap && g.__data__.propertyMap.id === arguments[1]);
                r.dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));""", frame, positions.getFirst().get("id").asString());
        List<WebElement> rows = BROWSER.get().waitUpTo(PATIENCE).until(d -> {
            List<WebElement> found = frame.findElements(By.cssSelector("[data-testid=viz-details-pane-properties-table] tr"));
            return found.isEmpty() ? null : found;
        });
        List<String> keys = rows.stream().map(r -> r.findElements(By.tagName("td")).getFirst().getText().strip()).toList();
        assertThat(keys.subList(0, 3)).containsExactly("<elementId>", "<id>", "citations");
        assertThat(rows.get(2).getText()).contains(positions.getFirst().get("quote").asString());
        BROWSER.get().screenshot("browser-evidence.png");
    }

    @Test
    @Order(5)
    void opensTheGuidedTourFromTheApplicationAndRunsItsQueries() {
        connect();
        run(":clear");
        // Browser runs on 127.0.0.1 and the guide is on localhost: another origin, as with docker compose.
        run(":guide http://localhost:" + port + "/guide/citegraph.html");
        WebElement slide = BROWSER.get().waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//h3[contains(., 'A graph that cites its sources')]")));
        slide.findElement(By.xpath("..")).findElements(By.cssSelector("pre.runnable")).getFirst().click();
        BROWSER.get().driver.findElement(By.cssSelector("[data-testid=editor-Run]")).click();
        BROWSER.get().waitUpTo(PATIENCE).until(d -> frames().stream().anyMatch(f -> f.getText().contains("The Plugg")));
        BROWSER.get().screenshot("browser-guide.png");
    }

    @Test
    @Order(6)
    void browsersConnectionCanReadButNotWrite() {
        connect();
        run(":clear");
        run("CREATE (:Forged {quote: 'never said'})");
        BROWSER.get().waitUpTo(PATIENCE).until(d -> frames().stream().anyMatch(f -> f.getText().contains("can read but not change")));
        assertThat(cypher("MATCH (n:Forged) RETURN count(n) AS n").getFirst().get("n").asLong()).isZero();
    }

    /**
     * Opens Browser at /browser/ as a newcomer would. It finds the embedded database's address
     * through the discovery answer and connects by itself with the read-only login its page
     * carries: no connection form, nothing to type.
     */
    private void connect() {
        if (connected) {
            return;
        }
        BROWSER.get().driver.get("http://127.0.0.1:" + port + "/browser/");
        BROWSER.get().waitUpTo(PATIENCE).until(d -> connectedFrame() != null
                || !d.findElements(By.cssSelector("[data-testid=connect]")).isEmpty());
        assertThat(connectedFrame()).as("Browser connected by itself, without its connection form").isNotNull();
        // The store id is unique to each database: equal ids prove Browser found the right one
        // (a colleague's application on the default port holds the same graph).
        String storeId = cypher("CALL db.info() YIELD id RETURN id").getFirst().get("id").asString();
        run("CALL db.info() YIELD id RETURN id");
        BROWSER.get().waitUpTo(PATIENCE).withMessage("Browser connected to the embedded database " + storeId)
                .until(d -> frames().stream().anyMatch(f -> f.getText().contains(storeId)));
        connected = true;
    }

    /** The frame Browser opens with once it has connected (its :server connect frame). */
    private WebElement connectedFrame() {
        return frames().stream().filter(f -> f.getText().contains("You are connected as user")).findFirst().orElse(null);
    }

    /** Types a command into Browser's editor (Shift+Enter between lines, as Enter runs) and runs it. */
    private void run(String command) {
        BROWSER.get().driver.findElement(By.cssSelector("[data-testid=activeEditor]")).click();
        Actions typing = new Actions(BROWSER.get().driver);
        for (String line : command.strip().split("\n")) {
            typing.sendKeys(line).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT);
        }
        typing.perform();
        BROWSER.get().driver.findElement(By.cssSelector("[data-testid=editor-Run]")).click();
    }

    private List<WebElement> frames() {
        return BROWSER.get().driver.findElements(By.cssSelector("[data-testid=frame]"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> drawnNodes(WebElement frame) {
        return (List<Map<String, String>>) BROWSER.get().driver.executeScript("""
                return Array.from(arguments[0].querySelectorAll('svg g.node')).map(node => ({
                  caption: Array.from(node.querySelectorAll('text.caption')).map(t => t.textContent.trim()).join(' '),
                  fill: node.querySelector('circle.b-outline').getAttribute('fill')
                }));""", frame);
    }
}
