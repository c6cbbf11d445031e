package dev.citegraph.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the application finds its data on disk: the curated corpus and the Cypher files.
 * Relative paths resolve against the working directory (the repository root under {@code ./mvnw}).
 *
 * @param ingestOnStart ingest at start when the graph is empty or holds another version of the corpus
 * @param importFromClaims the number of claims from which the first start of a new embedded database
 *        writes the graph with Neo4j's offline importer ({@link CorpusImport}); -1: never
 */
@ConfigurationProperties("citegraph")
public record CitegraphPaths(Path corpus, Path cypher, Boolean ingestOnStart, Integer importFromClaims) {

    /**
     * The default of {@code importFromClaims}: about where the importer's fixed cost (2–4 s) is
     * repaid by its speed (about 9,000 claims a second against 1,500 in transactions).
     */
    static final int IMPORT_FROM_CLAIMS = 5_000;

    public CitegraphPaths {
        corpus = (corpus == null ? Path.of("corpus") : corpus).toAbsolutePath().normalize();
        cypher = (cypher == null ? Path.of("cypher") : cypher).toAbsolutePath().normalize();
        ingestOnStart = ingestOnStart == null || ingestOnStart;
        importFromClaims = importFromClaims == null ? IMPORT_FROM_CLAIMS : importFromClaims;
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
