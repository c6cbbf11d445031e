package dev.citegraph.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the application finds its data on disk: the curated corpus and the Cypher files.
 * Relative paths resolve against the working directory (the repository root under {@code ./mvnw}).
 *
 * @param ingestOnStart ingest at start when the graph is empty or holds another version of the corpus
 */
@ConfigurationProperties("citegraph")
public record CitegraphPaths(Path corpus, Path cypher, Boolean ingestOnStart) {

    public CitegraphPaths {
        corpus = (corpus == null ? Path.of("corpus") : corpus).toAbsolutePath().normalize();
        cypher = (cypher == null ? Path.of("cypher") : cypher).toAbsolutePath().normalize();
        ingestOnStart = ingestOnStart == null || ingestOnStart;
    }

    /** The versioned schema migrations (see {@code Migrations}). */
    public Path migrations() {
        return cypher.resolve("migrations");
    }

    /** The conflict-detection rules the ingest runs (see {@code ConflictRules}). */
    public Path rules() {
        return cypher.resolve("rules");
    }
}
