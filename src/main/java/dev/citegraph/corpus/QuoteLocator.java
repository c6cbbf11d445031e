package dev.citegraph.corpus;

/**
 * Finds a verbatim quote in an article and gives its offsets in Unicode code points, end-exclusive,
 * the unit Python's {@code str} slicing and most non-Java consumers use.
 */
public final class QuoteLocator {

    /** Where a quote stands, in code points; or why it could not be placed. */
    public record Located(int start, int end, int occurrences, String error) {

        boolean found() {
            return error == null;
        }
    }

    private QuoteLocator() {
    }

    /**
     * @param occurrence the 1-based occurrence wanted, or null when the quote must be unique
     */
    public static Located locate(String text, String quote, Integer occurrence) {
        if (quote == null || quote.isEmpty()) {
            return new Located(-1, -1, 0, "quote is missing");
        }
        int count = 0;
        int chosen = -1;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            count++;
            if (occurrence != null && count == occurrence) {
                chosen = at;
            } else if (occurrence == null && count == 1) {
                chosen = at;
            }
        }
        if (count == 0) {
            return new Located(-1, -1, 0, "quote not found in the article: \"" + abbreviate(quote) + "\""
                    + ClosestSpan.of(text, quote).map(s -> "; did you mean «" + abbreviate(s.words()) + "» at ["
                            + s.start() + "," + s.end() + ")?").orElse(""));
        }
        if (occurrence == null && count > 1) {
            return new Located(-1, -1, count, "quote occurs " + count + " times in the article; say which with occurrence: 1.." + count);
        }
        if (occurrence != null && (occurrence < 1 || occurrence > count)) {
            return new Located(-1, -1, count, "occurrence " + occurrence + " asked, but the quote occurs " + count + " time(s)");
        }
        int start = text.codePointCount(0, chosen);
        int end = start + quote.codePointCount(0, quote.length());
        return new Located(start, end, count, null);
    }

    /** The text between two code-point offsets: the inverse of {@link #locate}. */
    public static String slice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
