package dev.citegraph.corpus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says about how and when its claims hold: who says so (modality {@code reported}:
 * "according to", "reportedly", "insiders say", "Reuters reported"), whether it is a forecast
 * ("will", "likely", "could", "expected to"), and the date it gives, as precisely as it gives it.
 */
final class SentenceCues {

    private static final Pattern REPORTED = Pattern.compile(
            "according to|reportedly|it (?:has been|was|is) reported|insiders? (?:say|said|says)|according to insiders"
                    + "|sources? (?:say|said|says)|people familiar with|\\b[A-Z][\\w.]*(?: [A-Z][\\w.]*)* (?:reported|reports)\\b"
                    + "|据悉|据报道|据.{1,12}(?:报道|消息)|知情人士|消息人士",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FORECAST = Pattern.compile(
            "\\b(?:will|would likely|likely|could|may|might|expected to|is set to|are set to|plans? to|poised to)\\b"
                    + "|将|预计|可能|有望|计划",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(?:(\\d{1,2}),\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern CHINESE_DATE = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(?:(\\d{1,2})日)?");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?![\\d.])");

    private SentenceCues() {
    }

    /** reported, forecast or asserted: attribution first, as "insiders say it will" is still what insiders say. */
    static String modality(String sentence) {
        if (REPORTED.matcher(sentence).find()) {
            return "reported";
        }
        return FORECAST.matcher(sentence).find() ? "forecast" : "asserted";
    }

    /** The date the sentence gives (Month [D,] YYYY, YYYY年M月[D日], or a year), as precisely as it gives it; else null. */
    static String date(String sentence) {
        Matcher m = MONTH_YEAR.matcher(sentence);
        if (m.find()) {
            return ymd(m.group(3), MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1, m.group(2));
        }
        m = CHINESE_DATE.matcher(sentence);
        if (m.find()) {
            return ymd(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = YEAR.matcher(sentence);
        return m.find() ? m.group(1) : null;
    }

    private static String ymd(String year, int month, String day) {
        return "%s-%02d".formatted(year, month) + (day == null ? "" : "-%02d".formatted(Integer.parseInt(day)));
    }
}
