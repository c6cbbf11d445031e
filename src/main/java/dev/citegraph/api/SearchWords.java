package dev.citegraph.api;

import java.util.HashSet;
import java.util.Set;

/**
 * Refuses searches with more words than the full-text index will combine: Lucene stops at 1,024
 * clauses, and each word becomes several, so 342 words used to end in an internal error. Words
 * are counted the way the index's analyzer splits them: runs of letters and digits, and each Han
 * character on its own.
 */
final class SearchWords {

    private SearchWords() {
    }

    static void check(String text, int max) {
        if (text == null) {
            return;
        }
        Set<String> words = new HashSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                add(words, word);
                words.add(Character.toString(cp));
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else {
                add(words, word);
            }
            if (words.size() > max) {
                throw new IllegalArgumentException("text has more than " + max + " distinct words (citegraph.limits.max-search-words)");
            }
        }
        add(words, word);
        if (words.size() > max) {
            throw new IllegalArgumentException("text has more than " + max + " distinct words (citegraph.limits.max-search-words)");
        }
    }

    private static void add(Set<String> words, StringBuilder word) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
