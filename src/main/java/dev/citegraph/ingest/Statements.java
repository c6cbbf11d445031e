package dev.citegraph.ingest;

import java.util.Map;

import org.neo4j.driver.Result;

/**
 * Where the ingest runs its statements: the driver transaction of a reload, or the transaction
 * Spring manages for a review. Both have this one method; the driver gives them no common type.
 */
@FunctionalInterface
public interface Statements {

    Result run(String cypher, Map<String, Object> parameters);
}
