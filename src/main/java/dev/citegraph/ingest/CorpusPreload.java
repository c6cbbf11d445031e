package dev.citegraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusLoader;
import dev.citegraph.corpus.Fingerprint;
import dev.citegraph.embedded.EmbeddedCondition;
import dev.citegraph.embedded.EmbeddedProperties;

/**
 * Reads and checks the corpus on a thread of its own from the moment the application's beans are
 * being defined, so that it overlaps the start of the embedded database (seconds spent mostly
 * waiting on files and locks) instead of following it. Only when serving with ingest at start:
 * commands read the corpus themselves, when they read it at all. The start-up ingest takes the
 * result once; a failure (a {@link dev.citegraph.corpus.CorpusException}) is thrown there, as if
 * the corpus had been read then. A restart on the corpus the graph was last verified against (the
 * stamp of {@link LastCommit} in the embedded database's folder) reads nothing: the start-up ingest
 * will most likely not need it, and reading thousands of articles beside the database's own start
 * slowed that start by a third (measured at ×1000). If the graph was changed since, the ingest reads
 * the corpus itself. A new embedded database has it read before it starts instead, by
 * {@link CorpusImport}, which may import it.
 */
@Component
final class CorpusPreload implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(CorpusPreload.class);

    private Environment environment;
    private Path folder;
    private CompletableFuture<Corpus> corpus;
    private CorpusImport seed;
    /** The folder's fingerprint, when it was computed here to compare it with the stamp (seconds of hashing at ×1000). */
    private String fingerprint;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory.getBeanProvider(ApplicationArguments.class).getIfAvailable() instanceof ApplicationArguments a)) {
            return;
        }
        folder = startCorpus(environment, a.getNonOptionArgs());
        if (folder == null) {
            return;
        }
        if (beanFactory.getBeanProvider(CorpusImport.class).getIfAvailable() instanceof CorpusImport seed) {
            // A new embedded database: the corpus is being read before it starts, and perhaps imported.
            this.seed = seed;
            corpus = seed.corpus(folder);
            return;
        }
        Optional<String> stamped = stampedCorpus();
        if (stamped.isPresent()) {
            String now = Fingerprint.of(folder);
            if (now.equals(stamped.get())) {
                fingerprint = now;
                log.info("The graph was last verified against this very corpus; not reading it ahead");
                return;
            }
        }
        corpus = CompletableFuture.supplyAsync(() -> CorpusLoader.load(folder),
                runnable -> Thread.ofPlatform().name("corpus-preload").daemon().start(runnable));
    }

    /**
     * The corpus folder a start reads while the database starts: when it serves (no command) and
     * ingests at start; null for any other start.
     */
    static Path startCorpus(Environment environment, List<String> commands) {
        if (!commands.isEmpty() || !environment.getProperty("citegraph.ingest-on-start", Boolean.class, true)) {
            return null;
        }
        return Path.of(environment.getProperty("citegraph.corpus", "corpus")).toAbsolutePath().normalize();
    }

    /** The fingerprint of the corpus the graph in the embedded database's folder was last verified against, if any. */
    private Optional<String> stampedCorpus() {
        if (!EmbeddedCondition.runs(environment)) {
            return Optional.empty();
        }
        EmbeddedProperties embedded = EmbeddedProperties.of(environment);
        return embedded.ephemeral() ? Optional.empty()
                : LastCommit.stampedCorpus(embedded.home().toAbsolutePath().normalize());
    }

    /** The fingerprint of {@code root} computed at start, once; null if none was computed for it. */
    synchronized String takeFingerprint(Path root) {
        if (fingerprint == null || !root.equals(folder)) {
            return null;
        }
        String taken = fingerprint;
        fingerprint = null;
        return taken;
    }

    /** True when the graph was written by Neo4j's offline importer from the corpus read at this start. */
    boolean imported() {
        return seed != null && seed.imported();
    }

    /** Forgets the corpus being read: the ingest found it needs none. */
    synchronized void discard() {
        if (corpus != null) {
            corpus.cancel(false);
            corpus = null;
        }
    }

    /** The corpus read from {@code root} since start, once; null if none was read from there. */
    synchronized Corpus take(Path root) {
        if (corpus == null || !root.equals(folder)) {
            return null;
        }
        CompletableFuture<Corpus> taken = corpus;
        corpus = null;
        if (seed != null) {
            seed.forget();
        }
        try {
            return taken.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
