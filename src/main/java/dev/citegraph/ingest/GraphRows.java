package dev.citegraph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.HeldPeriod;
import dev.citegraph.corpus.PartialDate;

/**
 * The corpus as the parameter rows of the ingest's Cypher: one map per node or relationship, with
 * exactly the properties it will have in the graph. Nulls are left out, as Neo4j does.
 */
final class GraphRows {

    private GraphRows() {
    }

    static List<Map<String, Object>> sources(Corpus corpus) {
        return corpus.sources().stream().map(s -> props(
                "id", s.id(), "title", s.title(), "site", s.site(), "url", s.url(), "author", s.author(),
                "language", s.language(), "publishedOn", value(s.publishedOn()),
                "datePrecision", precision(s.publishedOn()), "dateBasis", s.dateBasis(), "dateNote", s.dateNote(),
                "originalFile", s.originalFile(), "text", s.text(),
                "length", s.text().codePointCount(0, s.text().length()))).toList();
    }

    static List<Map<String, Object>> entities(Corpus corpus) {
        return corpus.entities().stream().map(e -> {
            Map<String, Object> p = props("id", e.id(), "type", e.type(), "kind", e.kind(), "name", e.name(),
                    "aliases", e.aliases(), "description", e.description(), "nameKeys", e.nameKeys(),
                    "date", value(e.date()), "datePrecision", precision(e.date()), "dateBasis", e.dateBasis());
            if (e.dateCitation() != null) {
                p.putAll(props("dateSource", e.dateCitation().sourceId(), "dateQuote", e.dateCitation().quote(),
                        "dateStart", e.dateCitation().start(), "dateEnd", e.dateCitation().end()));
            }
            return Map.<String, Object>of("type", e.type(), "props", p);
        }).toList();
    }

    /** Citations become parallel lists on the relationship, so Browser shows the evidence on the arrow itself. */
    static List<Map<String, Object>> relationships(Corpus corpus) {
        Map<String, Corpus.Source> sources = corpus.sourcesById();
        Map<String, Corpus.Entity> entities = corpus.entitiesById();
        return corpus.relationships().stream().map(r -> {
            HeldPeriod held = HeldPeriod.of(r, sources, entities);
            Map<String, Object> p = props("id", r.id(), "title", r.title(), "spell", r.spell(),
                    "validFrom", value(r.validFrom()), "validFromPrecision", precision(r.validFrom()),
                    "validTo", value(r.validTo()), "validToPrecision", precision(r.validTo()),
                    "dateBasis", r.dateBasis(), "status", r.status(),
                    "exclusiveKey", corpus.ontology().exclusiveKey(r));
            if (held != null) {
                // The held period as text for people, and as the day bounds Cypher compares:
                // earliest/latest possible start and end, given the precision of each date.
                p.putAll(props("heldFrom", value(held.from()), "heldFromPrecision", precision(held.from()),
                        "heldFromBasis", held.fromBasis(), "heldTo", value(held.to()),
                        "heldToPrecision", precision(held.to()), "heldToBasis", held.toBasis(),
                        "heldFromEarliest", held.earliestStart(), "heldFromLatest", held.latestStart(),
                        "heldToEarliest", held.earliestEnd(), "heldToLatest", held.latestEnd()));
            }
            p.putAll(props(
                    "quotes", each(r, Corpus.Citation::quote),
                    "quoteSources", each(r, Corpus.Citation::sourceId),
                    "quoteStarts", each(r, Corpus.Citation::start),
                    "quoteEnds", each(r, Corpus.Citation::end),
                    "quoteStances", each(r, Corpus.Citation::stance),
                    "quoteModalities", each(r, Corpus.Citation::modality),
                    "quoteNotes", each(r, c -> c.note() == null ? "" : c.note())));
            return Map.<String, Object>of("from", r.from(), "to", r.to(), "type", r.type(), "props", p);
        }).toList();
    }

    static List<Map<String, Object>> mentions(Corpus corpus) {
        return corpus.mentions().stream().map(m -> Map.<String, Object>of("source", m.sourceId(),
                "entity", m.entityId(), "key", m.sourceId() + "|" + m.entityId(),
                "props", props("count", m.starts().size(), "starts", m.starts(), "ends", m.ends()))).toList();
    }

    private static <T> List<T> each(Corpus.Relationship r, Function<Corpus.Citation, T> f) {
        return r.citations().stream().map(f).toList();
    }

    private static String value(PartialDate date) {
        return date == null ? null : date.value();
    }

    private static String precision(PartialDate date) {
        return date == null ? null : date.precisionName();
    }

    static Map<String, Object> props(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
