package dev.citegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RowTest {

    /**
     * Every graph stores its rows' hashes: a hash computed differently would make the next ingest
     * rewrite the whole graph, and a restart report it as changed behind the application's back.
     * The expected values are those of the first released computation.
     */
    @Test
    void theHashOfARowStaysTheSameAcrossReleases() {
        Map<String, Object> props = new HashMap<>();
        props.put("id", "wu-yongming:LEADS:alibaba-group");
        props.put("title", "CEO \"acting\" \\ 首席执行官");
        props.put("count", 3);
        props.put("citedStarts", List.of(12L, 40L));
        props.put("citations", List.of("吴泳铭 leads", "he said \"yes\""));
        props.put("retracted", true);
        props.put(Row.HASH, "not part of the hash");
        props.put("heldFrom", LocalDate.of(2025, 3, 4));
        props.put("note", null);
        Map<String, Object> links = new HashMap<>();
        links.put("to", "alibaba-group");
        links.put("from", "wu-yongming");
        links.put("sides", List.of(Map.of("b", 2, "a", "x")));

        assertThat(Row.hash(props, links)).isEqualTo("74f2b97e5d587c7c642a35920d2e995a");
        assertThat(Row.hash(Map.of(), Map.of())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb924");
    }

    @Test
    void aRowsHashIsStoredAmongTheProperties() {
        Row row = Row.of("a", Row.props("id", "a", "name", "Alibaba"), "labels", List.of("Entity"));
        assertThat(row.properties()).containsEntry(Row.HASH, row.hash());
        assertThat(Row.hash(row.properties(), Map.of("labels", List.of("Entity")))).isEqualTo(row.hash());
    }
}
