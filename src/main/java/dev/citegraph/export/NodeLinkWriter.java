package dev.citegraph.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JsonGenerator;

import dev.citegraph.graph.EntityView;

/**
 * The entity graph as node-link JSON, the form of networkx's {@code node_link_graph} (and D3's):
 * {@code directed}, {@code multigraph}, {@code graph}, {@code nodes} and {@code links}.
 *
 * <p>The edges are under {@code links}: the key networkx 2.8 (Debian 12) and 3.x up to 3.5 read by
 * default; networkx 3.6 reads {@code edges} by default, so there pass {@code edges="links"}. Each
 * link's {@code key} is the relationship id, which networkx uses as the multigraph edge key.
 */
final class NodeLinkWriter {

    private NodeLinkWriter() {
    }

    /** Written as the graph is read, node by node and link by link. */
    static void write(GraphSnapshot graph, OutputStream out) {
        try (JsonGenerator json = Json.MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            json.writeStartObject();
            json.writeBooleanProperty("directed", true);
            json.writeBooleanProperty("multigraph", true);
            json.writePOJOProperty("graph",
                    graph.fingerprint() == null ? Map.of() : Map.of("corpusFingerprint", graph.fingerprint()));
            json.writeArrayPropertyStart("nodes");
            graph.entities(e -> json.writePOJO(node(e)));
            json.writeEndArray();
            json.writeArrayPropertyStart("links");
            graph.relationships(r -> json.writePOJO(link(r)));
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static Map<String, Object> node(EntityView e) {
        return present("id", e.id(), "type", e.type(), "kind", e.kind(), "name", e.name(), "aliases", e.aliases(),
                "description", e.description(), "date", e.date(), "datePrecision", e.datePrecision(),
                "dateBasis", e.dateBasis(), "mentionCount", e.mentionCount());
    }

    private static Map<String, Object> link(GraphSnapshot.Relationship r) {
        return present("source", r.from(), "target", r.to(), "key", r.id(), "type", r.type(), "title", r.title(),
                "spell", r.spell(), "validFrom", r.validFrom(), "validFromPrecision", r.validFromPrecision(),
                "validTo", r.validTo(), "validToPrecision", r.validToPrecision(), "dateBasis", r.dateBasis(),
                "status", r.status(), "sources", r.sources(), "citations", r.citations());
    }

    /** The pairs whose value is not null, in the given order. */
    private static Map<String, Object> present(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
