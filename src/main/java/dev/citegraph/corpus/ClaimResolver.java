package dev.citegraph.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.citegraph.corpus.CorpusFiles.ClaimEntry;

/**
 * Checks the claims of each article against the ontology, the registry and the article text, and
 * places each quote. A claim that fails any check is reported and left out; the loader then
 * refuses the whole corpus.
 */
final class ClaimResolver {

    static final Set<String> STATUSES = Set.of("current", "former");
    static final Set<String> MODALITIES = Set.of("asserted", "reported", "forecast", "hypothetical");
    static final Set<String> STANCES = Set.of("supports", "disputes");
    /** What a reviewer can decide; "retracted" follows from the source, never from the claim file. */
    static final Set<String> REVIEWS = Set.of("proposed", "accepted", "rejected");

    private final Ontology ontology;
    private final Map<String, Corpus.Source> sources;
    private final Map<String, Corpus.Entity> entities;
    private final SharedStrings shared = new SharedStrings();

    ClaimResolver(Ontology ontology, Map<String, Corpus.Source> sources, Map<String, Corpus.Entity> entities) {
        this.ontology = ontology;
        this.sources = sources;
        this.entities = entities;
    }

    /**
     * The claims of these files, in file order, and every problem found in them, added to
     * {@code problems} file by file. Each file is read and checked on its own, several at once:
     * at thousands of articles, parsing and checking them one after the other left a core idle.
     * Only the rule that a claim id is used once in the whole corpus needs the files before it, so
     * it is applied afterwards, in file order.
     */
    List<Corpus.Claim> read(Path root, List<String> files, List<CorpusProblem> problems) {
        List<FileClaims> read = files.parallelStream().map(file -> read(root, file)).toList();
        Map<String, String> idsSeen = new HashMap<>();
        List<Corpus.Claim> claims = new ArrayList<>();
        for (FileClaims file : read) {
            problems.addAll(file.problems());
            for (Entry entry : file.entries()) {
                String earlier = idsSeen.putIfAbsent(entry.id(), file.name() + ":" + entry.line());
                if (earlier != null) {
                    problems.add(new CorpusProblem(file.name(), entry.line(), "claim id '" + entry.id()
                            + "' is already used at " + earlier + "; claim ids are never reused"));
                } else if (entry.claim() != null) {
                    claims.add(entry.claim());
                }
            }
        }
        return claims;
    }

    /** One claim file as read on its own: each claim with its line (null where a check failed), and what was wrong. */
    private record FileClaims(String name, List<Entry> entries, List<CorpusProblem> problems) {
    }

    private record Entry(String id, int line, Corpus.Claim claim) {
    }

    private FileClaims read(Path root, String file) {
        List<CorpusProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        YamlDocument doc = YamlDocument.read(root, file, "claims", problems);
        String sourceId = doc.header().path("source").asString(null);
        Corpus.Source source = sourceId == null ? null : sources.get(sourceId);
        if (source == null) {
            problems.add(new CorpusProblem(file, 1, sourceId == null
                    ? "the file must name its article with 'source:'"
                    : "unknown source '" + sourceId + "'; known: " + sources.keySet()));
            return new FileClaims(file, entries, problems);
        }
        if (!file.equals(CorpusLoader.CLAIMS_DIR + "/" + sourceId + ".yaml")) {
            problems.add(new CorpusProblem(file, 1, "claims of source '" + sourceId + "' belong in "
                    + CorpusLoader.CLAIMS_DIR + "/" + sourceId + ".yaml"));
        }
        for (YamlDocument.Item item : doc.items()) {
            ClaimEntry claim = YamlDocument.bind(file, item, ClaimEntry.class, problems);
            if (claim != null) {
                entries.add(new Entry(claim.id(), item.line(), resolve(file, item.line(), source, claim, problems)));
            }
        }
        return new FileClaims(file, entries, problems);
    }

