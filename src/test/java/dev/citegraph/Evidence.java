package dev.citegraph;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that citations returned by the API are the exact words of their sources at their offsets. */
public final class Evidence {

    private final Map<String, String> texts = new HashMap<>();

    /** @param sources the data of {@code { sources { id text } }} */
    public Evidence(JsonNode sources) {
        sources.get("sources").forEach(s -> texts.put(s.get("id").asString(), s.get("text").asString()));
    }

    /** Asserts every citation (needs {@code quote start end source { id }}) and returns how many there were. */
    public int assertExact(JsonNode citations) {
        int n = 0;
        for (JsonNode c : citations) {
            String text = texts.get(c.get("source").get("id").asString());
            int start = c.get("start").asInt();
            int end = c.get("end").asInt();
            assertThat(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)))
                    .as("citation at %d..%d of %s", start, end, c.get("source").get("id").asString())
                    .isEqualTo(c.get("quote").asString());
            n++;
        }
        return n;
    }
}
