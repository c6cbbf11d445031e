package dev.citegraph.api;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A document is parsed and validated once, and only a valid one is kept. */
class DocumentCacheIT extends IntegrationTest {

    @Autowired
    DocumentCache cache;

    @Test
    void aDocumentSentAgainIsNotParsedAgainAndAnswersWithItsNewVariables() {
        String document = "query($id: ID) { entity(id: $id) { id name } } # " + getClass().getSimpleName();
        int before = cache.size();
        assertThat(query(document, Map.of("id", "wu-zeming")).at("/entity/name").asText()).isEqualTo("Wu Zeming");
        assertThat(cache.size()).isEqualTo(before + 1);
        assertThat(query(document, Map.of("id", "qwen")).at("/entity/name").asText()).isEqualTo("Qwen");
        assertThat(cache.size()).as("the same document: kept once").isEqualTo(before + 1);
    }

    @Test
    void aDocumentThatFailsValidationIsRefusedEachTimeAndNotKept() {
        String invalid = "{ entity(id: \"wu-zeming\") { noSuchField } } # " + getClass().getSimpleName();
        int before = cache.size();
        for (int i = 0; i < 2; i++) {
            assertThat(errors(invalid, Map.of())).singleElement()
                    .satisfies(error -> assertThat(error.getMessage()).contains("noSuchField"));
        }
        assertThat(cache.size()).isEqualTo(before);
    }
}
