package dev.citegraph.graph;

import java.util.List;

/** A relationship with both of its entities and all of its citations, as one query returns it. */
public record RelationshipView(String id, String type, EntityView from, EntityView to, String title,
        String validFrom, String validFromPrecision, String validTo, String validToPrecision, String dateBasis,
        String status, Held held, List<CitationView> citations, boolean retracted, List<String> claimIds) {

    /** A relationship of which a response shows only the id: its other fields are never read. */
    public static RelationshipView idOnly(String id) {
        return new RelationshipView(id, null, null, null, null, null, null, null, null, null, null, null, List.of(),
                false, List.of());
    }

    /** When the sources show the relationship holding (see {@link dev.citegraph.corpus.HeldPeriod}). */
    public record Held(String from, String fromPrecision, String fromBasis, String to, String toPrecision,
            String toBasis) {
    }
}
