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

    /** PUBLISHED or RETRACTED, as the API names them. */
    public String status() {
        return status.toUpperCase(java.util.Locale.ROOT);
    }
}
