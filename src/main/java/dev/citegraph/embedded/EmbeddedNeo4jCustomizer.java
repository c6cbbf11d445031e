package dev.citegraph.embedded;

import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * More settings for the embedded database, applied before it starts. Lets another feature (Neo4j
 * Browser's client settings, for example) configure the database without this package knowing it.
 * Implementations are listed in {@code META-INF/spring.factories} under this interface's name, with
 * a public constructor taking nothing: the database starts before the application's beans exist
 * ({@link EarlyStart}).
 */
@FunctionalInterface
public interface EmbeddedNeo4jCustomizer {

    void customize(DatabaseManagementServiceBuilder builder);
}
