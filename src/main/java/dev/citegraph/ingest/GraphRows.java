package dev.citegraph.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.HeldPeriod;
import dev.citegraph.corpus.PartialDate;

/**
 * The corpus as rows of the ingest's Cypher, one per node or relationship, each with exactly the
 * properties it will have in the graph. Nulls are left out, as Neo4j does. Rows are made as the
 * writer takes them, never all at once: the rows of 200,000 claims (each a map of thirty
 * properties) do not fit beside the corpus in a 512 MB server.
 */
final class GraphRows {

    private GraphRows() {
    }

    static Stream<Row> sources(Corpus corpus) {
        return corpus.sources().stream().map(GraphRows::source);
    }

    static Row source(Corpus.Source s) {
        return Row.of(s.id(), Row.props(
                "id", s.id(), "title", s.title(), "site", s.site(), "url", s.url(), "author", s.author(),
                "language", s.language(), "publishedOn", value(s.publishedOn()),
                "datePrecision", precision(s.publishedOn()), "dateBasis", s.dateBasis(), "dateNote", s.dateNote(),
                "originalFile", s.originalFile(), "text", s.text(),
                "length", s.text().codePointCount(0, s.text().length()), "status", s.status(),
                "retractedOn", value(s.retractedOn()), "retractedReason", s.retractedReason(),
                "fingerprint", s.fingerprint()));
    }

    /**
     * An entity carries how many articles name it and how many times (its MENTIONS, counted here
     * from the same list the MENTIONS rows come from), so that every projection of an entity reads
     * two properties instead of walking its mentions: at 5,000 articles a relationship's ends
     * were counted over hundreds of MENTIONS each, in every query that showed them.
     *
     * <p>It also carries how many entities its standing relationships (those some source not
     * retracted supports) join it to, in either direction: routes between two entities are ranked
     * by how connected their inner entities are, and counting that live walked every relationship
     * of the hubs a route passes (two thirds of a route search at ×1000).
     *
     * <p>And what the ids of the relationships from it begin with, its id and ':', indexed: relationship
     * ids begin with their subject's id, so the index hands over entities in the order of their
     * relationships' ids, and a page of every relationship reads its page instead of sorting all
     * of them (139,000 at ×1000). With it, how many standing relationships go out from it: the total
     * of such a page is their sum.
     */
    static Stream<Row> entities(Corpus corpus) {
        return corpus.entities().stream().map(entity(corpus));
    }

    /** The row of an entity of {@code corpus}, counted once for all its entities. */
    static Function<Corpus.Entity, Row> entity(Corpus corpus) {
        Map<String, Integer> articles = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        corpus.mentions().forEach(m -> {
            articles.merge(m.entityId(), 1, Integer::sum);
            occurrences.merge(m.entityId(), m.occurrences().size(), Integer::sum);
        });
        Map<String, Set<String>> neighbours = new HashMap<>();
        Map<String, Integer> outgoing = new HashMap<>();
        corpus.relationships().stream().filter(r -> !r.retracted()).forEach(r -> {
            neighbours.computeIfAbsent(r.from(), k -> new HashSet<>()).add(r.to());
            neighbours.computeIfAbsent(r.to(), k -> new HashSet<>()).add(r.from());
            outgoing.merge(r.from(), 1, Integer::sum);
        });
        return e -> {
            Map<String, Object> p = Row.props("id", e.id(), "type", e.type(), "kind", e.kind(), "name", e.name(),
                    "aliases", e.aliases(), "description", e.description(), "nameKeys", e.nameKeys(),
                    "date", value(e.date()), "datePrecision", precision(e.date()), "dateBasis", e.dateBasis(),
                    "mentionCount", articles.getOrDefault(e.id(), 0),
                    "occurrenceCount", occurrences.getOrDefault(e.id(), 0),
                    "neighbourCount", neighbours.getOrDefault(e.id(), Set.of()).size(),
                    "relationshipIdPrefix", e.id() + ":", "outgoingCount", outgoing.getOrDefault(e.id(), 0));
            if (e.dateCitation() != null) {
                p.putAll(Row.props("dateSource", e.dateCitation().sourceId(), "dateQuote", e.dateCitation().quote(),
                        "dateStart", e.dateCitation().start(), "dateEnd", e.dateCitation().end()));
            }
            return Row.of(e.id(), p);
        };
    }

    /** A claim node carries the ids it links to, so that it reads whole in Browser and its hash covers its links. */
    static Stream<Row> claims(Corpus corpus) {
        return corpus.claims().stream().map(GraphRows::claim);
    }

