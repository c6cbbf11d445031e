package dev.citegraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.citegraph.corpus.PartialDate;

/**
 * Which relationships a question is about: their types, the date at which they must have held, and
 * whether those that only retracted sources support are wanted too.
 * Equal filters are equal records, so a batch of entities asking the same thing shares one query.
 *
 * @param types null for every type
 * @param asOf null for any time
 * @param includeRetracted also relationships whose every supporting source is retracted (marked so)
 */
public record RelationshipFilter(List<String> types, PartialDate asOf, boolean includeRetracted) {

    public static final RelationshipFilter ANY = new RelationshipFilter(null, null);

    public RelationshipFilter {
        types = types == null ? null : List.copyOf(types);
    }

    public RelationshipFilter(List<String> types, PartialDate asOf) {
        this(types, asOf, false);
    }

    /** The query parameters {@link Cypher#SHOWN} and the type test read. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("types", types);
        p.put("asOfFirst", asOf == null ? null : asOf.firstDay());
        p.put("asOfLast", asOf == null ? null : asOf.lastDay());
        p.put("includeRetracted", includeRetracted);
        return p;
    }
}
