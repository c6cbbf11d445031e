package dev.citegraph.api;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.citegraph.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Search says where it matched, whether the whole text was found together, and can look for a phrase or an exact name. */
class SearchIT extends IntegrationTest {

    private static final String SEARCH = """
            query($text: String!, $match: SearchMode) { search(text: $text, match: $match, first: 20) {
              snippet snippetStart exact matches { start end text } entity { id } source { id } } }""";

    private JsonNode search(String text, String match) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("text", text);
        variables.put("match", match);
        return query(SEARCH, variables).get("search");
    }

    private static String cut(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void aPhraseFindsOnlyItsWordsTogetherAndEveryHitSaysWhereInTheSnippetAndInTheArticle() {
        Map<String, String> texts = new java.util.HashMap<>();
        query("{ sources { id text } }").get("sources").forEach(s -> texts.put(s.get("id").asString(), s.get("text").asString()));

        JsonNode hits = search("technology committee", "PHRASE");
        assertThat(hits).isNotEmpty();
        boolean quoteHit = false;
        for (JsonNode h : hits) {
            assertThat(h.get("exact").asBoolean()).isTrue();
            assertThat(h.get("matches")).isNotEmpty();
            for (JsonNode m : h.get("matches")) {
                String snippet = h.get("snippet").asString();
                assertThat(cut(snippet, m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asString())
                        .isEqualToIgnoringCase("Technology Committee");
                if (!h.get("source").isNull()) {
                    // A quote hit: the same words at snippetStart + start of the article.
                    String text = texts.get(h.get("source").get("id").asString());
                    int at = h.get("snippetStart").asInt();
                    assertThat(cut(text, at + m.get("start").asInt(), at + m.get("end").asInt())).isEqualTo(m.get("text").asString());
                    quoteHit = true;
                }
            }
        }
        assertThat(quoteHit).isTrue();
        assertThat(search("committee technology", "PHRASE")).as("the words in another order are not the phrase").isEmpty();
    }

    @Test
    void aHitShownByIdsAnswersAsTheSameHitWithItsRelationshipRead() {
        String shown = "score snippet snippetStart exact matches { start end text } source { id }";
        for (String text : java.util.List.of("Qwen", "technology committee", "阿里巴巴")) {
            JsonNode byIds = query("query($text: String!) { search(text: $text, first: 30) { " + shown
                    + " entity { id } relationship { id } } }", Map.of("text", text)).get("search");
            JsonNode whole = query("query($text: String!) { search(text: $text, first: 30) { " + shown
                    + " entity { id name } relationship { id title citations { quote } } } }", Map.of("text", text)).get("search");
            assertThat(byIds).as(text).hasSameSizeAs(whole)
                    .anyMatch(h -> !h.get("relationship").isNull());
            for (int i = 0; i < whole.size(); i++) {
                JsonNode w = whole.get(i);
                ((tools.jackson.databind.node.ObjectNode) w.get("entity")).remove("name");
                if (!w.get("relationship").isNull()) {
                    // The snippet of a quote hit is one of its relationship's citations.
                    assertThat(w.get("relationship").get("citations").findValuesAsString("quote")).contains(w.get("snippet").asString());
                    ((tools.jackson.databind.node.ObjectNode) w.get("relationship")).retain("id");
                }
                assertThat(byIds.get(i)).as(text + " hit " + i).isEqualTo(w);
            }
        }
    }

    @Test
    void wordsSearchMarksPartialHitsAsNotExact() {
        JsonNode hits = search("technology committee", null);
        assertThat(hits.valueStream().filter(h -> h.get("exact").asBoolean())).isNotEmpty();
        JsonNode partial = hits.valueStream().filter(h -> !h.get("exact").asBoolean()).findFirst().orElseThrow();
        assertThat(partial.get("matches")).isNotEmpty();
        partial.get("matches").forEach(m -> assertThat(m.get("text").asString().toLowerCase()).isIn("technology", "committee"));
        assertThat(search("Shao Xiaofeng retirement party", null).valueStream().noneMatch(h -> h.get("exact").asBoolean()))
                .as("nothing holds all of these words together").isTrue();
    }

    @Test
    void aChinesePhraseMatchesItsCharactersInOrder() {
        JsonNode hits = search("技术委员会", "PHRASE");
        assertThat(hits.valueStream().map(h -> h.get("entity").get("id").asString())).contains("alibaba-technology-committee");
        hits.forEach(h -> assertThat(h.get("matches").get(0).get("text").asString()).isEqualTo("技术委员会"));
    }

    @Test
    void anExactNameFindsOnlyTheEntityWithThatNameWhole() {
        JsonNode hits = search("eddie  WU", "EXACT_NAME");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("entity").get("id").asString()).isEqualTo("wu-yongming");
        assertThat(hits.get(0).get("snippet").asString()).isEqualTo("Eddie Wu");
        assertThat(hits.get(0).get("exact").asBoolean()).isTrue();
        assertThat(search("Eddie", "EXACT_NAME")).as("part of a name is not a name").isEmpty();
    }
}
