package dev.citegraph.graph;

/**
 * The exact words of one source, at code-point offsets into its text (end-exclusive).
 *
 * @param stance SUPPORTS or DISPUTES
 */
public record CitationView(String sourceId, String quote, int start, int end, String stance, String modality,
        String note) {
}
