package dev.citegraph.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationPreparedEvent;

/**
 * Fills the store of a new embedded database before it first starts. Neo4j's offline importer
 * writes a large graph many times faster than transactions do, but only into a database that does
 * not exist yet: the ingest uses it for a first start on a large corpus. Listed in
 * {@code META-INF/spring.factories}, like {@link EmbeddedNeo4jCustomizer}: both are needed before
 * there are beans.
 */
public interface EmbeddedSeed {

    /**
     * When the application has been prepared, before the database's start begins: whether this
     * start will fill the store, given the settings, the command line and whether the store is new
     * ({@link EmbeddedProperties#fresh}); a seed that will may register itself as a bean here.
     */
    void prepare(ApplicationPreparedEvent event, EmbeddedProperties properties);

    /**
     * On the database's start thread, before the database starts, when its store did not exist at
     * {@link #prepare}: writes it under {@code home} in Neo4j's own layout, or writes nothing. It
     * does not throw: a seed that cannot fill the store leaves none, and the database starts empty.
     */
    void fill(Path home);
}
