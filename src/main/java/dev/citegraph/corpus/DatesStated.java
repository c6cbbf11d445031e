package dev.citegraph.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which parts of a date (its year, month and day) an article's own text states, as
 * {@link CurationChecks#dates} needs them for every dated claim: the year as a number of its own
 * (2025, not inside 20250); the month by its English name as a word ("March") or as "3月"; the day
 * as "March 4", "4 March", "4th March" or "3月4日". A number is read whole: "March 14" does not
 * state the 4th, nor "13月" March.
 *
 * <p>Each part is first looked for as plain text, and only a text that holds it is searched with
 * the expression that says where it may stand: at 200,000 claims, compiling and running the three
 * expressions over the whole article for every claim's date was an eighth of reading the corpus.
 */
final class DatesStated {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** Each month's name as a word, and its number before 月, found where the name or number first stands. */
    private static final Pattern[] MONTH_WORDS = new Pattern[12];
    private static final Pattern[] MONTH_NUMBERS = new Pattern[12];

    static {
        for (int m = 1; m <= 12; m++) {
            MONTH_WORDS[m - 1] = Pattern.compile("\\b" + MONTHS[m - 1] + "\\b");
            MONTH_NUMBERS[m - 1] = Pattern.compile("(?<!\\d)" + m + "月");
        }
    }

    private DatesStated() {
    }

    /** The parts {@code text} does not state, as "year 2025", "month March", "day 4"; empty when it states all. */
    static List<String> unstated(String text, PartialDate date) {
        String[] parts = date.value().split("-");
        int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        List<String> unstated = new ArrayList<>();
        if (!numberStated(text, parts[0])) {
            unstated.add("year " + parts[0]);
        }
        if (month > 0 && !monthStated(text, month)) {
            unstated.add("month " + MONTHS[month - 1]);
        }
        if (parts.length > 2 && !dayStated(text, month, Integer.parseInt(parts[2]))) {
            unstated.add("day " + Integer.parseInt(parts[2]));
        }
        return unstated;
    }

    /** The digits stand in the text with no digit either side. */
    private static boolean numberStated(String text, String digits) {
        for (int i = text.indexOf(digits); i >= 0; i = text.indexOf(digits, i + 1)) {
            int end = i + digits.length();
            if ((i == 0 || !asciiDigit(text.charAt(i - 1))) && (end == text.length() || !asciiDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean monthStated(String text, int month) {
        return stated(text, MONTHS[month - 1], MONTH_WORDS[month - 1]) || stated(text, month + "月", MONTH_NUMBERS[month - 1]);
    }

    /** A match of {@code where} begins with {@code words}: the search starts at their first occurrence, none before. */
    private static boolean stated(String text, String words, Pattern where) {
        int first = text.indexOf(words);
        return first >= 0 && where.matcher(text).find(first);
    }

    private static boolean dayStated(String text, int month, int day) {
        String name = MONTHS[month - 1];
        return (text.contains(name) || text.contains(month + "月" + day + "日"))
                && Pattern.compile("\\b" + name + " " + day + "(?!\\d)|(?<!\\d)" + day + "(st|nd|rd|th)? " + name + "\\b|(?<!\\d)"
                        + month + "月" + day + "日").matcher(text).find();
    }

    /** What {@code \d} matches in a Java expression without the Unicode flag. */
    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
