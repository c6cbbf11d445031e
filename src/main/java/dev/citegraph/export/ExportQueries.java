package dev.citegraph.export;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.citegraph.graph.Cypher;

/**
 * The exports' reads. A large part of the graph is streamed row by row into the file being written,
 * so its transaction lasts as long as the writing: it is bounded by
 * {@code citegraph.limits.export-timeout} rather than the API's (much shorter) query timeout.
 */
@Component
record ExportQueries(Cypher cypher, @Value("${citegraph.limits.export-timeout}") Duration timeout) {

    /** Hands each row to {@code row} as the database produces it; none is kept. */
    void each(String query, Map<String, Object> parameters, Consumer<Record> row) {
        cypher.stream(query, parameters, timeout, row);
    }

    /**
     * Every row of a small answer (the schema, the counts, the kinds of relationship), under the
     * same bound: counting the kinds reads every relationship, 1.6 s at 5,000 articles.
     */
    List<Record> all(String query, Map<String, Object> parameters) {
        List<Record> rows = new ArrayList<>();
        each(query, parameters, rows::add);
        return rows;
    }
}
