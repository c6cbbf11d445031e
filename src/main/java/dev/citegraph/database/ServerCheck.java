package dev.citegraph.database;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Checks, before anything is written, that the configured Neo4j can be used: it answers, accepts
 * the login, has the configured database, and is new enough for the application's Cypher. The
 * driver's own errors name none of the settings a user would change, and a wrong password would
 * otherwise surface as a stack trace from the middle of the ingest; this says which setting to fix.
 */
@Component
public class ServerCheck {

    /** Dynamic labels ({@code $(...)}) and {@code CALL (x) {}} subqueries arrived in Neo4j 5.26. */
    static final Neo4jVersion MINIMUM = Neo4jVersion.parse("5.26.0");

    private static final Logger log = LoggerFactory.getLogger(ServerCheck.class);

    private final GraphDatabase database;
    private final Neo4jConnectionDetails connection;
    private final Environment environment;

    public ServerCheck(GraphDatabase database, Neo4jConnectionDetails connection, Environment environment) {
        this.database = database;
        this.connection = connection;
        this.environment = environment;
    }

    /** @throws ServerCheckException when the server cannot be used, saying what to change */
    public void verify() {
        String address = connection.getUri().toString();
        String version;
        String edition;
        // An auto-commit query in a session is not retried, so a server that is down fails the start at once.
        try (Session session = database.driver().session(database.session())) {
            Record component = session.run("""
                    CALL dbms.components() YIELD name, versions, edition
                    WHERE name = 'Neo4j Kernel'
                    RETURN versions[0] AS version, edition""").single();
            version = component.get("version").asString();
            edition = component.get("edition").asString();
        } catch (AuthenticationException e) {
            throw new ServerCheckException("Neo4j at " + address + " refused the login of user '" + user()
                    + "' (wrong user name or password).",
                    "Set NEO4J_USERNAME and NEO4J_PASSWORD to an account of that server.", e);
        } catch (ServiceUnavailableException e) {
            throw new ServerCheckException("No Neo4j answers at " + address
                    + " (the server is down, or the address or port is wrong).",
                    "Start the server, or set NEO4J_URI to its Bolt address.", e);
        } catch (ClientException e) {
            if (e instanceof FatalDiscoveryException || "Neo.ClientError.Database.DatabaseNotFound".equals(e.code())) {
                throw new ServerCheckException("Neo4j at " + address + " has no database '" + database.name() + "'.",
                        "Set NEO4J_DATABASE to one of its databases (SHOW DATABASES lists them), "
                                + "or leave it empty for the server's home database.", e);
            }
            throw e;
        }
        requireSupported(address, version);
        log.info("Using Neo4j {} {} at {}, database {}", version, edition, address,
                database.name() == null ? "(the server's home database)" : database.name());
    }

    static void requireSupported(String address, String reported) {
        Neo4jVersion version;
        try {
            version = Neo4jVersion.parse(reported);
        } catch (IllegalArgumentException e) {
            // An unknown numbering is no proof of an old server; the queries themselves will tell.
            log.warn("Neo4j at {} reports version '{}', which this application cannot compare with {}", address,
                    reported, MINIMUM);
            return;
        }
        if (!version.isAtLeast(MINIMUM)) {
            throw new ServerCheckException("Neo4j at " + address + " is version " + version + "; citegraph needs "
                    + MINIMUM + " or newer (its Cypher uses dynamic labels and CALL (x) {} subqueries).",
                    "Upgrade the server, or leave NEO4J_URI unset to use the embedded Neo4j.", null);
        }
    }

    private String user() {
        return environment.getProperty("spring.neo4j.authentication.username", "neo4j");
    }
}
