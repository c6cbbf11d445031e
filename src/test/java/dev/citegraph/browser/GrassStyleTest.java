package dev.citegraph.browser;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.citegraph.corpus.Ontology;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrassStyleTest {

    private static final Path STYLE = Path.of("cypher", "style.grass");

    @Test
    void everyEntityTypeOfTheOntologyHasItsOwnColourAndShowsItsName() {
        GrassStyle style = GrassStyle.read(STYLE);
        Set<String> types = ontologyEntityTypes();
        assertThat(types).contains("Person", "Organization", "Initiative");
        for (String type : types) {
            assertThat(style.rules()).as("rule for %s", type).containsKey("node." + type);
            assertThat(style.rules().get("node." + type)).containsEntry("caption", "{name}").containsKey("color");
        }
        assertThat(types.stream().map(t -> style.rules().get("node." + t).get("color")).distinct())
                .as("one colour per type").hasSameSizeAs(types);
    }

    @Test
    void arrowsShowTheirTitleWhereEveryOneHasATitleAndTheirTypeOtherwise() {
        GrassStyle style = GrassStyle.read(STYLE);
        style.rules().forEach((selector, properties) -> {
            if (selector.startsWith("relationship")) {
                assertThat(properties.get("caption")).as(selector).isIn("<type>", "{title}");
            }
        });
        // Parallel arrows (three positions of one person in one company) differ only by their titles.
        Ontology ontology = YAMLMapper.builder().build().readValue(Path.of("corpus", Ontology.FILE).toFile(), Ontology.class);
        ontology.relationshipTypes().forEach((type, definition) -> {
            if (definition.titleRequired()) {
                assertThat(style.rules().get("relationship." + type)).as(type).containsEntry("caption", "{title}");
            }
        });
    }

    @Test
    void typeRulesComeAfterTheEntityRuleBecauseBrowserLetsTheLaterRuleWin() {
        var selectors = GrassStyle.read(STYLE).rules().keySet().stream().toList();
        assertThat(selectors.indexOf("node.Entity")).isLessThan(selectors.indexOf("node.Person"));
    }

    @Test
    void theJsonFormIsBrowsersStyleData() {
        GrassStyle style = GrassStyle.read(STYLE);
        assertThat(style.json()).startsWith("{\"node\":{").doesNotContain("\n");
        Map<?, ?> data = JsonMapper.builder().build().readValue(style.json(), Map.class);
        assertThat(data).isEqualTo(style.rules());
    }

    @Test
    void readsQuotedCaptionsWithBracesAndKeepsFileOrder() {
        GrassStyle style = GrassStyle.parse("""
                node { color: #111111; caption: '{name}'; }
                node.Person {
                  diameter: 65px;
                  caption: "{name}"
                }
                """);
        assertThat(style.rules().keySet()).containsExactly("node", "node.Person");
        assertThat(style.rules().get("node")).containsExactly(Map.entry("color", "#111111"), Map.entry("caption", "{name}"));
        assertThat(style.rules().get("node.Person")).containsEntry("caption", "{name}").containsEntry("diameter", "65px");
    }

    @Test
    void refusesWhatBrowserWouldMisreadSuchAsComments() {
        assertThatThrownBy(() -> GrassStyle.parse("/* colours */\nnode { color: #111111; }"))
                .hasMessageContaining("not a node or relationship selector: /* colours */");
        assertThatThrownBy(() -> GrassStyle.parse("node { color #111111; }"))
                .hasMessageContaining("property: value");
        assertThatThrownBy(() -> GrassStyle.parse("node.Person:hover { color: #111111; }"))
                .hasMessageContaining("selector");
    }

    private static Set<String> ontologyEntityTypes() {
        return YAMLMapper.builder().build().readValue(Path.of("corpus", Ontology.FILE).toFile(), Ontology.class)
                .entityTypes().keySet();
    }
}