    static Row claim(Corpus.Claim c) {
        return Row.of(c.id(), Row.props(
                "id", c.id(), "sourceId", c.sourceId(), "type", c.type(), "subjectId", c.subject(),
                "objectId", c.object(), "relationshipId", c.relationshipId(), "title", c.title(), "spell", c.spell(),
                "validFrom", value(c.validFrom()), "validFromPrecision", precision(c.validFrom()),
                "validTo", value(c.validTo()), "validToPrecision", precision(c.validTo()),
                "dateBasis", c.dateBasis(), "roleStatus", c.roleStatus(), "modality", c.modality(),
                "stance", c.stance(), "note", c.note(), "quote", c.quote(), "start", c.start(), "end", c.end(),
                "status", c.status(), "reviewedBy", c.reviewedBy(), "reviewedOn", c.reviewedOn(),
                "reviewNote", c.reviewNote(), "retractedOn", value(c.retractedOn()),
                "retractedReason", c.retractedReason(), "file", c.file(), "line", c.line()),
                // The links are hashed too, so that a lost STATES, SUBJECT or OBJECT is found at start.
                "source", c.sourceId(), "subject", c.subject(), "object", c.object());
    }

    /**
     * The typed relationships between entities, derived from the claims. Their citations are
     * copied onto them as parallel lists (with the ids of their claims) so that Browser shows the
     * evidence on the arrow itself. Browser lists a relationship's properties in code-point order
     * of their names (after its own {@code <element-id>} and {@code <id>}), so the names are
     * chosen for that order: {@code citations} (the quoted words), then {@code cited*}, then the rest.
     */
    static Stream<Row> relationships(Corpus corpus) {
        return corpus.relationships().stream().map(relationship(corpus));
    }

    /** The row of a relationship of {@code corpus}, its sources and entities looked up by id. */
    static Function<Corpus.Relationship, Row> relationship(Corpus corpus) {
        Map<String, Corpus.Source> sources = corpus.sourcesById();
        Map<String, Corpus.Entity> entities = corpus.entitiesById();
        return r -> {
            HeldPeriod held = HeldPeriod.of(r, sources, entities);
            Map<String, Object> p = Row.props("id", r.id(), "title", r.title(), "spell", r.spell(),
                    "validFrom", value(r.validFrom()), "validFromPrecision", precision(r.validFrom()),
                    "validTo", value(r.validTo()), "validToPrecision", precision(r.validTo()),
                    "dateBasis", r.dateBasis(), "status", r.status(),
                    "exclusiveKey", corpus.ontology().exclusiveKey(r), "retracted", r.retracted() ? true : null);
            if (held != null) {
                // The held period as text for people, and as the day bounds Cypher compares:
                // earliest/latest possible start and end, given the precision of each date.
                p.putAll(Row.props("heldFrom", value(held.from()), "heldFromPrecision", precision(held.from()),
                        "heldFromBasis", held.fromBasis(), "heldTo", value(held.to()),
                        "heldToPrecision", precision(held.to()), "heldToBasis", held.toBasis(),
                        "heldFromEarliest", held.earliestStart(), "heldFromLatest", held.latestStart(),
                        "heldToEarliest", held.earliestEnd(), "heldToLatest", held.latestEnd()));
            }
            p.putAll(Row.props(
                    "citations", each(r, Corpus.Citation::quote),
                    "citedSources", each(r, Corpus.Citation::sourceId),
                    "citedStarts", each(r, Corpus.Citation::start),
                    "citedEnds", each(r, Corpus.Citation::end),
                    "citedStances", each(r, Corpus.Citation::stance),
                    "citedModalities", each(r, Corpus.Citation::modality),
                    "citedNotes", each(r, c -> c.note() == null ? "" : c.note()),
                    "claimIds", each(r, Corpus.Citation::claimId)));
            return Row.of(r.id(), p, "from", r.from(), "to", r.to(), "type", r.type());
        };
    }

    static Stream<Row> mentions(Corpus corpus) {
        return corpus.mentions().stream().map(GraphRows::mention);
    }

    static Row mention(Corpus.Mention m) {
        return Row.of(m.sourceId() + "|" + m.entityId(),
                Row.props("count", m.occurrences().size(), "starts", m.starts(), "ends", m.ends(),
                        "words", each(m, Corpus.Occurrence::words),
                        "sentenceStarts", each(m, Corpus.Occurrence::sentenceStart),
                        "sentenceEnds", each(m, Corpus.Occurrence::sentenceEnd),
                        "sentences", each(m, Corpus.Occurrence::sentence)),
                "source", m.sourceId(), "entity", m.entityId());
    }

    private static <T> List<T> each(Corpus.Mention m, Function<Corpus.Occurrence, T> f) {
        return m.occurrences().stream().map(f).toList();
    }

    private static <T> List<T> each(Corpus.Relationship r, Function<Corpus.Citation, T> f) {
        return r.citations().stream().map(f).toList();
    }

    static String value(PartialDate date) {
        return date == null ? null : date.value();
    }

    static String precision(PartialDate date) {
        return date == null ? null : date.precisionName();
    }
}
