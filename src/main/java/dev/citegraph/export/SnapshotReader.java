package dev.citegraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import dev.citegraph.graph.Cypher;
import dev.citegraph.graph.Views;

/**
 * Reads the whole {@link GraphSnapshot} in one query, so an export never mixes two versions of the
 * graph and costs one round trip however large the graph is.
 */
@Component
class SnapshotReader {

    private static final String SNAPSHOT = """
            CALL () {
              MATCH (e:Entity:Citegraph) WITH e ORDER BY e.id
              RETURN collect(%s) AS entities
            }
            CALL () {
              MATCH (a:Entity:Citegraph)-[r]->(b:Entity:Citegraph) WHERE r.id IS NOT NULL AND r.retracted IS NULL
              WITH a, r, b ORDER BY r.id
              RETURN collect(r {.id, .title, .spell, .validFrom, .validFromPrecision, .validTo, .validToPrecision,
                                .dateBasis, .status, .citations, .citedSources, .citedStarts, .citedEnds,
                                .citedStances, .citedModalities, .citedNotes,
                                type: type(r), from: a.id, to: b.id}) AS relationships
            }
            CALL () {
              MATCH (s:Source:Citegraph) WITH s ORDER BY s.id
              RETURN collect(s {.id, .title, .site, .url, .author, .publishedOn, .datePrecision, .dateBasis,
                                .language, .length}) AS sources
            }
            CALL () {
              MATCH (s:Source:Citegraph)-[m:MENTIONS]->(e:Entity:Citegraph) WITH s, m, e ORDER BY s.id, e.id
              RETURN collect({source: s.id, entity: e.id, count: m.count}) AS mentions
            }
            OPTIONAL MATCH (c:CorpusState:Citegraph {id: 'corpus'})
            RETURN c.fingerprint AS fingerprint, entities, relationships, sources, mentions
            """.formatted(Cypher.ENTITY);

    private final Cypher cypher;

    SnapshotReader(Cypher cypher) {
        this.cypher = cypher;
    }

    GraphSnapshot read() {
        var row = cypher.read(SNAPSHOT, Map.of()).getFirst();
        return new GraphSnapshot(row.get("fingerprint").asString(null),
                row.get("entities").asList(Views::entity),
                row.get("relationships").asList(SnapshotReader::relationship),
                row.get("sources").asList(SnapshotReader::source),
                row.get("mentions").asList(m -> new GraphSnapshot.Mention(m.get("source").asString(),
                        m.get("entity").asString(), m.get("count").asInt())));
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
