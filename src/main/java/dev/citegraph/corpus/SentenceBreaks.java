package dev.citegraph.corpus;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Where an article's sentences begin and end, by ICU's sentence rules for the article's language:
 * the proposer, the mention scanner and the curation checks must agree on what "the sentence"
 * around a name or a quote is. A title line or a list item ends a sentence too.
 */
final class SentenceBreaks {

    private SentenceBreaks() {
    }

    /** The breaks as char offsets, from 0 to the text's length: sentence i runs from breaks[i] to breaks[i + 1]. */
    static int[] of(String text, String language) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language == null ? "en" : language));
        breaks.setText(text);
        List<Integer> found = new ArrayList<>();
        for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
            found.add(b);
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    static int[] of(Corpus.Source source) {
        return of(source.text(), source.language());
    }
}
