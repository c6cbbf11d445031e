package dev.citegraph.corpus.llm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.citegraph.corpus.ClaimProposer;
import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.EntityCandidates;
import dev.citegraph.corpus.NameKey;
import dev.citegraph.corpus.Ontology;
import dev.citegraph.corpus.PartialDate;
import dev.citegraph.corpus.QuoteLocator;

/**
 * What a language model answered, held to the same checks as every other proposal: the quote must
 * stand word for word in the article (else the claim is dropped and counted as rejected by
 * verification), the type must be one of the ontology's and join the entity types it allows, and
 * each name must be one the registry knows (by any alias, in any case or width) — a name it does
 * not know becomes a new-entity candidate for the curator instead of a claim.
 */
public final class LlmClaims {

    /** The model's claims that passed, the names it used that the registry lacks, and what was dropped and why. */
    public record Verified(List<ClaimProposer.Proposal> proposals, List<EntityCandidates.Candidate> candidates,
            int rejectedByVerification, List<String> reasons) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> MODALITIES = Set.of("asserted", "reported", "forecast", "hypothetical");

    private LlmClaims() {
    }

    static Verified verify(String answer, Corpus corpus, Corpus.Source source, String model) {
        JsonNode claims = claimsOf(answer);
        Map<String, Corpus.Entity> byName = new HashMap<>();
        corpus.entities().forEach(e -> e.nameKeys().forEach(k -> byName.putIfAbsent(k, e)));
        List<ClaimProposer.Proposal> proposals = new ArrayList<>();
        Map<String, EntityCandidates.Candidate> candidates = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        int rejected = 0;
        for (JsonNode c : claims) {
            String quote = text(c, "quote"), type = text(c, "type"), subjectName = text(c, "subject"),
                    objectName = text(c, "object");
            QuoteLocator.Located at = quote == null ? null : QuoteLocator.locate(source.text(), quote, 1);
            Ontology.RelationshipType definition = type == null ? null : corpus.ontology().relationshipTypes().get(type);
            String why = at == null || at.error() != null ? "its quote is not in the article: " + quote
                    : definition == null ? "type '" + type + "' is not in the ontology"
                    : subjectName == null || objectName == null ? "it names no subject or object" : null;
            if (why != null) {
                rejected++;
                reasons.add(why);
                continue;
            }
            Corpus.Entity subject = byName.get(NameKey.of(subjectName)), object = byName.get(NameKey.of(objectName));
            if (subject == null || object == null) {
                for (String unknown : subject == null && object == null ? List.of(subjectName, objectName)
                        : List.of(subject == null ? subjectName : objectName)) {
                    // The type the relationship wants at that end, where it allows only one.
                    Set<String> allowed = unknown.equals(subjectName) ? definition.subjects() : definition.objects();
                    String entityType = allowed.size() == 1 ? allowed.iterator().next() : "unknown";
                    candidates.putIfAbsent(NameKey.of(unknown), new EntityCandidates.Candidate(unknown, entityType,
                            new LinkedHashSet<>(List.of(unknown)), null, "named by the language model " + model + " in: " + quote,
                            source.text().indexOf(unknown) >= 0 ? source.text().indexOf(unknown) : source.text().indexOf(quote)));
                }
                continue;
            }
            String title = text(c, "title");
            if (!definition.subjects().contains(subject.type()) || !definition.objects().contains(object.type())
                    || definition.titleRequired() && title == null) {
                rejected++;
                reasons.add(type + " does not join " + subject.type() + " " + subject.name() + " to " + object.type() + " "
                        + object.name() + (definition.titleRequired() && title == null ? " or names no title" : ""));
                continue;
            }
            String modality = MODALITIES.contains(text(c, "modality")) ? text(c, "modality") : "asserted";
            PartialDate date = dateOrNull(text(c, "validFrom"));
            proposals.add(new ClaimProposer.Proposal(subject.id(), type, object.id(), definition.titleRequired() ? title : null,
                    quote, at.start(), at.end(), at.occurrences() > 1 ? 1 : null, modality,
                    date == null ? null : date.toString(), date == null ? null : "sentence", "llm:" + model, 0.5));
        }
        return new Verified(proposals, List.copyOf(candidates.values()), rejected, reasons);
    }

    /** The list of claims in the answer: {"claims": [...]}, or a bare list, in a code fence or not. */
    private static JsonNode claimsOf(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new LlmException("the language model answered nothing");
        }
        String json = answer.strip().replaceAll("(?s)^```(?:json)?\\s*(.*?)\\s*```$", "$1");
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode claims = root.isArray() ? root : root.path("claims");
            if (!claims.isArray()) {
                throw new LlmException("the language model's answer has no list of claims: " + abbreviate(answer));
            }
            return claims;
        } catch (JacksonException e) {
            throw new LlmException("the language model's answer is not JSON: " + abbreviate(answer), e);
        }
    }

    /** A date the model gives in another form is left out, not the claim. */
    private static PartialDate dateOrNull(String date) {
        try {
            return PartialDate.parseOrNull(date);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
