package dev.citegraph.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.citegraph.corpus.CorpusFiles.ClaimEntry;

/**
 * Checks the claims of one article against the ontology, the registry and the article text, and
 * places each quote. A claim that fails any check is reported and left out; the loader then
 * refuses the whole corpus.
 */
final class ClaimResolver {

    static final Set<String> STATUSES = Set.of("current", "former");
    static final Set<String> MODALITIES = Set.of("asserted", "reported", "forecast", "hypothetical");
    static final Set<String> STANCES = Set.of("supports", "disputes");

    /** A checked claim: where it was written, what it says and the citation it yields. */
    record Resolved(String file, int line, ClaimEntry claim, PartialDate validFrom, PartialDate validTo,
            Corpus.Citation citation) {
    }

    private final Ontology ontology;
    private final Map<String, Corpus.Source> sources;
    private final Map<String, Corpus.Entity> entities;
    private final List<CorpusProblem> problems;

    ClaimResolver(Ontology ontology, Map<String, Corpus.Source> sources, Map<String, Corpus.Entity> entities,
            List<CorpusProblem> problems) {
        this.ontology = ontology;
        this.sources = sources;
        this.entities = entities;
        this.problems = problems;
    }

    List<Resolved> read(Path root, String file) {
        YamlDocument doc = YamlDocument.read(root, file, "claims", problems);
        String sourceId = doc.header().path("source").asString(null);
        Corpus.Source source = sourceId == null ? null : sources.get(sourceId);
        if (source == null) {
            problems.add(new CorpusProblem(file, 1, sourceId == null
                    ? "the file must name its article with 'source:'"
                    : "unknown source '" + sourceId + "'; known: " + sources.keySet()));
            return List.of();
        }
        if (!file.equals(CorpusLoader.CLAIMS_DIR + "/" + sourceId + ".yaml")) {
            problems.add(new CorpusProblem(file, 1, "claims of source '" + sourceId + "' belong in "
                    + CorpusLoader.CLAIMS_DIR + "/" + sourceId + ".yaml"));
        }
        List<Resolved> resolved = new ArrayList<>();
        for (YamlDocument.Item item : doc.items()) {
            ClaimEntry claim = YamlDocument.bind(file, item, ClaimEntry.class, problems);
            if (claim != null) {
                Resolved r = resolve(file, item.line(), source, claim);
                if (r != null) {
                    resolved.add(r);
                }
            }
        }
        return resolved;
    }

    private Resolved resolve(String file, int line, Corpus.Source source, ClaimEntry claim) {
        int before = problems.size();
        Problems at = new Problems(file, line, problems);
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
        PartialDate from = at.date("validFrom", claim.validFrom());
        PartialDate to = at.date("validTo", claim.validTo());
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            at.add("validTo " + to + " is before validFrom " + from);
        }
        oneOf(at, "dateBasis", claim.dateBasis(), CorpusLoader.DATE_BASES);
        oneOf(at, "status", claim.status(), STATUSES);
        oneOf(at, "modality", claim.modality(), MODALITIES);
        oneOf(at, "stance", claim.stance(), STANCES);
        QuoteLocator.Located located = QuoteLocator.locate(source.text(), claim.quote(), claim.occurrence());
        if (!located.found()) {
            at.add(located.error());
        }
        if (problems.size() > before) {
            return null;
        }
        Corpus.Citation citation = new Corpus.Citation(source.id(), claim.quote(), located.start(), located.end(),
                orDefault(claim.stance(), "supports"), orDefault(claim.modality(), "asserted"), claim.note());
        return new Resolved(file, line, claim, from, to, citation);
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
}
