package dev.citegraph.export;

/** What XML 1.0 can carry: the StAX writer escapes markup but passes other characters through unchecked. */
final class Xml {

    private Xml() {
    }

    /**
     * Returns the text if every character may appear in an XML 1.0 document; a carriage return is
     * refused too, because parsers turn it into a line feed and the value would not read back equal.
     */
    static String checked(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean allowed = cp == 0x9 || cp == 0xA || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed) {
                throw new IllegalArgumentException("character U+%04X at %d cannot be written to XML: %s"
                        .formatted(cp, i, text.length() > 60 ? text.substring(0, 60) + "…" : text));
            }
            i += Character.charCount(cp);
        }
        return text;
    }
}
