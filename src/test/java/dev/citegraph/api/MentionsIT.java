package dev.citegraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.citegraph.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every place an article names an entity, under any name, with its words and sentence at their offsets. */
class MentionsIT extends IntegrationTest {

    private static final String MENTIONS = """
            query($entity: ID!, $source: ID, $first: Int, $after: String) {
              mentions(entity: $entity, source: $source, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { node { source { id } entity { id occurrenceCount } text start end sentence sentenceStart sentenceEnd } } } }""";

    private static String cut(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    private Map<String, String> texts() {
        Map<String, String> texts = new HashMap<>();
        query("{ sources { id text } }").get("sources").forEach(s -> texts.put(s.get("id").asString(), s.get("text").asString()));
        return texts;
    }

    @Test
    void everySentenceThatNamesQwenUnderAnyNameIsOneQueryAndEachOffsetCutsItsWords() {
        Map<String, String> texts = texts();
        JsonNode page = query(MENTIONS, Map.of("entity", "Qwen", "first", 500)).get("mentions");
        List<JsonNode> mentions = page.get("edges").valueStream().map(e -> e.get("node")).toList();
        assertThat(mentions).hasSize(page.get("totalCount").asInt());
        assertThat(page.get("totalCount").asInt()).isEqualTo(mentions.getFirst().get("entity").get("occurrenceCount").asInt());
        assertThat(mentions.stream().map(m -> m.get("text").asString()).distinct().count()).as("more than one name").isGreaterThan(1);
        for (JsonNode m : mentions) {
            String text = texts.get(m.get("source").get("id").asString());
            assertThat(cut(text, m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asString());
            assertThat(cut(text, m.get("sentenceStart").asInt(), m.get("sentenceEnd").asInt())).isEqualTo(m.get("sentence").asString());
            assertThat(m.get("sentence").asString()).contains(m.get("text").asString());
        }
    }

    @Test
    void aChineseAliasFindsTheMentionsAndTheChineseWordsAreAmongThem() {
        Map<String, String> texts = texts();
        List<JsonNode> mentions = query(MENTIONS, Map.of("entity", "吴泽明", "source", "chinanews-tongyi", "first", 50))
                .get("mentions").get("edges").valueStream().map(e -> e.get("node")).toList();
        JsonNode chinese = mentions.stream().filter(m -> m.get("text").asString().equals("吴泽明")).findFirst().orElseThrow();
        assertThat(chinese.get("entity").get("id").asString()).isEqualTo("wu-zeming");
        assertThat(cut(texts.get("chinanews-tongyi"), chinese.get("start").asInt(), chinese.get("end").asInt())).isEqualTo("吴泽明");
        assertThat(mentions).allMatch(m -> m.get("source").get("id").asString().equals("chinanews-tongyi"));
    }

    @Test
    void pagesFollowEachOtherInSourceThenTextOrder() {
        JsonNode first = query(MENTIONS, Map.of("entity", "alibaba-group", "first", 10)).get("mentions");
        JsonNode second = query(MENTIONS, Map.of("entity", "alibaba-group", "first", 10,
                "after", first.get("pageInfo").get("endCursor").asString())).get("mentions");
        assertThat(first.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();
        JsonNode last = first.get("edges").get(9).get("node");
        JsonNode next = second.get("edges").get(0).get("node");
        String a = last.get("source").get("id").asString(), b = next.get("source").get("id").asString();
        assertThat(a.compareTo(b) < 0 || (a.equals(b) && last.get("start").asInt() < next.get("start").asInt())).isTrue();
    }

    @Test
    void walkingEveryPageByItsCursorGivesEachOccurrenceOnceAndAllOfThem() {
        List<String> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            // Without totalCount: the page reads one occurrence more than it shows to know whether more follow.
            Map<String, Object> variables = new HashMap<>(Map.of("entity", "alibaba-group", "first", 7));
            if (after != null) {
                variables.put("after", after);
            }
            JsonNode page = query("""
                    query($entity: ID!, $first: Int, $after: String) {
                      mentions(entity: $entity, first: $first, after: $after) {
                        pageInfo { hasNextPage endCursor } edges { node { source { id } start } } } }""", variables)
                    .get("mentions");
            page.get("edges").forEach(e -> walked.add(e.get("node").get("source").get("id").asString() + "@"
                    + e.get("node").get("start").asInt()));
            more = page.get("pageInfo").get("hasNextPage").asBoolean();
            after = page.get("pageInfo").get("endCursor").asString();
            pages++;
        }
        List<String> expected = cypher("""
                MATCH (s:Source)-[m:MENTIONS]->(:Entity {id: 'alibaba-group'})
                UNWIND m.starts AS start
                RETURN s.id + '@' + start AS occurrence ORDER BY s.id, start""").stream()
                .map(r -> r.get("occurrence").asString()).toList();
        assertThat(pages).isGreaterThan(3);
        assertThat(walked).isEqualTo(expected);
    }
}
