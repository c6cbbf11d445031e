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
     * The default of {@code importFromClaims}. The import has costs of its own: the corpus is read
     * before the database starts instead of beside it, the importer starts, the indexes are built
     * afterwards on a cold cache. At 20,000 claims they ate the gain (first answer 41.9 / 37.4 s
     * against 41.6 / 40.0 s); at 200,000 the first start took 98 s instead of 172 s.
     */
    static final int IMPORT_FROM_CLAIMS = 50_000;

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
