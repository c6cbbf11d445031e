package dev.citegraph.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.citegraph.CitegraphApplication;
import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusException;
import dev.citegraph.database.ServerCheck;

/**
 * Runs at start: {@code ingest} (write the corpus, even if unchanged) and {@code validate} (check it,
 * write nothing) are commands that end the process with exit code 0 or 1. Without a command, the
 * graph is brought up to date with the corpus once every bean exists but before the web server
 * opens its port, so no request ever sees a half-loaded graph.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // first, so that other commands (export) see the up-to-date graph
class IngestRunner implements ApplicationRunner, ExitCodeGenerator, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);

    private final CorpusIngest ingest;
    private final CitegraphPaths paths;
    private int exitCode;

    private final ApplicationArguments arguments;
    private final ServerCheck serverCheck;

    IngestRunner(CorpusIngest ingest, CitegraphPaths paths, ApplicationArguments arguments, ServerCheck serverCheck) {
        this.ingest = ingest;
        this.paths = paths;
        this.arguments = arguments;
        this.serverCheck = serverCheck;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String command = command(arguments);
        if (CitegraphApplication.OFFLINE.contains(command)) {
            return; // corpus files only: no database to check or bring up to date
        }
        serverCheck.verify(); // a usable database, or one line saying why not
        // ingest always writes; serving and other commands (export) want the current graph.
        if (!command.equals("ingest") && paths.ingestOnStart()) {
            try {
                ingest.start();
            } catch (CorpusException e) {
                // A broken corpus must not take down a graph that was good: serve the last one, loudly.
                if (command.isEmpty() && ingest.holdsAGraph()) {
                    log.error("The corpus has problems; serving the graph of the last good corpus until they are fixed "
                            + "and the corpus is reloaded.\n{}", e.getMessage());
                    return;
                }
                throw e;
            }
        }
    }

    private static String command(ApplicationArguments args) {
        return args.getNonOptionArgs().isEmpty() ? "" : args.getNonOptionArgs().getFirst();
    }

    @Override
    public void run(ApplicationArguments args) {
        String command = command(args);
        try {
            switch (command) {
                case "validate" -> {
                    Corpus corpus = ingest.validate();
                    log.info("Corpus is valid: {} sources, {} entities, {} relationships", corpus.sources().size(),
                            corpus.entities().size(), corpus.relationships().size());
                    // What a check could not decide: a curator reads these, the corpus still loads.
                    corpus.warnings().forEach(w -> log.warn("{}", w));
                    log.info("{} warnings", corpus.warnings().size());
                }
                case "ingest" -> ingest.ingest(true);
                default -> {
                    // Serving, or a command of another feature: the graph was brought up to date already.
                }
            }
        } catch (CorpusException e) {
            if (command.isEmpty()) {
                throw e;
            }
            log.error(e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
