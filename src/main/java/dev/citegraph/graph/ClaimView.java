package dev.citegraph.graph;

/**
 * One claim: what one article states, in its exact words, and where it stands in review.
 *
 * @param status PROPOSED, ACCEPTED, REJECTED or RETRACTED
 * @param type the relationship type it states, or null for words kept as evidence for a conflict
 * @param roleStatus current or former, when the article says so
 */
public record ClaimView(String id, String status, String stance, String modality, String type, String title,
        String validFrom, String validTo, String dateBasis, String roleStatus, String quote, int start, int end,
        String sourceId, String subjectId, String objectId, String relationshipId, String note, String reviewedBy,
        String reviewedOn, String reviewNote, String retractedOn, String retractedReason, String file, int line) {
}
