package dev.citegraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.citegraph.corpus.PartialDate;

/**
 * Which relationships a question is about: their types, title and status, the date at which they
 * must have held, and whether those that only retracted sources support are wanted too.
 * Equal filters are equal records, so a batch of entities asking the same thing shares one query.
 *
 * @param types null for every type
 * @param asOf null for any time
 * @param includeRetracted also relationships whose every supporting source is retracted (marked so)
 * @param title null for any; otherwise the title, compared without regard to case
 * @param status null for any; FORMER (a source calls it former, or dates its end) or CURRENT (none does)
 */
public record RelationshipFilter(List<String> types, PartialDate asOf, boolean includeRetracted, String title,
        String status) {

    public static final RelationshipFilter ANY = new RelationshipFilter(null, null);

    /**
     * True for relationship {@code r} when it passes the type, title and status tests. "Former"
     * is what a source says (status) or shows (an end date); everything else counts as current,
     * since the graph does not extrapolate an end no source gives.
     */
    static final String MATCHES = """
            ($types IS NULL OR type(r) IN $types)
            AND ($title IS NULL OR toLower(r.title) = $title)
            AND ($status IS NULL OR (coalesce(r.status, '') = 'former' OR r.validTo IS NOT NULL) = ($status = 'FORMER'))""";

    public RelationshipFilter {
        types = types == null ? null : List.copyOf(types);
        if (title != null && title.isBlank()) {
            throw new IllegalArgumentException("title must be a title such as CTO, or left out; not empty");
        }
    }

    public RelationshipFilter(List<String> types, PartialDate asOf, boolean includeRetracted) {
        this(types, asOf, includeRetracted, null, null);
    }

    public RelationshipFilter(List<String> types, PartialDate asOf) {
        this(types, asOf, false);
    }

    /** A relationship type as the ontology names them, safe to write into a query's text. */
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * The pattern of relationship {@code r} in a MATCH: {@code r:HOLDS_POSITION} (or two types,
     * {@code r:A|B}) when the filter asks for one or two types, so that Neo4j follows only a node's
     * relationships of those types (at ×1000 Alibaba Group has 3,216 relationships, 353 of the type
     * an asOf page asks for); plain {@code r} otherwise, leaving the type test to {@link #MATCHES}.
     * At most two, so that the query texts stay few (each is planned and cached).
     */
    String typedPattern(String r) {
        if (types == null || types.isEmpty() || types.size() > 2
                || !types.stream().allMatch(t -> TYPE_NAME.matcher(t).matches())) {
            return r;
        }
        return r + ":" + String.join("|", types.stream().sorted().toList());
    }

    /** No test but the default one: every type, title and status, at any time, standing relationships only. */
    boolean standingAny() {
        return types == null && asOf == null && !includeRetracted && title == null && status == null;
    }

    /** The query parameters {@link Cypher#SHOWN} and {@link #MATCHES} read. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("types", types);
        p.put("title", title == null ? null : title.strip().toLowerCase(java.util.Locale.ROOT));
        p.put("status", status);
        p.put("asOfFirst", asOf == null ? null : asOf.firstDay());
        p.put("asOfLast", asOf == null ? null : asOf.lastDay());
        p.put("includeRetracted", includeRetracted);
        return p;
    }
}
