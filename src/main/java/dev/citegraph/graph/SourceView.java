package dev.citegraph.graph;

/**
 * An article and its publication facts.
 *
 * @param text the article's text, or null where it was not read (see {@link SourceReader#texts})
 * @param status published or retracted (then with the date and reason)
 */
public record SourceView(String id, String title, String site, String url, String author, String publishedOn,
        String datePrecision, String dateBasis, String dateNote, String language, String originalFile, String text,
        int length, String status, String retractedOn, String retractedReason) {

    /** A source of which a response shows only the id: its other fields are never read. */
    public static SourceView idOnly(String id) {
        return new SourceView(id, null, null, null, null, null, null, null, null, null, null, null, 0, "published",
                null, null);
    }

    /** PUBLISHED or RETRACTED, as the API names them. */
    public String status() {
        return status.toUpperCase(java.util.Locale.ROOT);
    }
}
