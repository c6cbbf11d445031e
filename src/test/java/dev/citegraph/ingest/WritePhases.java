package dev.citegraph.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import dev.citegraph.corpus.Corpus;

/**
 * Where a write that changes nothing spends its time, for the benchmarks: computing the rows (and
 * their hashes) the corpus implies, reading the stored hashes kind by kind, and running each
 * conflict rule. The parts are timed here, in a read transaction, because the benchmark must not
 * change the code it measures.
 */
public final class WritePhases {

    private WritePhases() {
    }

    public static Map<String, Long> of(Corpus corpus, Driver driver, Path rules) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long started = System.nanoTime();
        List<Row> rows = new java.util.ArrayList<>();
        rows.addAll(GraphRows.entities(corpus).toList());
        rows.addAll(GraphRows.sources(corpus).toList());
        rows.addAll(GraphRows.claims(corpus).toList());
        rows.addAll(GraphRows.relationships(corpus).toList());
        rows.addAll(GraphRows.mentions(corpus).toList());
        millis.put("rows and hashes (" + rows.size() + ")", (System.nanoTime() - started) / 1_000_000);
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                for (GraphKind kind : GraphKind.values()) {
                    long t = System.nanoTime();
                    int n = tx.run(kind.state, Map.of("verify", false, "origin", "curated")).list().size();
                    millis.put("read stored hashes: " + kind.name().toLowerCase() + " (" + n + ")",
                            (System.nanoTime() - t) / 1_000_000);
                }
                for (ConflictRules.Rule rule : ConflictRules.read(rules)) {
                    long t = System.nanoTime();
                    int n = tx.run(rule.cypher()).list().size();
                    millis.put("conflict rule " + rule.name() + " (" + n + ")", (System.nanoTime() - t) / 1_000_000);
                }
                return null;
            });
        }
        return millis;
    }
}
