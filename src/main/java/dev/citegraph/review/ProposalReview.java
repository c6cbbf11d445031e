package dev.citegraph.review;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import dev.citegraph.corpus.ClaimFileEditor;
import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.QuoteLocator;
import dev.citegraph.corpus.ReviewEdits;
import dev.citegraph.ingest.CitegraphPaths;
import dev.citegraph.ingest.CorpusIngest;

/**
 * What a curator does with an article's proposals besides accepting or rejecting a claim:
 * correct a proposed claim, make a new-name candidate an entity, or merge it into a known one.
 * Each writes the corpus file(s) first, each in one step, then reloads the graph the way
 * {@code POST /admin/reload} does (only what changed is written). If the corpus would no longer
 * check, or the reload fails, every file is put back and the graph keeps what it had.
 */
@Service
class ProposalReview {

    /** A proposed claim's id with the rule and confidence its proposer wrote into its note. */
    record ProposedClaim(String claimId, String rule, Double confidence) {
    }

    /** A candidate with the code-point offsets of its first occurrence, where the text has it there. */
    record CandidateView(String name, String type, List<String> forms, String basis, Integer start, Integer end,
            String aliasOf) {
    }

    /** ClaimProposals writes "Proposed by the <rule> rule, confidence <c>; …" into every note it proposes. */
    private static final Pattern PROPOSED_BY = Pattern.compile("Proposed by the (.+?) rule, confidence ([0-9.]+)");
    private static final Logger log = LoggerFactory.getLogger(ProposalReview.class);

    private final CitegraphPaths paths;
    private final CorpusIngest ingest;

    ProposalReview(CitegraphPaths paths, CorpusIngest ingest) {
        this.paths = paths;
        this.ingest = ingest;
    }

    /** The claims of a source still proposed, in id order. */
    List<ProposedClaim> claims(Corpus corpus, String sourceId) {
        return corpus.claims().stream().filter(c -> c.sourceId().equals(sourceId) && c.status().equals("proposed"))
                .sorted(java.util.Comparator.comparing(Corpus.Claim::id)).map(c -> proposedBy(c.id(), c.note())).toList();
    }

    static ProposedClaim proposedBy(String claimId, String note) {
        Matcher m = PROPOSED_BY.matcher(note == null ? "" : note);
        return m.find() ? new ProposedClaim(claimId, m.group(1), Double.valueOf(m.group(2))) : new ProposedClaim(claimId, null, null);
    }

    List<CandidateView> candidates(Corpus.Source source) {
        return candidates(source.id(), source.text());
    }

    /** The source's candidates, located in its text. */
    List<CandidateView> candidates(String sourceId, String text) {
        return ReviewEdits.candidates(paths.corpus(), sourceId).stream().map(c -> {
            Integer start = c.at(), end = null;
            if (start != null && start >= 0 && start <= text.codePointCount(0, text.length())) {
                int from = text.offsetByCodePoints(0, start);
                end = text.startsWith(c.name(), from) ? start + c.name().codePointCount(0, c.name().length()) : null;
            }
            return new CandidateView(c.name(), c.type() == null ? "unknown" : c.type(), c.forms(), c.basis(),
                    end == null ? null : start, end, c.aliasOf());
        }).toList();
    }

    Corpus corpus() {
        return ingest.validate();
    }

