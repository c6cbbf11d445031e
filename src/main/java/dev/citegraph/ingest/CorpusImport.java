package dev.citegraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.core.env.Environment;

import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusLoader;
import dev.citegraph.embedded.EmbeddedProperties;
import dev.citegraph.embedded.EmbeddedSeed;

/**
 * The first start of a new embedded database on a large corpus: the corpus is read before the
 * database starts, and if it has at least {@code citegraph.import-from-claims} claims, its graph
 * is written with Neo4j's offline importer ({@link BulkImport}) instead of transactions. The
 * start-up ingest then takes this corpus ({@link CorpusPreload}), finds its nodes and
 * relationships written and their hashes right, and writes the conflicts.
 *
 * <p>Below that size the import's own costs (the corpus read before the database starts instead of
 * beside it, the importer's start, indexes built afterwards) eat its gain, and the corpus is read
 * beside the database's start as for any other start. Only when serving with ingest at start, as
 * for the preload. A corpus that fails its checks is imported not at all: the database starts
 * empty, and the ingest reports the failure as it always has.
 */
public final class CorpusImport implements EmbeddedSeed {

    private static final Logger log = LoggerFactory.getLogger(CorpusImport.class);

    /** The name it is registered under in the application context, when it will fill the store. */
    static final String BEAN = "corpusImport";

    /**
     * Fewer bytes of claim files than this per claim cannot be: a claim states its id, source, type,
     * quote and offsets (about 300 bytes each in the real corpus, 195 in the generated ones).
     */
    private static final long MIN_BYTES_PER_CLAIM = 100;

    /** The corpus read for this start, until the ingest has taken it (then it is the ingest's to let go). */
    private volatile CompletableFuture<Corpus> corpus = new CompletableFuture<>();
    private Path folder;
    private int fromClaims;
    private volatile boolean imported;

    @Override
    public void prepare(ApplicationPreparedEvent event, EmbeddedProperties properties) {
        Environment environment = event.getApplicationContext().getEnvironment();
        Path corpusFolder = CorpusPreload.startCorpus(environment,
                new DefaultApplicationArguments(event.getArgs()).getNonOptionArgs());
        if (corpusFolder == null
                || !(event.getApplicationContext().getBeanFactory() instanceof DefaultSingletonBeanRegistry registry)) {
            return;
        }
        int claims = environment.getProperty("citegraph.import-from-claims", Integer.class, CitegraphPaths.IMPORT_FROM_CLAIMS);
        // Reading the corpus before the database starts, instead of beside it, costs a small corpus a
        // second: only one whose claim files are large enough to hold that many claims is read first.
        if (claims < 0 || sizeOfClaims(corpusFolder) < claims * MIN_BYTES_PER_CLAIM) {
            return;
        }
        folder = corpusFolder;
        fromClaims = claims;
        registry.registerSingleton(BEAN, this);
    }

    @Override
    public void fill(Path home) {
        if (folder == null) {
            return;
        }
        Corpus read;
        try {
            read = CorpusLoader.load(folder);
        } catch (RuntimeException e) {
            corpus.completeExceptionally(e); // reported by the ingest, as if it had read the corpus itself
            return;
        }
        corpus.complete(read);
        if (read.claims().size() < fromClaims) {
            return;
        }
        // Two first starts on one new folder: one imports, the other finds the folder in use when it starts.
        try (var lock = FileChannel.open(home.resolve("import.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var held = lock.tryLock()) {
            if (held != null) {
                BulkImport.into(home, read);
                imported = true;
            }
        } catch (IOException | RuntimeException e) {
            // The transactional write still works: a failed import costs time, not the start.
            log.warn("Neo4j's offline importer could not write the graph ({}); writing it in transactions instead", e.toString());
            log.debug("Offline import failed", e);
        }
    }

    /** The bytes of the corpus's claim files; 0 if there are none to read. */
    private static long sizeOfClaims(Path corpus) {
        try (Stream<Path> files = Files.walk(corpus.resolve("claims"))) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // the ingest reports a missing or unreadable corpus
        }
    }

    /** The corpus read for this start, from {@code root}; null if it was read from elsewhere. */
    CompletableFuture<Corpus> corpus(Path root) {
        return root.equals(folder) ? corpus : null;
    }

    /**
     * Lets go of the corpus: the start-up ingest has taken it, after this start's {@link #fill}
     * ended (the database it waited for starts after that). This bean lives as long as the
     * application, and the corpus of 5,000 articles is a third of a 512 MB heap.
     */
    void forget() {
        corpus = null;
    }

    /** True once the importer has written the graph of this corpus. */
    boolean imported() {
        return imported;
    }
}
