package dev.citegraph.ingest;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusLoader;

/**
 * Reads and checks the corpus on a thread of its own from the moment the application's beans are
 * being defined, so that it overlaps the start of the embedded database (seconds spent mostly
 * waiting on files and locks) instead of following it. Only when serving with ingest at start:
 * commands read the corpus themselves, when they read it at all. The start-up ingest takes the
 * result once; a failure (a {@link dev.citegraph.corpus.CorpusException}) is thrown there, as if
 * the corpus had been read then.
 */
@Component
final class CorpusPreload implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;
    private Path folder;
    private CompletableFuture<Corpus> corpus;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        boolean serving = beanFactory.getBeanProvider(ApplicationArguments.class).getIfAvailable() instanceof ApplicationArguments a
                && a.getNonOptionArgs().isEmpty();
        if (!serving || !environment.getProperty("citegraph.ingest-on-start", Boolean.class, true)) {
            return;
        }
        folder = Path.of(environment.getProperty("citegraph.corpus", "corpus")).toAbsolutePath().normalize();
        corpus = CompletableFuture.supplyAsync(() -> CorpusLoader.load(folder),
                runnable -> Thread.ofPlatform().name("corpus-preload").daemon().start(runnable));
    }

    /** The corpus read from {@code root} since start, once; null if none was read from there. */
    synchronized Corpus take(Path root) {
        if (corpus == null || !root.equals(folder)) {
            return null;
        }
        CompletableFuture<Corpus> taken = corpus;
        corpus = null;
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
