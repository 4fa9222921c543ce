package org.claimcheck.extract;

/**
 * A time expression found in text, not yet resolved against the publication date.
 *
 * @param kind   what sort of expression
 * @param year   explicit year, or null
 * @param month  1–12, or null
 * @param day    day of month, or null
 * @param dayEnd last day of a day range ("October 13-15"), or null
 * @param unit   quarter or half number (1–4 / 1–2), weekday (1=Monday), season (1=spring), decade (199),
 *               week of a month (1–4, or {@link #LAST_WEEK}), the two digits of a short year ('82)
 * @param offset relative offset for "last"/"this"/"next" (−1/0/+1), "N years ago" (−N)
 */
public record TimexCandidate(int start, int end, Kind kind, Integer year, Integer month, Integer day,
                             Integer dayEnd, int unit, int offset) {

    /** The {@code offset} of an expression that gives no relative offset (a bare month). */
    public static final int NO_OFFSET = 99;

    /** The {@code unit} of "the last week of" a month. */
    public static final int LAST_WEEK = 5;

    public enum Kind {
        /** year, month and day all given, or month and day with the year to be inferred */
        DAY,
        /** month (and year) */
        MONTH,
        YEAR,
        QUARTER,
        HALF,
        WEEKDAY,
        SEASON,
        DECADE,
        /** relative day: today/yesterday/tomorrow, offset in days */
        REL_DAY,
        /** relative week, offset in weeks */
        REL_WEEK,
        /** relative month, offset in months */
        REL_MONTH,
        /** relative quarter, offset in quarters */
        REL_QUARTER,
        /** relative year, offset in years */
        REL_YEAR,
        /** relative decade ("the past decade"), offset in decades */
        REL_DECADE,
        /** "the day" of the events being reported ("ending the day up 2%"), resolved against that day */
        THE_DAY,
        /** "the last week of March": the month (and year), the ordinal of the week in {@code unit} */
        WEEK_OF_MONTH,
        /** a year written with its two last digits ("since '82"), the digits in {@code unit} */
        SHORT_YEAR,
        PRESENT,
        /** "recently": before the present, unspecified */
        PAST_REF,
        /** "soon", "in the future" */
        FUTURE_REF,
        /** "this morning": unit 0–3 = morning, afternoon, evening, night; offset in days */
        DAY_PART,
        /** "this weekend", offset in weeks */
        WEEKEND
    }
}
