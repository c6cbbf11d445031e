package dev.citegraph.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.citegraph.IntegrationTest;
import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusLoader;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The promise of the product: every quote in the graph is the source's own words at its offsets. */
class CitationsIT extends IntegrationTest {

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void everyCitationInTheDatabaseEqualsItsSourceTextAtItsOffsets() {
        Map<String, String> texts = new HashMap<>();
        cypher("MATCH (s:Source) RETURN s.id AS id, s.text AS text")
                .forEach(r -> texts.put(r.get("id").asString(), r.get("text").asString()));
        int checked = 0;
        boolean sawChinese = false;
        for (var r : cypher("""
                MATCH ()-[r]->() WHERE r.citations IS NOT NULL
                UNWIND range(0, size(r.citations) - 1) AS i
                RETURN r.id AS id, r.citations[i] AS quote, r.citedSources[i] AS source,
                       r.citedStarts[i] AS start, r.citedEnds[i] AS end""")) {
            String quote = r.get("quote").asString();
            String text = texts.get(r.get("source").asString());
            assertThat(codePoints(text, r.get("start").asInt(), r.get("end").asInt()))
                    .as("citation of %s in %s", r.get("id").asString(), r.get("source").asString())
                    .isEqualTo(quote);
            sawChinese |= quote.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            checked++;
        }
        Corpus corpus = CorpusLoader.load(Path.of("corpus"));
        assertThat(checked).isEqualTo(corpus.relationships().stream().mapToInt(rel -> rel.citations().size()).sum());
        assertThat(sawChinese).as("some citation quotes Chinese text").isTrue();
    }

    @Test
    void everyCitationServedOverGraphqlEqualsItsSourceTextAtItsOffsets() {
        Map<String, String> texts = new HashMap<>();
        query("{ sources { id text } }").get("sources")
                .forEach(s -> texts.put(s.get("id").asString(), s.get("text").asString()));
        int checked = 0;
        String after = null;
        do {
            JsonNode page = query("""
                    query($after: String) {
                      relationships(first: 100, after: $after) {
                        pageInfo { hasNextPage endCursor }
                        edges { node { id citations { quote start end source { id } } } }
                      }
                    }""", after == null ? Map.of() : Map.of("after", after)).get("relationships");
            for (JsonNode edge : page.get("edges")) {
                for (JsonNode c : edge.get("node").get("citations")) {
                    String text = texts.get(c.get("source").get("id").asString());
                    assertThat(codePoints(text, c.get("start").asInt(), c.get("end").asInt()))
                            .as("citation of %s", edge.get("node").get("id").asString())
                            .isEqualTo(c.get("quote").asString());
                    checked++;
                }
            }
            after = page.get("pageInfo").get("hasNextPage").asBoolean() ? page.get("pageInfo").get("endCursor").asString() : null;
        } while (after != null);
        assertThat(checked).isEqualTo(cypher("MATCH ()-[r]->() WHERE r.citations IS NOT NULL RETURN sum(size(r.citations)) AS n")
                .getFirst().get("n").asInt());
    }

    @Test
    void everyRelationshipOfTheCorpusIsInTheGraphWithAllItsCitations() {
        Corpus corpus = CorpusLoader.load(Path.of("corpus"));
        Map<String, Integer> inGraph = new HashMap<>();
        cypher("MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, size(r.citations) AS n")
                .forEach(r -> inGraph.put(r.get("id").asString(), r.get("n").asInt()));
        Map<String, Integer> expected = new HashMap<>();
        corpus.relationships().forEach(rel -> expected.put(rel.id(), rel.citations().size()));
        assertThat(inGraph).isEqualTo(expected);
    }
}
