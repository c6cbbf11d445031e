package dev.citegraph.research;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.citegraph.Evidence;
import dev.citegraph.IntegrationTest;
import dev.citegraph.corpus.PartialDate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What happened when, oldest first, each moment with the words that date it. */
class TimelineIT extends IntegrationTest {

    private static final String TIMELINE = """
            query($entity: ID, $from: String, $to: String, $first: Int) { timeline(entity: $entity, from: $from, to: $to, first: $first) {
              date precision kind description event { id } relationship { id from { id } to { id } }
              citations { quote start end source { id } } } }""";

    private JsonNode timeline(Map<String, Object> variables) {
        return query(TIMELINE, variables).get("timeline");
    }

    @Test
    void theWholeStoryIsInDateOrderAndEveryEntryIsCited() {
        Evidence evidence = new Evidence(query("{ sources { id text } }"));
        JsonNode all = timeline(Map.of());
        PartialDate previous = null;
        for (JsonNode entry : all) {
            PartialDate date = PartialDate.parse(entry.get("date").asString());
            assertThat(date.precisionName()).isEqualTo(entry.get("precision").asString());
            if (previous != null) {
                // By the last day a date can mean; on the same last day, the less precise last.
                assertThat(date.lastDay()).as(entry.get("description").asString()).isAfterOrEqualTo(previous.lastDay());
                if (date.lastDay().equals(previous.lastDay())) {
                    assertThat(date.firstDay()).as(entry.get("description").asString()).isBeforeOrEqualTo(previous.firstDay());
                }
            }
            previous = date;
            assertThat(evidence.assertExact(entry.get("citations"))).as(entry.get("description").asString()).isPositive();
        }
        assertThat(all.valueStream().map(e -> e.get("kind").asString())).contains("EVENT", "BEGINS", "ENDS");
        assertThat(all.valueStream().filter(e -> e.get("kind").asString().equals("EVENT")).map(e -> e.get("event").get("id").asString()))
                .contains("ai-cloud-reorganization-2026", "group-cto-role-elimination-2023", "ath-creation-2026",
                        "one-plus-six-plus-n-transformation-2023", "wu-yongming-ceo-appointment-2023");
    }

    @Test
    void aDateOfOnlyAYearSortsAsItsWholeSpanAfterTheMonthsAndDaysOfThatYear() {
        java.util.List<String> dates = timeline(Map.of()).valueStream().map(e -> e.get("date").asString()).toList();
        assertThat(dates).contains("2026", "2026-03", "2026-04-08", "2023");
        assertThat(dates.indexOf("2026")).as("'2026' is not earlier than '2026-03'")
                .isGreaterThan(dates.lastIndexOf("2026-03")).isGreaterThan(dates.lastIndexOf("2026-04-08"));
        assertThat(dates.lastIndexOf("2023")).as("a year still precedes the next year's months").isLessThan(dates.indexOf("2026-03"));
    }

    @Test
    void anEntitysTimelineHoldsOnlyItsEventsAndRelationships() {
        JsonNode mine = timeline(Map.of("entity", "wu-zeming"));
        assertThat(mine).isNotEmpty();
        for (JsonNode entry : mine) {
            if (entry.get("kind").asString().equals("EVENT")) {
                assertThat(query("""
                        query($id: ID) { entity(id: $id) { relationships { from { id } to { id } } } }""",
                        Map.of("id", entry.get("event").get("id").asString())).get("entity").get("relationships")
                        .valueStream().anyMatch(r -> r.toString().contains("\"wu-zeming\""))).isTrue();
            } else {
                assertThat(entry.get("relationship").toString()).contains("\"wu-zeming\"");
            }
        }
        assertThat(mine.get(0).get("date").asString()).startsWith("2023");
        assertThat(mine.get(mine.size() - 1).get("date").asString()).startsWith("2026");
    }

