package dev.citegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import dev.citegraph.embedded.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;

/**
 * A stamp saying that nothing has changed the graph since it was last verified: the number of the
 * last transaction the embedded database committed, and the code that derives rows from the corpus.
 * A start that has verified the whole graph keeps the stamp in a file of the data folder (not in
 * the graph, which writing it would change); when the next start finds the same stamp, nothing at
 * all has been written since and the same code would write the same rows, so that start need not
 * recompute every stored hash and run the rules over the whole graph again. The stamp also names
 * the corpus the graph was verified against ({@link #stampedCorpus}), so that a restart on the same
 * corpus need not even read it ({@link CorpusPreload}). On a Neo4j server
 * ({@code NEO4J_URI}) the number is not known, and every start verifies.
 */
@Component
class LastCommit {

    static final String FILE = "verified-graph";

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private String code;

    LastCommit(ObjectProvider<EmbeddedNeo4j> embedded) {
        this.embedded = embedded;
    }

    /** True when the database is exactly as the last verified start left it. */
    boolean untouched() {
        return file().flatMap(LastCommit::read).filter(stamp -> stamp.length == 3 && (stamp[0] + " " + stamp[1]).equals(now()))
                .isPresent();
    }

    /**
     * The fingerprint of the corpus folder that the graph in the embedded database's folder {@code home}
     * was last verified against, if it was.
     */
    static Optional<String> stampedCorpus(Path home) {
        return read(home.resolve(FILE)).filter(stamp -> stamp.length == 3).map(stamp -> stamp[2]);
    }

    /** Records that the graph, as it now is, was verified against the corpus of that fingerprint. */
    void stamp(String corpusFingerprint) {
        file().ifPresent(file -> {
            try {
                Files.writeString(file, now() + " " + corpusFingerprint);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Optional<String[]> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip().split(" ")) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Path> file() {
        return Optional.ofNullable(embedded.getIfAvailable()).map(neo4j -> neo4j.home().resolve(FILE));
    }

    private String now() {
        return id() + " " + code();
    }

    private long id() {
        GraphDatabaseAPI db = (GraphDatabaseAPI) embedded.getObject().service().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        return db.getDependencyResolver().resolveDependency(TransactionIdStore.class).getLastCommittedTransactionId();
    }

    /** SHA-256 of the classes that read the corpus and write the graph: a new version may write other rows. */
    private synchronized String code() {
        if (code == null) {
            try {
                var resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
                List<Resource> classes = new ArrayList<>();
                for (String pkg : List.of("corpus", "ingest")) {
                    classes.addAll(List.of(resolver.getResources("classpath*:dev/citegraph/" + pkg + "/*.class")));
                }
                classes.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (Resource r : classes) {
                    try (InputStream in = r.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
                code = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return code;
    }
}
