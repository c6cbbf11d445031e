package dev.citegraph.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.citegraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL at /graphiql in a real headless Chromium, on a network that reaches no CDN: a
 * researcher types a query, runs it, and reads the answer in the result pane.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphiqlPageIT extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    // Looked up by a Chinese alias: the answer must come from the graph's alias lookup.
    private static final String QUERY = "{ entity(name: \"吴泽明\") { name description mentionCount } }";

    @RegisterExtension
    static final Chromium.PerClass BROWSER = new Chromium.PerClass();

    @Test
    void aTypedQueryRunsAndItsAnswerFillsTheResultPane() {
        var expected = query(QUERY).get("entity");

        BROWSER.get().driver.get("http://localhost:" + port + "/graphiql");
        WebElement editor = BROWSER.get().waitUpTo(PATIENCE).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".graphiql-query-editor .CodeMirror")));
        editor.click();
        // Replace the sample query. The editor closes brackets and quotes itself, and steps over
        // them when they are typed, so the typed text ends up as written.
        new Actions(BROWSER.get().driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys(Keys.DELETE).sendKeys(QUERY).perform();
        BROWSER.get().driver.findElement(By.cssSelector(".graphiql-execute-button")).click();

        WebElement result = BROWSER.get().driver.findElement(By.cssSelector(".graphiql-response"));
        BROWSER.get().waitUpTo(PATIENCE).withMessage("the answer in GraphiQL's result pane")
                .until(d -> result.getText().contains("\"name\": \"Wu Zeming\""));
        assertThat(result.getText())
                .contains("\"description\": \"" + expected.get("description").asString() + "\"")
                .contains("\"mentionCount\": " + expected.get("mentionCount").asInt());
        BROWSER.get().screenshot("graphiql.png");
    }
}
