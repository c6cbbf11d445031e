package dev.citegraph.articles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import dev.citegraph.corpus.ClaimProposals;
import dev.citegraph.corpus.CorpusException;
import dev.citegraph.corpus.NewArticle;
import dev.citegraph.ingest.CitegraphPaths;

/**
 * {@code add-article FILE --id=… --title=… --published=… --language=… [--url=… --site=… --author=…]}:
 * stores the article in the corpus as a draft, without a database, so it also works while the
 * application runs (a reload then shows it). Exits 1, having written nothing, on any problem.
 */
@Component
class AddArticleCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String NAME = "add-article";
    private static final Logger log = LoggerFactory.getLogger(AddArticleCommand.class);

    private final CitegraphPaths paths;
    private int exitCode;

    AddArticleCommand(CitegraphPaths paths) {
        this.paths = paths;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !words.getFirst().equals(NAME)) {
            return;
        }
        if (words.size() != 2) {
            log.error("usage: add-article FILE --id=ID --title=TITLE --published=YYYY[-MM[-DD]] --language=en "
                    + "[--url=URL] [--site=SITE] [--author=AUTHOR]");
            exitCode = 1;
            return;
        }
        Path file = Path.of(words.get(1));
        if (!Files.isRegularFile(file)) {
            log.error("{}: no such file", file);
            exitCode = 1;
            return;
        }
        NewArticle article = new NewArticle(file.toString(), option(args, "id"), option(args, "title"),
                option(args, "site"), option(args, "url"), option(args, "author"), option(args, "language"),
                option(args, "published"), Files.readAllBytes(file));
        try {
            Path stored = article.addTo(paths.corpus());
            ClaimProposals.Written proposed = ClaimProposals.writeFor(paths.corpus(), article.id());
            log.info("Added {} as a draft: {} and its entry in sources.yaml, with {} proposed claims in claims/{}.yaml "
                    + "and {} names the registry lacks in proposals/{}.entities.yaml. Review them, validate, and reload.",
                    article.id(), stored, proposed.claims(), article.id(), proposed.names(), article.id());
        } catch (CorpusException e) {
            log.error(e.getMessage());
            exitCode = 1;
        }
    }

    private static String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
