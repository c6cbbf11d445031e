package dev.citegraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import dev.citegraph.graph.Cypher;
import dev.citegraph.graph.EntityView;
import dev.citegraph.graph.Views;

/**
 * Reads the {@link GraphSnapshot}: one query per part, each streamed into the file being written.
 * Every part comes in the order of an id index (the relationships in their subject's), so the
 * database sorts at most one subject's relationships or one source's mentions at a time: a whole
 * sort of the 139,000 relationships of 5,000 articles took 40 MB of a 512 MB heap, this takes kilobytes.
 * The parts are separate reads; {@link Exports} refuses a file during which the graph was written.
 */
@Component
class SnapshotReader {

    private static final String FINGERPRINT = """
            OPTIONAL MATCH (c:CorpusState:Citegraph {id: 'corpus'}) RETURN c.fingerprint AS fingerprint""";

    private static final String ENTITIES = """
            MATCH (e:Entity:Citegraph) WHERE e.id IS NOT NULL
            WITH e ORDER BY e.id
            RETURN %s AS entity""".formatted(Cypher.ENTITY);

    private static final String RELATIONSHIPS = """
            MATCH (a:Entity:Citegraph) WHERE a.id IS NOT NULL
            WITH a ORDER BY a.id
            MATCH (a)-[r]->(b:Entity:Citegraph) WHERE r.id IS NOT NULL AND r.retracted IS NULL
            WITH a, r, b ORDER BY a.id, r.id
            RETURN r {.id, .title, .spell, .validFrom, .validFromPrecision, .validTo, .validToPrecision, .dateBasis,
                      .status, .citations, .citedSources, .citedStarts, .citedEnds, .citedStances, .citedModalities,
                      .citedNotes, type: type(r), from: a.id, to: b.id} AS relationship""";

    private static final String SOURCES = """
            MATCH (s:Source:Citegraph) WHERE s.id IS NOT NULL
            WITH s ORDER BY s.id
            RETURN s {.id, .title, .site, .url, .author, .publishedOn, .datePrecision, .dateBasis, .language,
                      .length} AS source""";

    private static final String MENTIONS = """
            MATCH (s:Source:Citegraph)-[m:MENTIONS]->(e:Entity:Citegraph) WHERE s.id IS NOT NULL
            WITH s, m, e ORDER BY s.id, e.id
            RETURN s.id AS source, e.id AS entity, m.count AS count""";

    private final ExportQueries queries;

    SnapshotReader(ExportQueries queries) {
        this.queries = queries;
    }

    /** The fingerprint now; each part when it is asked for. */
    GraphSnapshot read() {
        String fingerprint = queries.all(FINGERPRINT, Map.of()).getFirst().get("fingerprint").asString(null);
        return new GraphSnapshot() {
            @Override
            public String fingerprint() {
                return fingerprint;
            }

            @Override
            public void entities(Consumer<EntityView> each) {
                queries.each(ENTITIES, Map.of(), row -> each.accept(Views.entity(row.get("entity"))));
            }

            @Override
            public void relationships(Consumer<GraphSnapshot.Relationship> each) {
                queries.each(RELATIONSHIPS, Map.of(), row -> each.accept(relationship(row.get("relationship"))));
            }

            @Override
            public void sources(Consumer<GraphSnapshot.Source> each) {
                queries.each(SOURCES, Map.of(), row -> each.accept(source(row.get("source"))));
            }

            @Override
            public void mentions(Consumer<GraphSnapshot.Mention> each) {
                queries.each(MENTIONS, Map.of(), row -> each.accept(new GraphSnapshot.Mention(
                        row.get("source").asString(), row.get("entity").asString(), row.get("count").asInt())));
            }
        };
    }

    /** Citations are parallel lists on the relationship (see ingest/GraphRows); here they become records again. */
    private static GraphSnapshot.Relationship relationship(Value r) {
        List<String> quotes = r.get("citations").asList(Value::asString, List.of());
        List<GraphSnapshot.Citation> citations = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            String note = r.get("citedNotes").get(i).asString("");
            citations.add(new GraphSnapshot.Citation(r.get("citedSources").get(i).asString(), quotes.get(i),
                    r.get("citedStarts").get(i).asInt(), r.get("citedEnds").get(i).asInt(),
                    r.get("citedStances").get(i).asString(), r.get("citedModalities").get(i).asString(),
                    note.isEmpty() ? null : note));
        }
        return new GraphSnapshot.Relationship(r.get("id").asString(), r.get("type").asString(),
                r.get("from").asString(), r.get("to").asString(), str(r, "title"), str(r, "spell"),
                str(r, "validFrom"), str(r, "validFromPrecision"), str(r, "validTo"), str(r, "validToPrecision"),
                str(r, "dateBasis"), str(r, "status"), citations);
    }

    private static GraphSnapshot.Source source(Value s) {
        return new GraphSnapshot.Source(s.get("id").asString(), str(s, "title"), str(s, "site"), str(s, "url"),
                str(s, "author"), str(s, "publishedOn"), str(s, "datePrecision"), str(s, "dateBasis"),
                str(s, "language"), s.get("length").asInt(0));
    }

    private static String str(Value v, String key) {
        return v.get(key).asString(null);
    }
}