    @Test
    void anEventInAnEntitysTimelineCitesTheEntitysLinksToIt() {
        int events = 0;
        for (JsonNode entry : query("""
                { timeline(entity: "wu-zeming") { kind event { id } citations { quote start end stance note source { id } claim { id } } } }""")
                .get("timeline")) {
            if (!entry.get("kind").asString().equals("EVENT")) {
                continue;
            }
            events++;
            List<String> cited = entry.get("citations").valueStream().map(JsonNode::toString).toList();
            JsonNode links = query("""
                    query($id: ID) { entity(id: $id) { relationships { retracted from { id } to { id }
                      citations { quote start end stance note source { id } claim { id } } } } }""",
                    Map.of("id", entry.get("event").get("id").asString())).at("/entity/relationships");
            List<String> expected = links.valueStream()
                    .filter(r -> !r.get("retracted").asBoolean() && r.toString().contains("\"wu-zeming\""))
                    .flatMap(r -> r.get("citations").valueStream()).map(JsonNode::toString).toList();
            assertThat(expected).isNotEmpty();
            assertThat(cited).containsAll(expected);
        }
        assertThat(events).isPositive();
    }

    @Test
    void fromAndToKeepOnlyEntriesThatCanFallBetweenThem() {
        JsonNode only2026 = timeline(Map.of("from", "2026-01", "to", "2026-12"));
        assertThat(only2026).isNotEmpty();
        only2026.forEach(e -> assertThat(e.get("date").asString()).startsWith("2026"));
        assertThat(timeline(Map.of("to", "2022-12")).valueStream().map(e -> e.get("date").asString())).allMatch(d -> d.compareTo("2023") < 0);
        assertThat(errors(TIMELINE, Map.of("from", "last spring")).getFirst().getMessage()).contains("from");
    }

    @Test
    void fromAndToAnswerWhatFilteringTheWholeTimelineByItsDaysAnswers() {
        // The query keeps out whole years before it reads an entry; whether an entry of the year of
        // from or to can fall between them is a question of days ("2026" can fall after 2026-04-08).
        for (String[] asked : new String[][] { { null, "2026-04-08", null }, { null, null, "2023-06" },
                { null, "2026", "2026" }, { null, "2025-12-31", "2026-04-08" }, { null, "2023-03-28", "2023-03-28" },
                { "wu-zeming", "2026-04-08", null }, { "wu-zeming", null, "2026-01" } }) {
            PartialDate from = PartialDate.parseOrNull(asked[1]);
            PartialDate to = PartialDate.parseOrNull(asked[2]);
            Map<String, Object> variables = new HashMap<>();
            variables.put("entity", asked[0]);
            List<String> expected = timeline(variables).valueStream().filter(e -> {
                PartialDate date = PartialDate.parse(e.get("date").asString());
                return (from == null || !date.lastDay().isBefore(from.firstDay()))
                        && (to == null || !date.firstDay().isAfter(to.lastDay()));
            }).map(TimelineIT::key).toList();
            variables.put("from", asked[1]);
            variables.put("to", asked[2]);
            assertThat(expected).as(variables.toString()).isNotEmpty();
            assertThat(timeline(variables).valueStream().map(TimelineIT::key).toList()).as(variables.toString()).isEqualTo(expected);
        }
    }

    @Test
    void firstAnswersTheOldestEntriesOfTheWholeTimeline() {
        List<String> all = timeline(Map.of()).valueStream().map(TimelineIT::key).toList();
        assertThat(all).hasSizeGreaterThan(10);
        assertThat(timeline(Map.of("first", 10)).valueStream().map(TimelineIT::key).toList()).isEqualTo(all.subList(0, 10));
        assertThat(timeline(Map.of("first", 0))).isEmpty();
        assertThat(errors(TIMELINE, Map.of("first", 5001)).getFirst().getMessage()).contains("first must be between 0 and 5000");
    }

    /** An entry as its date, kind and the id of its event or relationship. */
    private static String key(JsonNode entry) {
        JsonNode what = entry.get("kind").asString().equals("EVENT") ? entry.get("event") : entry.get("relationship");
        return entry.get("date").asString() + " " + entry.get("kind").asString() + " " + what.get("id").asString();
    }
}
