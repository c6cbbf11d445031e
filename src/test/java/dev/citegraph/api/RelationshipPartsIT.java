package dev.citegraph.api;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.citegraph.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of relationships reads only the parts of each relationship its response shows: the same
 * ids, titles, ends and quoted words whether or not the response also shows dates, stances or
 * claims, and those details whenever it does, fragments included.
 */
class RelationshipPartsIT extends IntegrationTest {

    private static final String ESSENTIAL = "id type title retracted from { id } to { id } citations { quote start end source { id } }";

    @Test
    void aPageWithoutDetailsAnswersItsFieldsAsAPageWithThem() {
        JsonNode lean = query("{ relationships(first: 500) { edges { node { " + ESSENTIAL + " } } } }");
        JsonNode full = query("{ relationships(first: 500) { edges { node { " + ESSENTIAL
                + " validFrom status held { to } claims { id } citations { stance modality note claim { id } } } } } }");
        List<String> fromLean = essentials(lean);
        assertThat(fromLean).hasSizeGreaterThan(100).isEqualTo(essentials(full));
        assertThat(full.findValues("stance")).isNotEmpty().allMatch(s -> !s.isNull());
        assertThat(full.findValues("modality")).allMatch(s -> !s.isNull());
        assertThat(full.findValues("claim")).anyMatch(c -> !c.isNull());
        assertThat(full.findValues("validFrom")).anyMatch(v -> !v.isNull());
    }

    @Test
    void detailsAskedThroughAFragmentAreRead() {
        JsonNode answer = query("""
                { relationships(to: "alibaba-group", types: [HOLDS_POSITION], first: 50) { edges { node { id ...dated } } } }
                fragment dated on Relationship { held { to } citations { quote ... on Citation { stance } } }""");
        assertThat(answer.findValues("held")).anyMatch(h -> !h.isNull());
        assertThat(answer.findValues("stance")).isNotEmpty().allMatch(s -> s.asString().equals("SUPPORTS") || s.asString().equals("DISPUTES"));
    }

    @Test
    void anEntitysRelationshipsWithoutDetailsAnswerAsWithThem() {
        JsonNode lean = query("{ entity(id: \"wu-zeming\") { relationships { " + ESSENTIAL + " } } }");
        JsonNode full = query("{ entity(id: \"wu-zeming\") { relationships { " + ESSENTIAL
                + " from { name } validTo held { to } citations { stance } } } }");
        assertThat(essentials(lean.at("/entity/relationships"))).hasSizeGreaterThan(3)
                .isEqualTo(essentials(full.at("/entity/relationships")));
        assertThat(full.findValues("stance")).isNotEmpty().allMatch(s -> !s.isNull());
    }

    @Test
    void theSameEntitysRelationshipsAskedAgainWithDetailsFurtherDownAreReadWithThem() {
        // Wu Zeming's relationships, then again from each relationship's subject, which is often
        // Wu Zeming himself: the same entity, direction and filter, but not the same parts.
        JsonNode answer = query("""
                { entity(id: "wu-zeming") { relationships { id from { id relationships { id held { to } citations { stance } } } } } }""");
        JsonNode nested = answer.at("/entity/relationships");
        assertThat(nested.findValues("stance")).isNotEmpty().allMatch(s -> !s.isNull());
        assertThat(nested.findValues("held")).anyMatch(h -> !h.isNull());
    }

    /** Each relationship's essential fields, and its citations', as one line. */
    private static List<String> essentials(JsonNode answer) {
        List<String> lines = new ArrayList<>();
        JsonNode list = answer.has("relationships") ? answer.at("/relationships/edges") : answer;
        for (JsonNode item : list) {
            JsonNode r = item.has("node") ? item.get("node") : item;
            StringBuilder line = new StringBuilder(String.join("|", r.get("id").asString(), r.get("type").asString(),
                    r.get("title").asString(), r.get("retracted").asString(), r.at("/from/id").asString(), r.at("/to/id").asString()));
            for (JsonNode c : r.get("citations")) {
                line.append(" [").append(c.get("quote").asString()).append('@').append(c.get("start").asInt()).append('-')
                        .append(c.get("end").asInt()).append(' ').append(c.at("/source/id").asString()).append(']');
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
