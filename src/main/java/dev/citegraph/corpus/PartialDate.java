package dev.citegraph.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A date only as precise as its source: a year, a year and month, or a day.
 *
 * <p>The precision is the written form ({@code 2026}, {@code 2026-04}, {@code 2026-04-08}), so a
 * curator can never record more precision than they typed. For "as of" questions a partial date
 * stands for an interval: {@code 2026-04} is every day of April 2026.
 */
public record PartialDate(String value, Precision precision) implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Parses an ISO year, year-month or date; throws {@link IllegalArgumentException} with the reason. */
    public static PartialDate parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("date '" + text + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        Precision precision = switch (text.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        };
        PartialDate date = new PartialDate(text, precision);
        try {
            date.firstDay();
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("date '" + text + "' does not exist");
        }
        return date;
    }

    public static PartialDate parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    public LocalDate firstDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case MONTH -> YearMonth.parse(value).atDay(1);
            case DAY -> LocalDate.parse(value);
        };
    }

    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(Integer.parseInt(value), 12, 31);
            case MONTH -> YearMonth.parse(value).atEndOfMonth();
            case DAY -> LocalDate.parse(value);
        };
    }

    public String precisionName() {
        return precision.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }

    @Override
    public String toString() {
        return value;
    }
}
