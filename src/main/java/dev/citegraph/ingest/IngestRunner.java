package dev.citegraph.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusException;

/**
 * Runs at start: {@code ingest} (write the corpus, even if unchanged) and {@code validate} (check it,
 * write nothing) are commands that end the process with exit code 0 or 1; otherwise the graph is
 * brought up to date with the corpus before requests are served.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // first, so that other commands (export) see the up-to-date graph
class IngestRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);

    private final CorpusIngest ingest;
    private final CitegraphPaths paths;
    private int exitCode;

    IngestRunner(CorpusIngest ingest, CitegraphPaths paths) {
        this.ingest = ingest;
        this.paths = paths;
    }

    @Override
    public void run(ApplicationArguments args) {
        String command = args.getNonOptionArgs().isEmpty() ? "" : args.getNonOptionArgs().getFirst();
        try {
            switch (command) {
                case "validate" -> {
                    Corpus corpus = ingest.validate();
                    log.info("Corpus is valid: {} sources, {} entities, {} relationships", corpus.sources().size(),
                            corpus.entities().size(), corpus.relationships().size());
                }
                case "ingest" -> ingest.ingest(true);
                default -> {
                    if (paths.ingestOnStart()) {
                        ingest.ingest(false);
                    }
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
