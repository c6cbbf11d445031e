package dev.citegraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    @Test
    void offsetsAreCodePointsEndExclusive() {
        // U+1F600 is two UTF-16 units but one code point: Java indexes would be off by one after it.
        String text = "😀 Alibaba (阿里巴巴) upgraded Tongyi (通义).";
        QuoteLocator.Located at = QuoteLocator.locate(text, "Tongyi (通义)", null);
        assertThat(at.error()).isNull();
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, at.start(), at.end() - at.start())).isEqualTo("Tongyi (通义)");
        assertThat(at.start()).isEqualTo(text.indexOf("Tongyi") - 1);
        assertThat(QuoteLocator.slice(text, at.start(), at.end())).isEqualTo("Tongyi (通义)");
    }

    @Test
    void aQuoteNotInTheTextIsRefused() {
        assertThat(QuoteLocator.locate("Wu Zeming’s promotion", "Wu Zeming's promotion", null).error())
                .startsWith("quote not found in the article");
    }

    @Test
    void aNearMissSaysWhereTheArticlesWordsAre() {
        String text = "😀 It has been reported that Alibaba moved on April 8, establishing a group‑level Technology Committee.";
        // Typographic apostrophes, dashes and case differ: the same words, found exactly.
        assertThat(QuoteLocator.locate(text, "ESTABLISHING A GROUP-LEVEL  technology committee", null).error())
                .endsWith("did you mean «establishing a group‑level Technology Committee» at [54,101)?");
        assertThat(QuoteLocator.slice(text, 54, 101)).isEqualTo("establishing a group‑level Technology Committee");
        // Two letters wrong: the closest span within a bounded number of edits.
        assertThat(QuoteLocator.locate(text, "Alibaba moved on Aprl 8, establishng", null).error())
                .endsWith("did you mean «Alibaba moved on April 8, establishing» at [28,66)?");
        // Nothing close: no suggestion.
        assertThat(QuoteLocator.locate(text, "Tencent bought a bank", null).error()).doesNotContain("did you mean");
    }

    @Test
    void aNearMissInChineseSaysWhereTheArticlesWordsAre() {
        String text = "据报道，阿里巴巴集团首席技术官吴泽明加入了合伙人委员会。";
        String error = QuoteLocator.locate(text, "阿里巴巴首席技术官吴泽明加入合伙人委员会", null).error();
        assertThat(error).endsWith("did you mean «阿里巴巴集团首席技术官吴泽明加入了合伙人委员会» at [4,27)?");
        assertThat(QuoteLocator.slice(text, 4, 27)).isEqualTo("阿里巴巴集团首席技术官吴泽明加入了合伙人委员会");
    }

    @Test
    void aRepeatedQuoteNeedsItsOccurrence() {
        String text = "Wu said. Then Wu said again.";
        assertThat(QuoteLocator.locate(text, "Wu said", null).error()).contains("occurs 2 times");
        QuoteLocator.Located second = QuoteLocator.locate(text, "Wu said", 2);
        assertThat(second.start()).isEqualTo(14);
        assertThat(QuoteLocator.locate(text, "Wu said", 3).error()).contains("occurrence 3 asked");
    }
}
