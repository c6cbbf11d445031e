package dev.citegraph.browser;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Which Browser the application offers: its own next to the embedded database, none next to a Neo4j server. */
class BrowserActivationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withPropertyValues("spring.neo4j.uri=${NEO4J_URI:bolt://127.0.0.1:7687}");

    @Test
    void withANeo4jServerBrowserIsNotServedAndBrowserSaysWhereToGo() {
        context.withPropertyValues("NEO4J_URI=bolt://neo4j:7687")
                .withUserConfiguration(BrowserConfiguration.class, DiscoveryController.class, BrowserPageController.class,
                        BrowserElsewhereController.class)
                .run(app -> {
                    assertThat(app).doesNotHaveBean(BrowserConfiguration.class).doesNotHaveBean(DiscoveryController.class)
                            .doesNotHaveBean(BrowserPageController.class);
                    var answer = app.getBean(BrowserElsewhereController.class).elsewhere();
                    assertThat(answer.getStatusCode().value()).isEqualTo(404);
                    assertThat(answer.getBody()).contains("bolt://neo4j:7687", "http://localhost:7474/browser/");
                });
    }

    @Test
    void withTheEmbeddedDatabaseThereIsNothingToPointElsewhere() {
        context.withUserConfiguration(BrowserElsewhereController.class)
                .run(app -> assertThat(app).doesNotHaveBean(BrowserElsewhereController.class));
    }
}
