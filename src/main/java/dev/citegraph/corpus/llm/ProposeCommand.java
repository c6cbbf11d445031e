package dev.citegraph.corpus.llm;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import dev.citegraph.corpus.ClaimProposals;
import dev.citegraph.corpus.CorpusException;
import dev.citegraph.ingest.CitegraphPaths;

/**
 * {@code propose SOURCE}: proposes claims and names for an article already in the corpus (again,
 * after the registry grew, or with a language model configured), without a database. Proposals
 * already in its claims file are not repeated. Exits 1 on an unknown source or a broken corpus.
 */
@Component
class ProposeCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(ProposeCommand.class);

    private final CitegraphPaths paths;
    private int exitCode;

    ProposeCommand(CitegraphPaths paths) {
        this.paths = paths;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !words.getFirst().equals("propose")) {
            return;
        }
        if (words.size() != 2) {
            log.error("usage: propose SOURCE_ID   (with CITEGRAPH_LLM_BASE_URL and CITEGRAPH_LLM_MODEL set, a language model proposes too)");
            exitCode = 1;
            return;
        }
        try {
            ClaimProposals.Written w = ClaimProposals.writeFor(paths.corpus(), words.get(1));
            log.info("Proposed for {}: {} new claims in claims/{}.yaml ({} from the language model, {} of its claims "
                    + "dropped by verification) and {} names the registry lacks in proposals/{}.entities.yaml.{}",
                    words.get(1), w.claims(), words.get(1), w.modelClaims(), w.rejectedByVerification(), w.names(), words.get(1),
                    w.modelError() == null ? "" : " The language model could not help: " + w.modelError());
        } catch (CorpusException | IllegalArgumentException | LlmException e) {
            log.error(e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
