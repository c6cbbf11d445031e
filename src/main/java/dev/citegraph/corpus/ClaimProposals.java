package dev.citegraph.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.citegraph.corpus.llm.LlmClaims;
import dev.citegraph.corpus.llm.LlmException;
import dev.citegraph.corpus.llm.LlmExtractor;
import dev.citegraph.corpus.llm.LlmSettings;

/**
 * Writes what is proposed for one article, from one reading of the corpus: the {@link ClaimProposer}'s
 * claims into its claims file, with {@code review: proposed}, after any claims already there and
 * without repeating one (the corpus still checks: every quote is in the article, every type fits
 * the ontology); and the names the registry lacks ({@link EntityCandidates}) for the curator.
 */
public final class ClaimProposals {

    /**
     * How many claims and how many names were proposed; with a language model, how many of its claims
     * it made, how many were dropped for a quote the article lacks (or a type the ontology lacks), and
     * why it could not be asked, if it could not.
     */
    public record Written(int claims, int names, int modelClaims, int rejectedByVerification, String modelError) {
    }

    private static final Logger log = LoggerFactory.getLogger(ClaimProposals.class);

    private ClaimProposals() {
    }

    /** Proposals without a model, and also from one where {@code CITEGRAPH_LLM_BASE_URL} names it ({@link LlmSettings}). */
    public static Written writeFor(Path root, String sourceId) {
        return writeFor(root, sourceId, LlmSettings.fromEnvironment().map(LlmExtractor::new).orElse(null));
    }

    /**
     * @param model the language model to ask as well, or null. A model that cannot be asked, or answers
     *        what cannot be read, costs only its own proposals: the deterministic ones are written all the same.
     */
    public static Written writeFor(Path root, String sourceId, LlmExtractor model) {
        Corpus corpus = CorpusLoader.load(root);
        Corpus.Source source = corpus.sourcesById().get(sourceId);
        if (source == null) {
            throw new IllegalArgumentException("no source '" + sourceId + "' in the corpus");
        }
        List<ClaimProposer.Proposal> proposals = new ArrayList<>(ClaimProposer.propose(corpus, source));
        List<EntityCandidates.Candidate> candidates = new ArrayList<>(EntityCandidates.find(corpus, source.text()));
        int fromModel = 0, rejected = 0;
        String modelError = null;
        if (model != null) {
            try {
                LlmClaims.Verified verified = model.propose(corpus, source);
                Set<String> already = new HashSet<>();
                proposals.forEach(p -> already.add(p.subject() + "|" + p.type() + "|" + p.object() + "|" + p.start()));
                for (ClaimProposer.Proposal p : verified.proposals()) {
                    if (already.add(p.subject() + "|" + p.type() + "|" + p.object() + "|" + p.start())) {
                        proposals.add(p);
                        fromModel++;
                    }
                }
                Set<String> names = new HashSet<>();
                candidates.forEach(c -> c.forms().forEach(f -> names.add(NameKey.of(f))));
                verified.candidates().stream().filter(c -> names.add(NameKey.of(c.name()))).forEach(candidates::add);
                rejected = verified.rejectedByVerification();
            } catch (LlmException e) {
                modelError = e.getMessage();
                log.warn("No proposals from the language model for {}, only those made without it: {}", sourceId, modelError);
            }
            if (rejected > 0) {
                log.info("{} claims of the language model for {} were dropped by verification", rejected, sourceId);
            }
        }
        return new Written(writeClaims(root, corpus, source, proposals), writeEntityCandidates(root, source, candidates),
                fromModel, rejected, modelError);
    }

    private static int writeClaims(Path root, Corpus corpus, Corpus.Source source, List<ClaimProposer.Proposal> proposals) {
        String sourceId = source.id();
        Set<String> known = new HashSet<>();
        int last = 0;
        for (Corpus.Claim c : corpus.claims()) {
            if (c.sourceId().equals(sourceId)) {
                known.add(key(c.subject(), c.type(), c.object(), c.title(), c.quote()));
                String number = c.id().substring(c.id().lastIndexOf('-') + 1);
                if (number.matches("\\d+")) {
                    last = Math.max(last, Integer.parseInt(number));
                }
            }
        }
        Path file = root.resolve(CorpusLoader.CLAIMS_DIR).resolve(sourceId + ".yaml");
        StringBuilder yaml = new StringBuilder();
        int written = 0;
        for (ClaimProposer.Proposal p : proposals) {
            if (known.add(key(p.subject(), p.type(), p.object(), p.title(), p.quote()))) {
                yaml.append(item(sourceId + "-" + String.format("%03d", ++last), p));
                written++;
            }
        }
        if (written > 0) {
            write(file, yaml);
        }
        return written;
    }

