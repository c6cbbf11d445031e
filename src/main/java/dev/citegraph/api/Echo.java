package dev.citegraph.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens what an error message quotes of the request, so that a megabyte of argument does not
 * come back as a megabyte of error: quoted parts longer than the limit are cut with an ellipsis,
 * and so is the message as a whole beyond a few such parts.
 */
final class Echo {

    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|\\[[^\\]]*]");

    private Echo() {
    }

    static String shorten(String message, int limit) {
        if (message == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher quoted = QUOTED.matcher(message);
        while (quoted.find()) {
            String part = quoted.group();
            String cut = part.length() - 2 > limit
                    ? part.charAt(0) + part.substring(1, 1 + limit) + "…" + part.charAt(part.length() - 1)
                    : part;
            quoted.appendReplacement(out, Matcher.quoteReplacement(cut));
        }
        quoted.appendTail(out);
        int whole = 4 * limit;
        return out.length() > whole ? out.substring(0, whole) + "…" : out.toString();
    }
}
