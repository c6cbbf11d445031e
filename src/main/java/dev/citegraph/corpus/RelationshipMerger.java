package dev.citegraph.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Derives the relationships of the graph from the claims: claims with the same subject, type,
 * object, title and spell are one relationship. Only accepted claims support it and are its
 * citations; they must agree on dates and status. A relationship whose only support comes from
 * retracted sources is kept, marked retracted, with those claims as citations, so that it can
 * still be shown on request. A relationship no accepted claim states is left out: proposed and
 * rejected claims alone make no relationship, and disputing is not stating (CurationChecks refuses
 * a dispute with nothing to dispute).
 */
final class RelationshipMerger {

    private RelationshipMerger() {
    }

    static List<Corpus.Relationship> merge(List<Corpus.Claim> claims, List<CorpusProblem> problems) {
        Map<String, List<Corpus.Claim>> byId = new LinkedHashMap<>();
        for (Corpus.Claim claim : claims) {
            if (claim.relationshipId() != null) {
                byId.computeIfAbsent(claim.relationshipId(), k -> new ArrayList<>()).add(claim);
            }
        }
        List<Corpus.Relationship> relationships = new ArrayList<>();
        byId.forEach((id, group) -> {
            Corpus.Relationship merged = merge(id, group, problems);
            if (merged != null) {
                relationships.add(merged);
            }
        });
        relationships.sort(Comparator.comparing(Corpus.Relationship::id));
        return relationships;
    }

    /**
     * A readable, stable id: {@code subject:TYPE:object}, then {@code :title} and {@code @spell}
     * when given, e.g. {@code wu-zeming:HOLDS_POSITION:alibaba-group:group-cto@2026}.
     */
    static String id(CorpusFiles.ClaimEntry c) {
        StringBuilder id = new StringBuilder(c.subject()).append(':').append(c.type()).append(':').append(c.object());
        if (c.title() != null && !c.title().isBlank()) {
            id.append(':').append(slug(c.title()));
        }
        if (c.spell() != null && !c.spell().isBlank()) {
            id.append('@').append(slug(c.spell()));
        }
        return id.toString();
    }

    static String slug(String text) {
        return NameKey.of(text.replaceAll("[^\\p{L}\\p{N}]+", "-"))
                .replaceAll("^-+|-+$", "")
                .toLowerCase(Locale.ROOT);
    }

    private static Corpus.Relationship merge(String id, List<Corpus.Claim> group, List<CorpusProblem> problems) {
        boolean retracted = false;
        List<Corpus.Claim> cited = withStatus(group, "accepted");
        if (supporting(cited).isEmpty()) {
            List<Corpus.Claim> withdrawn = withStatus(group, "retracted");
            if (supporting(withdrawn).isEmpty()) {
                return null; // only disputed: CurationChecks says there is nothing to dispute
            }
            cited = withdrawn;
            retracted = true;
        }
        List<Corpus.Claim> supporting = supporting(cited);
        PartialDate validFrom = agreed(supporting, "validFrom", Corpus.Claim::validFrom, problems);
        PartialDate validTo = agreed(supporting, "validTo", Corpus.Claim::validTo, problems);
        String status = agreed(supporting, "status", Corpus.Claim::roleStatus, problems);
        String dateBasis = supporting.stream()
                .filter(c -> c.validFrom() != null || c.validTo() != null)
                .map(Corpus.Claim::dateBasis).filter(Objects::nonNull).findFirst().orElse(null);
        Corpus.Claim first = supporting.getFirst();
        List<Corpus.Citation> citations = cited.stream().map(Corpus.Claim::citation)
                .sorted(Comparator.comparing(Corpus.Citation::sourceId).thenComparing(Corpus.Citation::start)
                        .thenComparing(Corpus.Citation::claimId))
                .toList();
        return new Corpus.Relationship(id, first.type(), first.subject(), first.object(), first.title(),
                first.spell(), validFrom, validTo, dateBasis, status, citations, retracted);
    }

    private static List<Corpus.Claim> withStatus(List<Corpus.Claim> claims, String status) {
        return claims.stream().filter(c -> c.status().equals(status)).toList();
    }

    private static List<Corpus.Claim> supporting(List<Corpus.Claim> claims) {
        return claims.stream().filter(c -> "supports".equals(c.stance())).toList();
    }

    /** The one value the supporting claims give for a field (null if none gives it); disagreement is a problem. */
    private static <T> T agreed(List<Corpus.Claim> claims, String field, Function<Corpus.Claim, T> value,
            List<CorpusProblem> problems) {
        Corpus.Claim holder = null;
        for (Corpus.Claim claim : claims) {
            T v = value.apply(claim);
            if (v == null) {
                continue;
            }
            if (holder == null) {
                holder = claim;
            } else if (!v.equals(value.apply(holder))) {
                problems.add(new CorpusProblem(claim.file(), claim.line(), field + " " + v + " disagrees with "
                        + value.apply(holder) + " given at " + holder.file() + ":" + holder.line()
                        + " for the same relationship; if both hold, keep them apart with 'spell'"));
            }
        }
        return holder == null ? null : value.apply(holder);
    }
}
