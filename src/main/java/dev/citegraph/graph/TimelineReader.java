package dev.citegraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

import dev.citegraph.corpus.PartialDate;

/**
 * Builds timelines from what the sources date: events with a date, and relationships with a
 * {@code validFrom} or {@code validTo}. Dates the graph merely infers (a relationship "first
 * reported" in an article) are not changes and do not appear. One query; the ordering and date
 * filtering happen here because partial dates compare by the days they can mean.
 *
 * <p>The order respects precision: a date sorts by the last day it can mean, and among dates
 * ending on the same day the less precise comes last. So "2026" (any day of 2026) follows every
 * entry of 2026 dated to a month or day, instead of preceding "2026-03" as if it were earlier;
 * "2025-12" still precedes it, and "2026-03" precedes "2026-04-02".
 */
@Component
public class TimelineReader {

    // The entity is named by id or any name (EntityArgument); an unknown one gives one row saying so.
    // Each kind of entry has two branches: one expands from the entity when one is named, one
    // scans the graph when none is; a branch whose first WITH fails costs nothing, so a person's
    // timeline reads that person's neighbourhood, not every event and relationship of the graph.
    // The scanning branches' MATCH is in a subquery of its own: written after the guard, it was
    // planned as a scan of every entity with the guard applied to the rows it found.
    // An event's entry shows the citations of the entity's links to it, not the links: their lists
    // alone are read (the whole relationship, both ends projected, was most of an entry's reading).
    // from and to are applied twice: in the query, by year only, so that entries of other years are
    // never projected (the whole graph's timeline holds 41,606 entries at 5,000 articles); here,
    // exactly, because whether "2026" can fall after 2026-04-08 is a question of days.
    private static final String CITATIONS = "r {" + Cypher.CITED_WORDS + ", " + Cypher.CITED_DETAILS + "}";

    private static final String ENTRIES = """
            WITH %3$s AS entityNode
            WITH entityNode, %4$s AS unknown
            OPTIONAL CALL (entityNode, unknown) {
              WITH entityNode WHERE size(unknown) = 0 AND entityNode IS NOT NULL
              MATCH (entityNode)--(ev:Event:Citegraph) WHERE ev.date IS NOT NULL AND %7$s
              WITH DISTINCT entityNode, ev
              RETURN 'EVENT' AS kind, ev.date AS date, %1$s AS event, NULL AS relationship,
                     COLLECT { MATCH (entityNode)-[r]-(ev) WHERE r.retracted IS NULL
                               RETURN %5$s ORDER BY r.id } AS links
              UNION ALL
              WITH entityNode WHERE size(unknown) = 0 AND entityNode:Event AND entityNode.date IS NOT NULL
              WITH entityNode AS ev WHERE %7$s
              RETURN 'EVENT' AS kind, ev.date AS date, %1$s AS event, NULL AS relationship, [] AS links
              UNION ALL
              WITH entityNode WHERE size(unknown) = 0 AND entityNode IS NULL
              CALL (entityNode) {
                MATCH (ev:Event:Citegraph) WHERE ev.date IS NOT NULL AND %7$s
                RETURN ev
              }
              RETURN 'EVENT' AS kind, ev.date AS date, %1$s AS event, NULL AS relationship, [] AS links
              UNION ALL
              WITH entityNode WHERE size(unknown) = 0 AND entityNode IS NOT NULL
              MATCH (entityNode)-[r]-(:Entity:Citegraph) WHERE (r.validFrom IS NOT NULL OR r.validTo IS NOT NULL) AND r.retracted IS NULL
              WITH r, startNode(r) AS a, endNode(r) AS b
              UNWIND [['BEGINS', r.validFrom], ['ENDS', r.validTo]] AS change
              WITH r, a, b, change WHERE change[1] IS NOT NULL AND %8$s
              RETURN change[0] AS kind, change[1] AS date, NULL AS event, %2$s AS relationship, [] AS links
              UNION ALL
              WITH entityNode WHERE size(unknown) = 0 AND entityNode IS NULL
              CALL (entityNode) {
                %6$s
                WITH a, r, b WHERE (r.validFrom IS NOT NULL OR r.validTo IS NOT NULL) AND r.retracted IS NULL
                RETURN a, r, b
              }
              UNWIND [['BEGINS', r.validFrom], ['ENDS', r.validTo]] AS change
              WITH r, a, b, change WHERE change[1] IS NOT NULL AND %8$s
              RETURN change[0] AS kind, change[1] AS date, NULL AS event, %2$s AS relationship, [] AS links
            }
            RETURN unknown, kind, date, event, relationship, links""".formatted(Cypher.entity("ev"), Cypher.RELATIONSHIP,
            EntityArgument.node("entity"), EntityArgument.unknown("entity"), CITATIONS,
            Cypher.everyRelationship("r"), inYears("ev.date"), inYears("change[1]"));

