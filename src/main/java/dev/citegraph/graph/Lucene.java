package dev.citegraph.graph;

/** Makes any user text safe to pass as a Lucene query to Neo4j's full-text indexes. */
final class Lucene {

    private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

    private Lucene() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (cp < 128 && SPECIAL.indexOf(cp) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(cp);
        });
        // AND/OR/NOT in capitals are operators to Lucene; as words they should just be words.
        return out.toString().replaceAll("\\b(AND|OR|NOT)\\b", "\\\\$1");
    }
}
