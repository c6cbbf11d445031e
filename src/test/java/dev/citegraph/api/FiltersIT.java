package dev.citegraph.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.citegraph.IntegrationTest;
import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusLoader;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Relationships by title and status, entities by kind and by how often the articles name them. */
class FiltersIT extends IntegrationTest {

    private static final String RELATIONSHIPS = """
            query($title: String, $status: RelationshipStatus) {
              relationships(title: $title, status: $status, first: 500) {
                totalCount edges { node { id title status validTo } } } }""";

    private List<JsonNode> relationships(Map<String, Object> variables) {
        return query(RELATIONSHIPS, variables).get("relationships").get("edges").valueStream().map(e -> e.get("node")).toList();
    }

    @Test
    void aTitleKeepsExactlyTheRelationshipsWithThatTitleWhateverItsCase() {
        List<JsonNode> all = relationships(Map.of());
        List<String> ctos = relationships(Map.of("title", "cto")).stream().map(r -> r.get("id").asString()).toList();
        assertThat(ctos).isNotEmpty().contains("wu-zeming:HOLDS_POSITION:alibaba-group:cto@2023")
                .containsExactlyElementsOf(all.stream().filter(r -> r.get("title").asString("").equalsIgnoreCase("CTO"))
                        .map(r -> r.get("id").asString()).toList());
        assertThat(errors(RELATIONSHIPS, Map.of("title", " ")).getFirst().getMessage()).contains("title must be");
    }

    @Test
    void typesKeepExactlyTheRelationshipsOfThoseTypesFromEitherEndOrNone() {
        String page = """
                query($from: ID, $to: ID, $types: [RelationshipType!]) {
                  relationships(from: $from, to: $to, types: $types, first: 500) { edges { node { id type } } } }""";
        // One or two types are followed through the entity's relationships of those types; three or
        // more are tested on every relationship: all must keep the same ones.
        List<List<String>> typeLists = List.of(List.of("HOLDS_POSITION"), List.of("REPORTS_TO", "HOLDS_POSITION"),
                List.of("REPORTS_TO", "HOLDS_POSITION", "LEADS"));
        for (Map<String, Object> ends : List.<Map<String, Object>>of(Map.of("to", "alibaba-group"),
                Map.of("from", "wu-zeming"), Map.of())) {
            List<JsonNode> all = query(page, ends).get("relationships").get("edges").valueStream().map(e -> e.get("node")).toList();
            for (List<String> types : typeLists) {
                Map<String, Object> variables = new java.util.HashMap<>(ends);
                variables.put("types", types);
                List<String> typed = query(page, variables).get("relationships").get("edges").valueStream()
                        .map(e -> e.get("node").get("id").asString()).toList();
                assertThat(typed).as("%s %s", ends, types).isNotEmpty().containsExactlyElementsOf(all.stream()
                        .filter(r -> types.contains(r.get("type").asString())).map(r -> r.get("id").asString()).toList());
            }
        }
    }

    @Test
    void statusSplitsRelationshipsIntoFormerAndCurrent() {
        List<JsonNode> all = relationships(Map.of());
        List<JsonNode> former = relationships(Map.of("status", "FORMER"));
        List<JsonNode> current = relationships(Map.of("status", "CURRENT"));
        assertThat(former).isNotEmpty().allMatch(r -> "former".equals(r.get("status").asString(null)) || !r.get("validTo").isNull());
        assertThat(current).isNotEmpty().allMatch(r -> r.get("status").isNull() && r.get("validTo").isNull());
        assertThat(former.size() + current.size()).isEqualTo(all.size());
    }

    @Test
    void entitiesOfOneKindOnly() {
        JsonNode committees = query("""
                { entities(kind: "committee", first: 200) { totalCount edges { node { id kind type } } } }""").get("entities");
        Corpus corpus = CorpusLoader.load(Path.of("corpus"));
        assertThat(committees.get("edges").valueStream().map(e -> e.get("node").get("id").asString()))
                .containsExactlyInAnyOrderElementsOf(corpus.entities().stream().filter(e -> "committee".equals(e.kind()))
                        .map(Corpus.Entity::id).toList())
                .contains("alibaba-technology-committee");
        JsonNode models = query("{ entities(type: Product, kind: \"model\") { edges { node { type kind } } } }").get("entities");
        models.get("edges").forEach(e -> assertThat(e.get("node").get("kind").asString()).isEqualTo("model"));
    }

    @Test
    void orderByMentionsPutsTheMostOftenNamedFirstAndCountsAreWhatTheyClaim() {
        List<JsonNode> ranked = query("""
                { entities(orderBy: MENTIONS, first: 200) { edges { node { id mentionCount occurrenceCount } } } }""")
                .get("entities").get("edges").valueStream().map(e -> e.get("node")).toList();
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).get("occurrenceCount").asInt()).isLessThanOrEqualTo(ranked.get(i - 1).get("occurrenceCount").asInt());
        }
        assertThat(ranked.getFirst().get("id").asString()).isEqualTo("alibaba-group");

        // mentionCount counts articles; occurrenceCount counts every place they name the entity.
        Corpus corpus = CorpusLoader.load(Path.of("corpus"));
        for (JsonNode e : ranked) {
            String id = e.get("id").asString();
            List<Corpus.Mention> mine = corpus.mentions().stream().filter(m -> m.entityId().equals(id)).toList();
            assertThat(e.get("mentionCount").asInt()).as(id).isEqualTo(mine.size());
            assertThat(e.get("occurrenceCount").asInt()).as(id).isEqualTo(mine.stream().mapToInt(m -> m.occurrences().size()).sum());
        }
        JsonNode inSearch = query("{ entities(query: \"Alibaba\", orderBy: MENTIONS, first: 2) { edges { node { id } } } }");
        assertThat(inSearch.get("entities").get("edges").get(0).get("node").get("id").asString()).isEqualTo("alibaba-group");
    }
}
