package dev.citegraph.ingest;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

import dev.citegraph.corpus.Corpus;
import dev.citegraph.database.GraphDatabase;

/**
 * Writes a checked corpus into Neo4j in one transaction: either the whole corpus lands or
 * nothing changes. Nodes and relationships are merged on their ids and their properties replaced,
 * then whatever the corpus no longer holds is removed, so writing the same corpus twice changes
 * nothing and a smaller corpus leaves no stale facts behind.
 */
@Component
public class GraphWriter {

    private static final String SOURCES = """
            UNWIND $rows AS row
            MERGE (s:Source {id: row.id})
            SET s = row
            WITH collect(row.id) AS ids
            MATCH (s:Source) WHERE NOT s.id IN ids
            DETACH DELETE s
            """;

    // The type label is set dynamically; labels left over from an earlier type are removed first.
    private static final String ENTITIES = """
            UNWIND $rows AS row
            MERGE (e:Entity {id: row.props.id})
            SET e = row.props
            WITH e, row
            REMOVE e:$([l IN labels(e) WHERE l <> 'Entity' AND l <> row.type])
            SET e:$(row.type)
            WITH collect(row.props.id) AS ids
            MATCH (e:Entity) WHERE NOT e.id IN ids
            DETACH DELETE e
            """;

    private static final String RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
            MERGE (a)-[r:$(row.type) {id: row.props.id}]->(b)
            SET r = row.props
            WITH collect(row.props.id) AS ids
            MATCH (:Entity)-[r]->(:Entity) WHERE NOT r.id IN ids
            DELETE r
            """;

    private static final String MENTIONS = """
            UNWIND $rows AS row
            MATCH (s:Source {id: row.source}), (e:Entity {id: row.entity})
            MERGE (s)-[m:MENTIONS]->(e)
            SET m = row.props
            WITH collect(row.key) AS keys
            MATCH (s:Source)-[m:MENTIONS]->(e:Entity) WHERE NOT s.id + '|' + e.id IN keys
            DELETE m
            """;

    private static final String STATE = """
            MERGE (c:CorpusState {id: 'corpus'})
            SET c.fingerprint = $fingerprint
            """;

    private final GraphDatabase database;
    private final List<GraphExtension> extensions;

    public GraphWriter(GraphDatabase database, List<GraphExtension> extensions) {
        this.database = database;
        this.extensions = extensions;
    }

    /** @param fingerprint what the graph will then hold: this corpus, read by these rules */
    public void write(Corpus corpus, String fingerprint) {
        try (var session = database.driver().session(database.session())) {
            session.executeWriteWithoutResult(tx -> {
                run(tx, SOURCES, GraphRows.sources(corpus));
                run(tx, ENTITIES, GraphRows.entities(corpus));
                run(tx, RELATIONSHIPS, GraphRows.relationships(corpus));
                run(tx, MENTIONS, GraphRows.mentions(corpus));
                extensions.forEach(extension -> extension.write(tx, corpus));
                tx.run(STATE, Map.of("fingerprint", fingerprint)).consume();
            });
        }
    }

    private static void run(TransactionContext tx, String cypher, List<Map<String, Object>> rows) {
        tx.run(cypher, Map.of("rows", rows)).consume();
    }
}
