package dev.citegraph.corpus;

import com.ibm.icu.text.Normalizer2;

/**
 * A text with full-width and other compatibility forms of single characters folded to their plain
 * form ("Ｑｗｅｎ" to "Qwen", "（" to "("), one char for one char, so that offsets into the folded
 * text are offsets into the original. Characters whose plain form is longer stay as they are.
 */
final class WidthFold {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private WidthFold() {
    }

    static String of(String text) {
        if (NFKC.isNormalized(text)) {
            return text;
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String plain = Character.isSurrogate(c) ? null : NFKC.getDecomposition(c);
            folded.append(plain != null && plain.length() == 1 ? plain.charAt(0) : c);
        }
        return folded.toString();
    }
}
