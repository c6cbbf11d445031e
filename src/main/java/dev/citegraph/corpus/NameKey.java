package dev.citegraph.corpus;

import com.ibm.icu.text.Normalizer2;

/**
 * The form in which names are compared: NFKC with Unicode case folding, white space removed.
 *
 * <p>So "Wu Zeming", "wu  zeming", "WUZEMING" and full-width "Ｗｕ Ｚｅｍｉｎｇ" share one key, and
 * Chinese names pass through unchanged. Name-order variants (Fan Jiang / Jiang Fan) are not
 * guessed here: the registry lists them, because reversing is wrong for Chinese-script names.
 */
public final class NameKey {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private NameKey() {
    }

    public static String of(String name) {
        String folded = NFKC_CASEFOLD.normalize(name);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
