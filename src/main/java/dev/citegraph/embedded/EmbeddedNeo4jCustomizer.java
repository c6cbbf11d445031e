package dev.citegraph.embedded;

import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * More settings for the embedded database, applied before it starts. Lets another feature (Neo4j
 * Browser's client settings, for example) configure the database without this package knowing it.
 */
@FunctionalInterface
public interface EmbeddedNeo4jCustomizer {

    void customize(DatabaseManagementServiceBuilder builder);
}
