package dev.citegraph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.util.FileSystemUtils;

/**
 * A second, empty Neo4j in the test's JVM, on a temporary folder, as a user's fresh database would
 * be. It listens on a free loopback Bolt port so that a script is loaded into it the way cypher-shell
 * sends one (statement by statement over Bolt) and {@link dev.citegraph.GraphDump} reads it exactly
 * as it reads the application's database.
 */
final class FreshNeo4j implements AutoCloseable {

    private final Path home;
    private final DatabaseManagementService service;
    private final Driver driver;

    FreshNeo4j() throws IOException {
        home = Files.createTempDirectory("citegraph-fresh-").toAbsolutePath().normalize();
        service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 16L * 1024 * 1024)
                .build();
        var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
    }

    Driver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        driver.close();
        service.shutdown();
        FileSystemUtils.deleteRecursively(home);
    }
}
