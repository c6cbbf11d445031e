package dev.citegraph.corpus;

import java.util.Optional;

import com.ibm.icu.text.Normalizer2;

/**
 * The span of an article closest to a quote that is not in it word for word, for "did you mean":
 * first the same words up to case, width, typographic quotes, dashes and runs of white space
 * (ICU NFKC case folding, one character at a time so offsets map back); else the span within a
 * bounded edit distance of the quote (Sellers' approximate substring search, one pass over the
 * article: a few milliseconds for a long article and a sentence-long quote).
 */
final class ClosestSpan {

    /** Where the suggestion stands, in code points, end exclusive, and its words. */
    record Span(int start, int end, String words) {
    }

    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    /** Quotes longer than this are not searched approximately: the search grows with quote × article. */
    private static final int MAX_QUOTE = 1000;

    private ClosestSpan() {
    }

    static Optional<Span> of(String text, String quote) {
        Folded t = Folded.of(text), q = Folded.of(quote);
        if (q.chars.isEmpty()) {
            return Optional.empty();
        }
        int at = t.chars.indexOf(q.chars);
        if (at >= 0) {
            return Optional.of(span(text, t.origin[at], t.origin[at + q.chars.length() - 1] + 1));
        }
        return q.chars.length() > MAX_QUOTE ? Optional.empty() : approximate(text, t, q.chars);
    }

    /** The end of the article's span with the fewest edits from the quote, and where that span starts; none beyond a quarter of the quote. */
    private static Optional<Span> approximate(String text, Folded t, String q) {
        int m = q.length(), bound = Math.max(2, m / 4);
        int[] cost = new int[m + 1], start = new int[m + 1], nextCost = new int[m + 1], nextStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
        }
        int best = bound + 1, bestStart = -1, bestEnd = -1;
        for (int j = 0; j < t.chars.length(); j++) {
            char c = t.chars.charAt(j);
            nextCost[0] = 0; // a match may start anywhere in the article
            nextStart[0] = j + 1;
            for (int i = 1; i <= m; i++) {
                int substitute = cost[i - 1] + (q.charAt(i - 1) == c ? 0 : 1);
                int skipText = cost[i] + 1, skipQuote = nextCost[i - 1] + 1;
                if (substitute <= skipText && substitute <= skipQuote) {
                    nextCost[i] = substitute;
                    nextStart[i] = i == 1 ? j : start[i - 1];
                } else if (skipText <= skipQuote) {
                    nextCost[i] = skipText;
                    nextStart[i] = start[i];
                } else {
                    nextCost[i] = skipQuote;
                    nextStart[i] = nextStart[i - 1];
                }
            }
            if (nextCost[m] < best) {
                best = nextCost[m];
                bestStart = nextStart[m];
                bestEnd = j;
            }
            int[] swap = cost;
            cost = nextCost;
            nextCost = swap;
            swap = start;
            start = nextStart;
            nextStart = swap;
        }
        return bestStart < 0 ? Optional.empty() : Optional.of(span(text, t.origin[bestStart], t.origin[bestEnd] + 1));
    }

    private static Span span(String text, int from, int to) {
        int start = text.codePointCount(0, from);
        return new Span(start, start + text.codePointCount(from, to), text.substring(from, to));
    }

    /** A text folded for comparison, with the index in the original of each folded char. */
    private record Folded(String chars, int[] origin) {

        static Folded of(String text) {
            StringBuilder folded = new StringBuilder(text.length());
            int[] origin = new int[text.length() + 1];
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = true;
                    continue;
                }
                if (space && !folded.isEmpty()) {
                    origin[folded.length()] = i - 1;
                    folded.append(' ');
                }
                space = false;
                origin[folded.length()] = i;
                folded.append(plain(c));
            }
            return new Folded(folded.toString(), origin);
        }

        private static char plain(char c) {
            switch (c) {
                case '‘', '’', '‚', '′' -> {
                    return '\'';
                }
                case '“', '”', '„', '″' -> {
                    return '"';
                }
                case '‐', '‑', '‒', '–', '—', '―', '−' -> {
                    return '-';
                }
                default -> {
                    if (Character.isSurrogate(c)) {
                        return c;
                    }
                    String f = FOLD.normalize(String.valueOf(c));
                    return f.length() == 1 ? f.charAt(0) : c;
                }
            }
        }
    }
}
