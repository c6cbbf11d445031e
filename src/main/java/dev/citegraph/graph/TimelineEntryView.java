package dev.citegraph.graph;

import java.util.List;

/**
 * One dated moment: an event, or a relationship beginning or ending.
 *
 * @param kind EVENT, BEGINS or ENDS
 */
public record TimelineEntryView(String date, String precision, String kind, String description, EntityView event,
        RelationshipView relationship, List<CitationView> citations) {
}
