package dev.citegraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a search's words occur in the text of a hit, as the full-text index sees words: Latin
 * words whole and without regard to case, each Han character alone. The whole query found in one
 * place, its words in order with only spaces or punctuation between them, is an exact match;
 * otherwise each word is marked where it occurs.
 */
public final class TextMatches {

    /** Where the words matched: code-point offsets into the hit's text, end-exclusive, and the words as written there. */
    public record Match(int start, int end, String text) {
    }

    /** The matches in one text, and whether the whole query was found together. */
    record Found(List<Match> matches, boolean exact) {
    }

    private final List<String> words;
    private final Pattern phrase;
    private final Pattern anyWord;

    TextMatches(String query) {
        this.words = words(query);
        this.phrase = words.isEmpty() ? null : Pattern.compile(words.stream().map(TextMatches::word)
                .collect(Collectors.joining("[^\\p{L}\\p{N}]*")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.anyWord = words.isEmpty() ? null : Pattern.compile(words.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(TextMatches::word)
                .collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    Found in(String text) {
        if (phrase == null || text == null) {
            return new Found(List.of(), false);
        }
        List<Match> exact = all(phrase, text);
        return exact.isEmpty() ? new Found(all(anyWord, text), false) : new Found(exact, true);
    }

    /** How many of the query's words occur in the text: the best of several snippets shows the most. */
    long score(String text) {
        return in(text).exact() ? Long.MAX_VALUE : in(text).matches().stream().map(m -> m.text().toLowerCase(Locale.ROOT))
                .distinct().count();
    }

    private static List<Match> all(Pattern pattern, String text) {
        List<Match> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Match(text.codePointCount(0, m.start()), text.codePointCount(0, m.end()), m.group()));
        }
        return found;
    }

    /** A Latin word stands alone (not inside a longer word); a Han character needs no boundary. */
    private static String word(String w) {
        String quoted = Pattern.quote(w);
        return han(w) ? quoted : "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])";
    }

    /** The words of a query as the index sees them: Latin words lower-cased, each Han character alone. */
    static List<String> words(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .flatMap(w -> w.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        ? splitHan(w)
                        : Stream.of(w))
                .filter(w -> !w.isEmpty()).toList();
    }

    private static Stream<String> splitHan(String w) {
        // Han characters stand alone; a Latin run inside the same token stays one word.
        List<String> parts = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        w.codePoints().forEach(cp -> {
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                if (!latin.isEmpty()) {
                    parts.add(latin.toString());
                    latin.setLength(0);
                }
                parts.add(Character.toString(cp));
            } else {
                latin.appendCodePoint(cp);
            }
        });
        if (!latin.isEmpty()) {
            parts.add(latin.toString());
        }
        return parts.stream();
    }

    private static boolean han(String w) {
        return w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