    private Corpus.Claim resolve(String file, int line, Corpus.Source source, ClaimEntry claim,
            List<CorpusProblem> problems) {
        int before = problems.size();
        Problems at = new Problems(file, line, problems);
        if (!CorpusLoader.ID.matcher(claim.id()).matches()) {
            at.add("claim id '" + claim.id() + "' must be lower-case letters, digits and hyphens");
        }
        boolean relationship = claim.subject() != null || claim.type() != null || claim.object() != null;
        if (relationship) {
            checkRelationship(claim, at);
        } else if (claim.title() != null || claim.validFrom() != null || claim.validTo() != null
                || claim.status() != null || claim.spell() != null || claim.stance() != null) {
            at.add("a claim without subject, type and object is evidence for a conflict; it takes no title, dates, status, spell or stance");
        }
        PartialDate from = at.date("validFrom", claim.validFrom());
        PartialDate to = at.date("validTo", claim.validTo());
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            at.add("validTo " + to + " is before validFrom " + from);
        }
        oneOf(at, "dateBasis", claim.dateBasis(), CorpusLoader.DATE_BASES);
        oneOf(at, "status", claim.status(), STATUSES);
        oneOf(at, "modality", claim.modality(), MODALITIES);
        oneOf(at, "stance", claim.stance(), STANCES);
        oneOf(at, "review", claim.review(), REVIEWS);
        if ("rejected".equals(claim.review()) && (claim.reviewNote() == null || claim.reviewNote().isBlank())) {
            at.add("a rejected claim needs a reviewNote saying why");
        }
        at.date("reviewedOn", claim.reviewedOn());
        CurationChecks.dates(claim, source, from, to, at);
        QuoteLocator.Located located = QuoteLocator.locate(source.text(), claim.quote(), claim.occurrence());
        if (!located.found()) {
            at.add(located.error());
        }
        if (problems.size() > before) {
            return null;
        }
        String status = source.retracted() && !"rejected".equals(claim.review()) ? "retracted"
                : orDefault(claim.review(), "accepted");
        // The quote, the id and the note are the claim's own; everything else repeats across claims.
        return new Corpus.Claim(claim.id(), source.id(), file, line, shared.of(claim.type()), shared.of(claim.subject()),
                shared.of(claim.object()), shared.of(blankToNull(claim.title())), shared.of(blankToNull(claim.spell())),
                from, to, shared.of(claim.dateBasis()), shared.of(claim.status()),
                shared.of(orDefault(claim.modality(), "asserted")),
                relationship ? shared.of(orDefault(claim.stance(), "supports")) : null, claim.note(), claim.quote(),
                located.start(), located.end(), status, shared.of(claim.reviewedBy()), shared.of(claim.reviewedOn()),
                claim.reviewNote(), relationship ? shared.of(RelationshipMerger.id(claim)) : null,
                status.equals("retracted") ? source.retractedOn() : null,
                status.equals("retracted") ? source.retractedReason() : null);
    }

    private void checkRelationship(ClaimEntry claim, Problems at) {
        if (claim.subject() == null || claim.type() == null || claim.object() == null) {
            at.add("a claim of a relationship needs subject, type and object");
            return;
        }
        Corpus.Entity subject = entity(claim.subject(), "subject", at);
        Corpus.Entity object = entity(claim.object(), "object", at);
        Ontology.RelationshipType type = ontology.relationshipTypes().get(claim.type());
        if (type == null) {
            at.add("unknown relationship type '" + claim.type() + "'; known: " + ontology.relationshipTypes().keySet());
        } else {
            if (subject != null && !type.subjects().contains(subject.type())) {
                at.add(claim.type() + " cannot start at a " + subject.type() + " ('" + subject.id()
                        + "'); it starts at " + type.subjects());
            }
            if (object != null && !type.objects().contains(object.type())) {
                at.add(claim.type() + " cannot end at a " + object.type() + " ('" + object.id()
                        + "'); it ends at " + type.objects());
            }
            if (type.titleRequired() && (claim.title() == null || claim.title().isBlank())) {
                at.add(claim.type() + " needs a title");
            }
        }
        if (claim.subject().equals(claim.object())) {
            at.add("a relationship cannot join '" + claim.subject() + "' to itself");
        }
    }

    private Corpus.Entity entity(String id, String role, Problems at) {
        Corpus.Entity entity = entities.get(id);
        if (entity == null) {
            at.add("unknown " + role + " entity '" + id + "'");
        }
        return entity;
    }

    private static void oneOf(Problems at, String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            at.add(field + " '" + value + "' must be one of " + allowed);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
