package dev.citegraph.graph;

/**
 * The exact words of one source, at code-point offsets into its text (end-exclusive).
 *
 * @param stance SUPPORTS or DISPUTES
 * @param claimId the claim these words belong to; null for the words that date an event
 */
public record CitationView(String sourceId, String quote, int start, int end, String stance, String modality,
        String note, String claimId) {
}
