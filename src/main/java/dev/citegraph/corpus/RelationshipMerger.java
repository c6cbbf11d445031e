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
 * Turns checked claims into relationships: claims with the same subject, type, object, title and
 * spell are one relationship carrying one citation each. Supporting claims must agree on dates and
 * status; a relationship no source supports is refused, since disputing is not stating.
 */
final class RelationshipMerger {

    private RelationshipMerger() {
    }

    static List<Corpus.Relationship> merge(List<ClaimResolver.Resolved> claims, List<CorpusProblem> problems) {
        Map<String, List<ClaimResolver.Resolved>> byId = new LinkedHashMap<>();
        for (ClaimResolver.Resolved claim : claims) {
            byId.computeIfAbsent(id(claim), k -> new ArrayList<>()).add(claim);
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
    static String id(ClaimResolver.Resolved r) {
        var c = r.claim();
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

    private static Corpus.Relationship merge(String id, List<ClaimResolver.Resolved> group,
            List<CorpusProblem> problems) {
        List<ClaimResolver.Resolved> supporting = group.stream()
                .filter(r -> r.citation().stance().equals("supports")).toList();
        if (supporting.isEmpty()) {
            ClaimResolver.Resolved first = group.getFirst();
            problems.add(new CorpusProblem(first.file(), first.line(), "relationship " + id
                    + " is only disputed: no claim in any source states it"));
            return null;
        }
        PartialDate validFrom = agreed(supporting, "validFrom", ClaimResolver.Resolved::validFrom, problems);
        PartialDate validTo = agreed(supporting, "validTo", ClaimResolver.Resolved::validTo, problems);
        String status = agreed(supporting, "status", r -> r.claim().status(), problems);
        String dateBasis = supporting.stream()
                .filter(r -> r.validFrom() != null || r.validTo() != null)
                .map(r -> r.claim().dateBasis()).filter(Objects::nonNull).findFirst().orElse(null);
        var first = supporting.getFirst().claim();
        List<Corpus.Citation> citations = group.stream().map(ClaimResolver.Resolved::citation)
                .sorted(Comparator.comparing(Corpus.Citation::sourceId).thenComparing(Corpus.Citation::start))
                .toList();
        return new Corpus.Relationship(id, first.type(), first.subject(), first.object(), first.title(),
                first.spell(), validFrom, validTo, dateBasis, status, citations);
    }

    /** The one value the supporting claims give for a field (null if none gives it); disagreement is a problem. */
    private static <T> T agreed(List<ClaimResolver.Resolved> claims, String field,
            Function<ClaimResolver.Resolved, T> value, List<CorpusProblem> problems) {
        ClaimResolver.Resolved holder = null;
        for (ClaimResolver.Resolved claim : claims) {
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
