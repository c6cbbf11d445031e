package dev.citegraph.corpus;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a cue word stands in a text: Latin cues as whole words whatever their case, Chinese ones anywhere. */
final class Cues {

    private static final Map<String, Pattern> WHOLE_WORD = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> AT_END = new ConcurrentHashMap<>();

    private Cues() {
    }

    static boolean contains(String text, String cue) {
        if (han(cue)) {
            return text.contains(cue);
        }
        return WHOLE_WORD.computeIfAbsent(cue, c -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(c) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).matcher(text).find();
    }

    /**
     * Where the cue starts when the text ends with it (then only {@code gap}, e.g. a comma and
     * spaces, or one capitalised word: "Group CTO", "CEO Eddie"), else -1.
     */
    static int endsWith(String text, String cue, Pattern gap) {
        Pattern p = AT_END.computeIfAbsent(cue + "\u0000" + gap.pattern(), k -> Pattern.compile(
                (han(cue) ? "" : "(?<![\\p{L}\\p{N}])") + Pattern.quote(cue) + "(?:" + gap.pattern() + ")$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        Matcher m = p.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** Whether the text starts with the cue as a whole word ("CEO Wu Yongming"), whatever its case. */
    static boolean startsWith(String text, String cue) {
        return text.regionMatches(true, 0, cue, 0, cue.length())
                && (han(cue) || text.length() > cue.length() && !Character.isLetterOrDigit(text.charAt(cue.length())));
    }

    private static boolean han(String cue) {
        return cue.codePoints().anyMatch(MentionScanner::han);
    }
}
