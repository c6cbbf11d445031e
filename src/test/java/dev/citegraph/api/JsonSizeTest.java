package dev.citegraph.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer-size cap counts exactly the bytes Jackson would write, without writing them. */
class JsonSizeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void countsWhatJacksonWritesForAnAnswerOfEveryKindOfValue() {
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("quote", "阿里巴巴集团CEO吴泳铭 said \"AI first\"\tthen left\\right\n");
        citation.put("start", 1043);
        citation.put("end", -7L);
        citation.put("source", Map.of("id", "reuters-2026"));
        citation.put("note", null);
        citation.put("score", 0.8731);
        citation.put("retracted", false);
        citation.put("shown", true);
        citation.put("emoji", "😀 and a lone \ud800 and \u0001\u001f\u007f é");
        citation.put("kind", ErrorKind.BAD_REQUEST);
        Map<String, Object> answer = Map.of("relationships", Map.of("edges",
                List.of(Map.of("node", citation), Map.of("node", Map.of()), List.of(), Arrays.asList(1, null, "x"))));

        for (Object value : List.of(answer, citation, "", List.of(), Map.of(), 12345678901L, "\"\\\b\f\r")) {
            assertThat(JsonSize.of(value, Long.MAX_VALUE)).as("%s", value).isEqualTo(JSON.writeValueAsBytes(value).length);
        }
    }

    @Test
    void stopsCountingOnceTheAnswerIsKnownToBeLarger() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            items.add(Map.of("id", "relationship-" + i));
        }
        long whole = JSON.writeValueAsBytes(items).length;
        assertThat(JsonSize.of(items, Long.MAX_VALUE)).isEqualTo(whole);
        long cut = JsonSize.of(items, 1_000);
        assertThat(cut).isGreaterThan(1_000).isLessThan(1_100);
        assertThat(JsonSize.larger(items, whole)).isFalse();
        assertThat(JsonSize.larger(items, whole - 1)).isTrue();
    }

    @Test
    void anAnswerWhoseBoundIsAboveTheLimitIsStillCountedExactly() {
        String text = "a".repeat(1_000); // bound 6,002 bytes, exactly 1,002
        assertThat(JsonSize.larger(List.of(text), 1_004)).isFalse();
        assertThat(JsonSize.larger(List.of(text), 1_003)).isTrue();
        assertThat(JsonSize.larger(Map.of("quote", "阿".repeat(100)), 312)).isFalse();
        assertThat(JsonSize.larger(Map.of("quote", "阿".repeat(100)), 311)).isTrue();
    }

    private enum ErrorKind { BAD_REQUEST }
}
