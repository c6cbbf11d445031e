package dev.citegraph.graph;

/** An article and its publication facts. */
public record SourceView(String id, String title, String site, String url, String author, String publishedOn,
        String datePrecision, String dateBasis, String dateNote, String language, String originalFile, String text,
        int length) {
}
