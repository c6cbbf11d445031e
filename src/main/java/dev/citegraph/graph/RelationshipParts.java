package dev.citegraph.graph;

import org.neo4j.driver.Value;

/**
 * How much of each relationship a response shows, so that a page reads only that. A relationship
 * carries some thirty properties (its dates, held period, and for every citation its stance,
 * modality, note and claim beside the quote); a page that shows only ids, titles and quoted words,
 * as most pages and every asOf question do, spent a fifth of its database time projecting the rest.
 * Which GraphQL fields need the details is said in {@code dev.citegraph.api.ReadAhead}.
 *
 * @param wholeEnds the response shows more of the two entities than their ids
 * @param details the response shows a date, status, held period or claim of the relationship, or a
 *     citation's stance, modality, note or claim; without them those fields are not read, and the
 *     view leaves them null (a non-null one asked for would fail loudly, never answer wrongly)
 */
public record RelationshipParts(boolean wholeEnds, boolean details) {

    /** Everything: what a reader projects that is not told what the response shows. */
    public static final RelationshipParts ALL = new RelationshipParts(true, true);

    /** The properties of relationship {@code r} a response without details reads. */
    private static final String ESSENTIAL = ".id, .title, .retracted, " + Cypher.CITED_WORDS;

    /** The projection of relationship {@code r} from entity {@code a} to entity {@code b}. */
    String projection() {
        String ends = wholeEnds ? "from: " + Cypher.entity("a") + ", to: " + Cypher.entity("b") : "fromId: a.id, toId: b.id";
        return "r {" + (details ? ".*" : ESSENTIAL) + ", type: type(r), " + ends + "}";
    }

    /** The view of a relationship read with {@link #projection()}. */
    RelationshipView view(Value v) {
        return wholeEnds ? Views.relationship(v) : Views.relationshipWithEndIds(v);
    }
}
