package dev.citegraph.export;

import java.util.List;
import java.util.function.Consumer;

import dev.citegraph.graph.EntityView;

/** A small graph whose values are hard to write: quotes, commas, line breaks, markup, Chinese, emoji. */
final class Samples {

    static final String TRICKY = "He said \"yes, 吴泽明\" <b>&</b>;\nthen left 🚀";

    private Samples() {
    }

    /** A graph held in lists, handed over in the lists' order. */
    record ListedGraph(String fingerprint, List<EntityView> entities, List<GraphSnapshot.Relationship> relationships,
            List<GraphSnapshot.Source> sources, List<GraphSnapshot.Mention> mentions) implements GraphSnapshot {

        @Override
        public void entities(Consumer<EntityView> each) {
            entities.forEach(each);
        }

        @Override
        public void relationships(Consumer<GraphSnapshot.Relationship> each) {
            relationships.forEach(each);
        }

        @Override
        public void sources(Consumer<GraphSnapshot.Source> each) {
            sources.forEach(each);
        }

        @Override
        public void mentions(Consumer<GraphSnapshot.Mention> each) {
            mentions.forEach(each);
        }
    }

    static ListedGraph graph() {
        EntityView wu = new EntityView("wu-zeming", "Person", null, "Wu Zeming", List.of("吴泽明", "Zeming Wu", "a|b;c,\"d\""),
                TRICKY, null, null, null, null, 3, 7);
        EntityView alibaba = new EntityView("alibaba-group", "Organization", "company", "Alibaba Group", List.of(),
                null, "1999", "year", "stated", null, 5, 12);
        var citations = List.of(
                new GraphSnapshot.Citation("s1", TRICKY, 10, 42, "supports", "asserted", null),
                new GraphSnapshot.Citation("s2", "前任首席技术官", 0, 7, "disputes", "reported", "a note, with \"quotes\""));
        var holds = new GraphSnapshot.Relationship("wu-zeming:HOLDS_POSITION:alibaba-group:cto@2023", "HOLDS_POSITION",
                "wu-zeming", "alibaba-group", "CTO", "2023", "2023", "year", null, null, "stated", "former", citations);
        var parallel = new GraphSnapshot.Relationship("wu-zeming:HOLDS_POSITION:alibaba-group:ceo", "HOLDS_POSITION",
                "wu-zeming", "alibaba-group", "CEO", null, null, null, null, null, null, null,
                List.of(new GraphSnapshot.Citation("s1", "CEO", 1, 4, "supports", "asserted", null)));
        return new ListedGraph("abc123", List.of(alibaba, wu), List.of(parallel, holds),
                List.of(new GraphSnapshot.Source("s1", "Title, with comma", null, "https://example.org/a?b=1&c=2", null,
                        "2026-04", "month", "stated", "en", 120)),
                List.of(new GraphSnapshot.Mention("s1", "wu-zeming", 2)));
    }
}
