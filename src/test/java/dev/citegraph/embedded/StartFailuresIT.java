package dev.citegraph.embedded;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.citegraph.CitegraphApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Real start-ups of the application that must fail, and the one-line reason each one gives. */
class StartFailuresIT {

    @TempDir
    Path data;

    @Test
    void aDataFolderInUseByAnotherInstanceIsNamedAsSuch() {
        var other = new DatabaseManagementServiceBuilder(data.toAbsolutePath().normalize())
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 8L * 1024 * 1024).build();
        try {
            FailureAnalysis analysis = analyze(start(data));
            assertThat(analysis.getDescription()).startsWith("The data folder is in use by another running citegraph or Neo4j");
            assertThat(analysis.getAction()).contains("CITEGRAPH_DATA");
        } finally {
            other.shutdown();
        }
    }

    @Test
    void aFullDiskIsNamedBeforeNeo4jBlamesItsSystemDatabase() {
        FailureAnalysis analysis = analyze(start(data, "--citegraph.embedded.min-free-space=100000TB"));
        assertThat(analysis.getDescription()).startsWith("The disk of the data folder is full");
        assertThat(analysis.getAction()).contains("CITEGRAPH_DATA");
    }

    @Test
    void anUnwritableDataFolderIsNamedAsSuch() {
        // A path through a regular file cannot be created by anyone, root included.
        Path underAFile = Path.of("pom.xml").toAbsolutePath().resolve("neo4j");
        FailureAnalysis analysis = analyze(start(underAFile));
        assertThat(analysis.getDescription()).startsWith("The data folder cannot be written");
    }

    /**
     * The database starts beside Spring's own start, so a start can fail while the database is
     * starting and before any bean has asked for it (here the web server cannot read its settings):
     * the failed start waits for the database, shuts it down, and leaves the folder free.
     */
    @Test
    void aStartThatFailsBeforeAnyBeanAskedForTheDatabaseLeavesItsFolderFree() {
        Throwable failure = start(data, "--server.tomcat.threads.max=many");
        assertThat(failure).hasStackTraceContaining("\"many\"");
        assertThat(data.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
                .as("the database was started, then shut down").isDirectory();
        var next = new DatabaseManagementServiceBuilder(data.toAbsolutePath().normalize())
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 8L * 1024 * 1024).build();
        try {
            assertThat(next.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(1000)).isTrue();
        } finally {
            next.shutdown();
        }
    }

    private static Throwable start(Path home, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "--server.port=0";
        args[1] = "--citegraph.embedded.bolt-port=0";
        args[2] = "--citegraph.embedded.home=" + home;
        System.arraycopy(more, 0, args, 3, more.length);
        Throwable failure = catchThrowable(() -> SpringApplication.run(CitegraphApplication.class, args).close());
        assertThat(failure).as("the application should not have started").isNotNull();
        return failure;
    }

    private static FailureAnalysis analyze(Throwable failure) {
        FailureAnalysis analysis = new StartFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("analysis of %s", failure).isNotNull();
        return analysis;
    }
}
