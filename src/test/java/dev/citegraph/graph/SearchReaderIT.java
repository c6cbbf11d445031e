package dev.citegraph.graph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search reads only the index's best matches when they hold the page, and every match when
 * they do not; either way the page is what every match would give. Checked for the words most
 * quotes share, against every match ranked here, with the application's reader and with one that
 * reads a single match per hit first, so that claims not accepted and several claims of one
 * relationship crowd the best matches often enough to need every match.
 */
class SearchReaderIT extends IntegrationTest {

    @Autowired
    private SearchReader applicationReader;

    @Autowired
    private Cypher queries;

    @Test
    void aPageHoldsTheBestHitsOfEveryMatchWhetherTheBestMatchesWereEnoughOrNot() {
        SearchReader onePerHit = new SearchReader(queries, 1);
        List<String> words = cypher("""
                MATCH (c:Claim) UNWIND split(toLower(c.quote), ' ') AS word
                WITH word WHERE word =~ '[a-z]{4,}'
                RETURN word, count(*) AS n ORDER BY n DESC, word LIMIT 25""").stream().map(r -> r.get("word").asString()).toList();
        int crowded = 0;
        for (String word : words) {
            for (int first : new int[] {1, 2, 5}) {
                crowded += bestMatchesHoldFewerThan(word, first) ? 1 : 0;
                assertPageIsTheBestOfEveryMatch(onePerHit, word, first);
                assertPageIsTheBestOfEveryMatch(applicationReader, word, first);
            }
        }
        assertThat(crowded).as("searches whose best match a hit alone could not give the page").isPositive();
    }

    /**
     * On a shared server the index also holds entities that are not the application's; when they
     * are the best matches, the page is still the application's best entities.
     */
    @Test
    void entitiesOfSomeoneElseCrowdingTheBestMatchesLeaveThePageTheApplicationsOwn() {
        cypher("UNWIND range(1, 20) AS i CREATE (:Entity {id: 'not-ours-' + i, name: 'Qwen Qwen Qwen', aliases: ['Qwen']})");
        try {
            for (int first : new int[] {1, 2, 3, 10}) {
                assertPageIsTheBestOfEveryMatch(new SearchReader(queries, 1), "Qwen", first);
                assertPageIsTheBestOfEveryMatch(applicationReader, "Qwen", first);
            }
        } finally {
            cypher("MATCH (e:Entity) WHERE e.id STARTS WITH 'not-ours-' DELETE e");
        }
    }

    private void assertPageIsTheBestOfEveryMatch(SearchReader reader, String word, int first) {
        List<Map.Entry<String, Double>> ranked = everyMatchRanked(word);
        List<Map.Entry<String, Double>> expected = ranked.subList(0, Math.min(first, ranked.size()));
        List<SearchReader.Hit> page = reader.search(word, SearchReader.Mode.WORDS, first, false);
        String as = word + ", first " + first + (reader == applicationReader ? "" : ", one match a hit first");
        assertThat(page.stream().map(SearchReader.Hit::score).toList()).as(as)
                .isEqualTo(expected.stream().map(Map.Entry::getValue).toList());
        // Among hits of equal score the order is the index's: the page's last score may be any of its equals.
        double last = expected.isEmpty() ? 0 : expected.getLast().getValue();
        assertThat(page.stream().filter(h -> h.score() > last)
                .map(h -> h.relationship() == null ? h.entity().id() : h.relationship().id())).as(as)
                .containsExactlyInAnyOrderElementsOf(expected.stream().filter(e -> e.getValue() > last).map(Map.Entry::getKey).toList());
    }

    /** Every entity of the application that matches, and every relationship with its best-matching accepted claim, best first. */
    private List<Map.Entry<String, Double>> everyMatchRanked(String word) {
        return cypher("""
                CALL () {
                  CALL db.index.fulltext.queryNodes('entity_text', $word) YIELD node, score
                  WHERE node:Citegraph
                  RETURN node.id AS id, score
                  UNION ALL
                  CALL db.index.fulltext.queryNodes('claim_quotes', $word) YIELD node, score
                  WHERE node.status = 'accepted' AND node.relationshipId IS NOT NULL
                  RETURN node.relationshipId AS id, max(score) AS score
                }
                RETURN id, score ORDER BY score DESC""", Map.of("word", word)).stream()
                .map(r -> Map.entry(r.get("id").asString(), r.get("score").asDouble())).toList();
    }

    /** The index's best quote matches, one for each hit of the page, hold fewer relationships than the page. */
    private boolean bestMatchesHoldFewerThan(String word, int first) {
        return cypher("""
                CALL db.index.fulltext.queryNodes('claim_quotes', $word, {limit: $first}) YIELD node
                WITH collect(node) AS best
                RETURN size(best) = $first AND size(collect {
                  UNWIND best AS c WITH c WHERE c.status = 'accepted' AND c.relationshipId IS NOT NULL
                  RETURN DISTINCT c.relationshipId }) < $first AS crowded""",
                Map.of("word", word, "first", first)).getFirst().get("crowded").asBoolean();
    }
}