    /**
     * Writes the names the article uses that the registry lacks to {@code proposals/<id>.entities.yaml},
     * for a curator to add to entities.yaml (as entities or aliases) or to drop. Nothing there reaches
     * the graph. Returns how many; writes no file for none.
     */
    private static int writeEntityCandidates(Path root, Corpus.Source source, List<EntityCandidates.Candidate> candidates) {
        String sourceId = source.id();
        if (candidates.isEmpty()) {
            return 0;
        }
        StringBuilder yaml = new StringBuilder("""
                # Names this article uses that the registry lacks, proposed for review: add each to entities.yaml
                # (as a new entity, or as an alias of the entity in aliasOf), or leave it out. Nothing here is in the graph.
                """).append("source: ").append(sourceId).append("\ncandidates:\n");
        for (EntityCandidates.Candidate c : candidates) {
            yaml.append("  - name: ").append(CorpusText.quoted(c.name())).append('\n')
                    .append("    type: ").append(c.type()).append('\n')
                    .append("    forms: [").append(String.join(", ", c.forms().stream().map(CorpusText::quoted).toList()))
                    .append("]\n");
            if (c.aliasOf() != null) {
                yaml.append("    aliasOf: ").append(c.aliasOf()).append('\n');
            }
            yaml.append("    basis: ").append(CorpusText.quoted(c.basis())).append('\n')
                    .append("    at: ").append(source.text().codePointCount(0, c.start())).append('\n');
        }
        CorpusText.replace(root.resolve("proposals").resolve(sourceId + ".entities.yaml"), yaml.toString());
        return candidates.size();
    }

    private static String item(String id, ClaimProposer.Proposal p) {
        StringBuilder item = new StringBuilder("  - id: ").append(id).append('\n')
                .append("    subject: ").append(p.subject()).append('\n')
                .append("    type: ").append(p.type()).append('\n')
                .append("    object: ").append(p.object()).append('\n');
        if (p.title() != null) {
            item.append("    title: ").append(CorpusText.quoted(p.title())).append('\n');
        }
        item.append("    quote: ").append(CorpusText.quoted(p.quote())).append('\n');
        if (p.occurrence() != null) {
            item.append("    occurrence: ").append(p.occurrence()).append('\n');
        }
        if (!p.modality().equals("asserted")) {
            item.append("    modality: ").append(p.modality()).append('\n');
        }
        if (p.validFrom() != null) {
            // A date the sentence gives is stated; the article's own date only implies the claim held then,
            // and is marked as taken from the article (the curation checks want every date's basis).
            item.append("    validFrom: \"").append(p.validFrom()).append("\"\n    dateBasis: ")
                    .append(p.dateFrom().equals("article") ? "implied" : "stated").append('\n');
            if (p.dateFrom().equals("article")) {
                item.append("    dateDerived: article\n");
            }
        }
        return item.append("    review: proposed\n")
                .append("    proposedBy: ").append(CorpusText.quoted(p.rule())).append('\n')
                .append("    confidence: ").append(p.confidence()).append('\n')
                .append("    note: ").append(CorpusText.quoted("Proposed by the " + p.rule() + " rule, confidence "
                        + p.confidence() + "; check the words and the direction before accepting.")).append('\n')
                .toString();
    }

    private static String key(String subject, String type, String object, String title, String quote) {
        return String.join("|", String.valueOf(subject), String.valueOf(type), String.valueOf(object),
                String.valueOf(title), quote);
    }

    private static void write(Path file, StringBuilder items) {
        String existing = Files.isRegularFile(file) ? CorpusText.read(file).stripTrailing() + "\n"
                : "source: " + file.getFileName().toString().replace(".yaml", "") + "\nclaims:\n";
        CorpusText.replace(file, existing + items);
    }
}
