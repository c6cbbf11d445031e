package dev.citegraph;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * citegraph: a knowledge graph of news articles in which every relationship carries its evidence.
 *
 * <p>With no arguments it serves GraphQL (and Neo4j Browser) over the graph. With {@code ingest}
 * or {@code validate} it runs that one command against the corpus, with {@code export} it writes the
 * graph's export files, and exits, without a web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CitegraphApplication {

    static final Set<String> COMMANDS = Set.of("ingest", "validate", "export", "add-article", "propose");
    /** Commands that only read or write corpus files: no database, so they work while the application runs. */
    public static final Set<String> OFFLINE = Set.of("validate", "add-article", "propose");

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(CitegraphApplication.class);
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            app.setWebApplicationType(WebApplicationType.NONE);
            if (OFFLINE.contains(args[0])) {
                app.setDefaultProperties(java.util.Map.of("citegraph.embedded.enabled", "false"));
            }
            System.exit(SpringApplication.exit(app.run(args)));
        }
        app.run(args);
    }
}