    /**
     * A Cypher condition: the partial date {@code date} (YYYY, YYYY-MM or YYYY-MM-DD, so its first
     * four characters are its year) is of a year from {@code $fromYear} to {@code $toYear}, each
     * bound only when given. Every entry this keeps out falls wholly before {@code from} or after {@code to}.
     */
    private static String inYears(String date) {
        return "($fromYear IS NULL OR left(%1$s, 4) >= $fromYear) AND ($toYear IS NULL OR left(%1$s, 4) <= $toYear)"
                .formatted(date);
    }

    private final Cypher cypher;

    public TimelineReader(Cypher cypher) {
        this.cypher = cypher;
    }

    /**
     * @param first how many entries to answer, the oldest first: those of the years asked are all
     *        read and sorted here (partial dates do not sort in Cypher), and only these answered
     */
    public List<TimelineEntryView> timeline(String entityId, PartialDate from, PartialDate to, int first) {
        Map<String, Object> params = new HashMap<>();
        EntityArgument.put(params, "entity", entityId);
        params.put("fromYear", from == null ? null : from.value().substring(0, 4));
        params.put("toYear", to == null ? null : to.value().substring(0, 4));
        List<Record> rows = cypher.read(ENTRIES, params);
        EntityArgument.check(rows, params);
        List<Dated> entries = new ArrayList<>();
        for (Record r : rows) {
            if (r.get("kind").isNull()) {
                continue;
            }
            PartialDate date = PartialDate.parse(r.get("date").asString());
            if ((from != null && date.lastDay().isBefore(from.firstDay()))
                    || (to != null && date.firstDay().isAfter(to.lastDay()))) {
                continue;
            }
            entries.add(Dated.of(date, entry(r, date)));
        }
        entries.sort(Dated.ORDER);
        return entries.stream().limit(first).map(Dated::entry).toList();
    }

    /**
     * An entry with the days its date can mean, worked out once: the whole graph's timeline sorts
     * 41,606 entries at 5,000 articles, and parsing both dates at every comparison was a third of
     * its time.
     */
    record Dated(LocalDate lastDay, LocalDate firstDay, TimelineEntryView entry) {

        /**
         * Later last day last; on the same last day, the less precise (earlier first day) last. The
         * words, kind and id come after, so that entries alike in date still come in one order, and
         * a timeline cut at {@code first} is the same cut every time.
         */
        static final Comparator<Dated> ORDER = Comparator.comparing(Dated::lastDay)
                .thenComparing(Dated::firstDay, Comparator.reverseOrder())
                .thenComparing(d -> d.entry().description()).thenComparing(d -> d.entry().kind())
                .thenComparing(d -> d.entry().event() != null ? d.entry().event().id() : d.entry().relationship().id());

        static Dated of(PartialDate date, TimelineEntryView entry) {
            return new Dated(date.lastDay(), date.firstDay(), entry);
        }
    }

    private static TimelineEntryView entry(Record r, PartialDate date) {
        String kind = r.get("kind").asString();
        if (kind.equals("EVENT")) {
            EntityView event = Views.entity(r.get("event"));
            List<CitationView> citations = new ArrayList<>();
            if (event.dateCitation() != null) {
                citations.add(event.dateCitation());
            }
            r.get("links").asList(Views::citations).forEach(citations::addAll);
            String description = event.name() + (event.description() == null ? "" : ": " + event.description());
            return new TimelineEntryView(date.value(), date.precisionName(), kind, description, event, null, citations);
        }
        RelationshipView rel = Views.relationship(r.get("relationship"));
        String description = (kind.equals("BEGINS") ? "Begins: " : "Ends: ") + rel.from().name() + " "
                + rel.type() + (rel.title() == null ? "" : " (" + rel.title() + ")") + " " + rel.to().name();
        return new TimelineEntryView(date.value(), date.precisionName(), kind, description, null, rel, rel.citations());
    }
}
