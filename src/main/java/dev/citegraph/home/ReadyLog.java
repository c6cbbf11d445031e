package dev.citegraph.home;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import dev.citegraph.embedded.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;

/**
 * The last line of the start-up log: the addresses to open, with the ports actually bound, so a
 * newcomer need not read the README (or the log above) to know where to go.
 */
@Component
class ReadyLog implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final String serverUri;

    ReadyLog(ObjectProvider<EmbeddedNeo4j> embedded, @Value("${spring.neo4j.uri}") String serverUri) {
        this.embedded = embedded;
        this.serverUri = serverUri;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        // The commands (ingest, export, ...) run without a web server: nothing to open.
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            log.info(line(web.getWebServer().getPort(), embedded.getIfAvailable()));
        }
    }

    String line(int port, EmbeddedNeo4j neo4j) {
        String base = "http://localhost:" + port;
        String browser = neo4j != null ? " · Neo4j Browser " + base + "/browser/" : "";
        String bolt = neo4j != null ? neo4j.boltUri().toString() : serverUri;
        return "Ready. Open " + base + "/ · GraphiQL " + base + "/graphiql" + browser + " · Bolt " + bolt;
    }
}
