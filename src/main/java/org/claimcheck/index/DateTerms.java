package org.claimcheck.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates users type in queries as calendar intervals: {@code 2026} (the year), {@code 2026-02}
 * (the month), {@code 2026-02-16} (the day), {@code 2026-Q1} (the quarter) and {@code 2026-H2} (the half).
 */
public final class DateTerms {

    private static final Pattern DATE = Pattern.compile(
            "(?<year>\\d{4})"
                    + "(?:-(?:(?<month>\\d{1,2})(?:-(?<day>\\d{1,2}))?|[Qq](?<quarter>[1-4])|[Hh](?<half>[12])))?");

    private DateTerms() {
    }

    /** A closed interval of days, first and last inclusive. */
    public record Interval(LocalDate begin, LocalDate end) {
    }

    /** The interval a date term denotes, or empty when the text is not one of the accepted forms. */
    public static Optional<Interval> parse(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group("year"));
            if (m.group("day") != null) {
                LocalDate d = LocalDate.of(year, Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")));
                return Optional.of(new Interval(d, d));
            }
            if (m.group("month") != null) {
                YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group("month")));
                return Optional.of(new Interval(ym.atDay(1), ym.atEndOfMonth()));
            }
            if (m.group("quarter") != null) {
                return Optional.of(months(year, (Integer.parseInt(m.group("quarter")) - 1) * 3 + 1, 3));
            }
            if (m.group("half") != null) {
                return Optional.of(months(year, (Integer.parseInt(m.group("half")) - 1) * 6 + 1, 6));
            }
            return Optional.of(months(year, 1, 12));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Interval months(int year, int firstMonth, int count) {
        YearMonth first = YearMonth.of(year, firstMonth);
        return new Interval(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
    }
}
