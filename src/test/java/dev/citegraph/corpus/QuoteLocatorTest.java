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
    void aRepeatedQuoteNeedsItsOccurrence() {
        String text = "Wu said. Then Wu said again.";
        assertThat(QuoteLocator.locate(text, "Wu said", null).error()).contains("occurs 2 times");
        QuoteLocator.Located second = QuoteLocator.locate(text, "Wu said", 2);
        assertThat(second.start()).isEqualTo(14);
        assertThat(QuoteLocator.locate(text, "Wu said", 3).error()).contains("occurrence 3 asked");
    }
}