    /** @return the claim's id */
    String editClaim(String claimId, Map<String, String> changes, Integer occurrence) {
        return applying(edits -> {
            Corpus corpus = corpus();
            Corpus.Claim claim = corpus.claims().stream().filter(c -> c.id().equals(claimId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no claim has the id '" + abbreviate(claimId) + "'"));
            if (!claim.status().equals("proposed")) {
                throw new IllegalArgumentException("claim '" + claimId + "' is " + claim.status()
                        + "; only a proposed claim is edited (set it back to PROPOSED with reviewClaim first)");
            }
            Map<String, String> fields = new LinkedHashMap<>(changes);
            fields.values().removeIf(java.util.Objects::isNull);
            // The same words again (a form sends every field) keep the occurrence the claim names.
            if (claim.quote().equals(fields.get("quote")) && occurrence == null) {
                fields.remove("quote");
            }
            if (fields.isEmpty() && occurrence == null) {
                throw new IllegalArgumentException("the edit changes nothing: give at least one field");
            }
            if (fields.containsKey("quote") || occurrence != null) {
                String quote = fields.getOrDefault("quote", claim.quote());
                QuoteLocator.Located located = QuoteLocator.locate(corpus.sourcesById().get(claim.sourceId()).text(),
                        quote, occurrence);
                if (located.error() != null) {
                    throw new IllegalArgumentException("the quote must occur in the article word for word: "
                            + located.error());
                }
                fields.put("occurrence", occurrence == null ? "" : occurrence.toString());
            }
            if ((fields.containsKey("validFrom") || fields.containsKey("validTo")) && claim.dateBasis() == null) {
                fields.put("dateBasis", "stated");
            }
            edits.add(ReviewEdits.editClaim(paths.corpus(), claim.file(), claimId, fields));
            log.info("Claim {} edited: {}", claimId, fields.keySet());
            return claimId;
        });
    }

    /** @return the new entity's id */
    String createEntity(String sourceId, String name, String id, String type, String canonical) {
        return applying(edits -> {
            ReviewEdits.Candidate c = ReviewEdits.candidate(paths.corpus(), sourceId, name);
            String chosenType = type != null ? type : c.type();
            if (chosenType == null || chosenType.equals("unknown")) {
                throw new IllegalArgumentException("say which type the new entity is: nothing in the text says");
            }
            String entityName = canonical == null || canonical.isBlank() ? c.name() : canonical.strip();
            String entityId = id == null || id.isBlank() ? slug(entityName) : id.strip();
            if (entityId.isEmpty()) {
                throw new IllegalArgumentException("give the new entity an id: its name makes none");
            }
            List<String> aliases = new ArrayList<>(c.forms());
            aliases.add(c.name());
            edits.add(ReviewEdits.addEntity(paths.corpus(), entityId, chosenType, entityName, aliases,
                    "Named in " + sourceId + "; added in its review."));
            edits.add(ReviewEdits.dropCandidate(paths.corpus(), sourceId, name));
            log.info("Entity {} created from a candidate of {}", entityId, sourceId);
            return entityId;
        });
    }

    /** @return the id of the entity merged into */
    String mergeCandidate(String sourceId, String name, String into) {
        return applying(edits -> {
            ReviewEdits.Candidate c = ReviewEdits.candidate(paths.corpus(), sourceId, name);
            Corpus.Entity entity = corpus().entitiesById().get(into);
            if (entity == null) {
                throw new IllegalArgumentException("no entity has the id '" + abbreviate(into) + "'");
            }
            List<String> forms = new ArrayList<>(List.of(c.name()));
            forms.addAll(c.forms());
            edits.add(ReviewEdits.addAliases(paths.corpus(), entity, forms));
            edits.add(ReviewEdits.dropCandidate(paths.corpus(), sourceId, name));
            log.info("Candidate '{}' of {} merged into {}", name, sourceId, into);
            return into;
        });
    }

    private interface Write<T> {
        T write(List<ClaimFileEditor.Edit> edits);
    }

    /** Runs the file edits, then the reload; on any failure takes every edit back, newest first. */
    private <T> T applying(Write<T> write) {
        synchronized (ReviewService.FILES) {
            List<ClaimFileEditor.Edit> edits = new ArrayList<>();
            try {
                T result = write.write(edits);
                ingest.reload();
                return result;
            } catch (RuntimeException e) {
                edits.reversed().forEach(ClaimFileEditor.Edit::undo);
                throw e;
            }
        }
    }

    /** An id from a name: "Zhang Wei" → zhang-wei. */
    static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
