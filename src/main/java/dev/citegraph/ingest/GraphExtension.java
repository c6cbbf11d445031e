package dev.citegraph.ingest;

import org.neo4j.driver.TransactionContext;

import dev.citegraph.corpus.Corpus;

/**
 * More of the corpus written into the graph inside the ingest's one transaction (conflicts, for
 * example), after entities and relationships exist and before the corpus is marked as written.
 */
public interface GraphExtension {

    void write(TransactionContext tx, Corpus corpus);
}
