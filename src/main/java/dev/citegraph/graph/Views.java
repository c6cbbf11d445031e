package dev.citegraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neo4j.driver.Value;

/** Turns the maps of {@link Cypher}'s projections into API records. */
public final class Views {

    private Views() {
    }

    public static EntityView entity(Value v) {
        CitationView dateCitation = v.get("dateQuote").isNull() ? null
                : new CitationView(v.get("dateSource").asString(), v.get("dateQuote").asString(),
                        v.get("dateStart").asInt(), v.get("dateEnd").asInt(), "SUPPORTS", "asserted", null, null);
        return new EntityView(v.get("id").asString(), v.get("type").asString(), str(v, "kind"),
                v.get("name").asString(), v.get("aliases").asList(Value::asString, List.of()), str(v, "description"),
                str(v, "date"), str(v, "datePrecision"), str(v, "dateBasis"), dateCitation,
                v.get("mentionCount").asInt(0), v.get("occurrenceCount").asInt(0));
    }

    public static RelationshipView relationship(Value v) {
        return relationship(v, entity(v.get("from")), entity(v.get("to")));
    }

    /** A relationship read with only the ids of its ends ({@link RelationshipParts}). */
    public static RelationshipView relationshipWithEndIds(Value v) {
        return relationship(v, EntityView.idOnly(v.get("fromId").asString()), EntityView.idOnly(v.get("toId").asString()));
    }

    private static RelationshipView relationship(Value v, EntityView from, EntityView to) {
        return new RelationshipView(v.get("id").asString(), v.get("type").asString(), from, to, str(v, "title"),
                str(v, "validFrom"), str(v, "validFromPrecision"), str(v, "validTo"), str(v, "validToPrecision"),
                str(v, "dateBasis"), str(v, "status"), held(v), citations(v), v.get("retracted").asBoolean(false),
                v.get("claimIds").asList(Value::asString, List.of()));
    }

    /**
     * The citations kept as parallel lists (citations, citedSources, …) on a relationship. A
     * projection without details ({@link RelationshipParts}) reads no stances, modalities, notes or
     * claims: those are left null.
     */
    public static List<CitationView> citations(Value v) {
        List<String> quotes = v.get("citations").asList(Value::asString, List.of());
        List<String> sources = v.get("citedSources").asList(Value::asString, List.of());
        List<Integer> starts = v.get("citedStarts").asList(Value::asInt, List.of());
        List<Integer> ends = v.get("citedEnds").asList(Value::asInt, List.of());
        List<String> stances = v.get("citedStances").asList(Value::asString, List.of());
        List<String> modalities = v.get("citedModalities").asList(Value::asString, List.of());
        List<String> notes = v.get("citedNotes").asList(Value::asString, List.of());
        List<String> claimIds = v.get("claimIds").asList(Value::asString, List.of());
        List<CitationView> citations = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            boolean detailed = i < stances.size();
            citations.add(new CitationView(sources.get(i), quotes.get(i), starts.get(i), ends.get(i),
                    detailed ? stances.get(i).toUpperCase(Locale.ROOT) : null,
                    i < modalities.size() ? modalities.get(i) : detailed ? "asserted" : null,
                    i < notes.size() && !notes.get(i).isEmpty() ? notes.get(i) : null,
                    i < claimIds.size() ? claimIds.get(i) : null));
        }
        return citations;
    }

    public static List<EntityView> entities(Value list) {
        return list.asList(Views::entity, List.of());
    }

    /** Entities read whole, or (for a response that shows no more of them) only their ids. */
    public static List<EntityView> entities(Value list, boolean whole) {
        return whole ? entities(list) : list.asList(v -> EntityView.idOnly(v.asString()));
    }

    public static List<RelationshipView> relationships(Value list) {
        return list.asList(Views::relationship, List.of());
    }

    private static RelationshipView.Held held(Value v) {
        return v.get("heldTo").isNull() ? null
                : new RelationshipView.Held(str(v, "heldFrom"), str(v, "heldFromPrecision"), str(v, "heldFromBasis"),
                        str(v, "heldTo"), str(v, "heldToPrecision"), str(v, "heldToBasis"));
    }

    public static SourceView source(Value v) {
        return new SourceView(v.get("id").asString(), v.get("title").asString(), str(v, "site"), str(v, "url"),
                str(v, "author"), str(v, "publishedOn"), str(v, "datePrecision"), str(v, "dateBasis"),
                str(v, "dateNote"), str(v, "language"), str(v, "originalFile"), str(v, "text"),
                v.get("length").asInt(), v.get("status").asString("published"), str(v, "retractedOn"),
                str(v, "retractedReason"));
    }

    /** A claim node's words as a citation. */
    public static CitationView claimCitation(Value c) {
        return new CitationView(c.get("sourceId").asString(), c.get("quote").asString(), c.get("start").asInt(),
                c.get("end").asInt(), c.get("stance").asString("supports").toUpperCase(Locale.ROOT),
                c.get("modality").asString("asserted"), str(c, "note"), c.get("id").asString());
    }

    private static String str(Value v, String key) {
        return v.get(key).asString(null);
    }
}
