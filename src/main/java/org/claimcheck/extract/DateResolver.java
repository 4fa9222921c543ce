package org.claimcheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.claimcheck.model.TimeValue;

/**
 * Resolves a {@link TimexCandidate} to a TIMEX3 value and its calendar interval, against the article's
 * publication date and the tense of its clause. Without a publication date, relative expressions stay
 * unresolved ({@code XXXX-10}); the system clock is never used. Pure and thread-safe.
 */
public final class DateResolver {

    /** TIMEX3 suffixes of parts of the day: morning, afternoon, evening, night. */
    private static final String[] PARTS = {"TMO", "TAF", "TEV", "TNI"};

    private DateResolver() {
    }

    public static TimeValue resolve(TimexCandidate c, LocalDate anchor, Tense tense) {
        return switch (c.kind()) {
            case DAY -> day(c, anchor, tense);
            case MONTH -> month(c, anchor, tense);
            case YEAR -> year(c.year());
            case QUARTER -> quarter(c, anchor, tense);
            case HALF -> half(c, anchor, tense);
            case WEEKDAY -> weekday(c, anchor, tense);
            case SEASON -> season(c, anchor, tense);
            case DECADE -> new TimeValue(String.valueOf(c.unit()), LocalDate.of(c.unit() * 10, 1, 1),
                    LocalDate.of(c.unit() * 10 + 9, 12, 31));
            case REL_DAY -> anchor == null ? new TimeValue("XXXX-XX-XX", null, null)
                    : dayValue(anchor.plusDays(c.offset()), null);
            case THE_DAY -> anchor == null ? new TimeValue("XXXX-XX-XX", null, null) : dayValue(anchor, null);
            case WEEK_OF_MONTH -> weekOfMonth(c, anchor, tense);
            case SHORT_YEAR -> anchor == null ? new TimeValue("XXXX", null, null) : year(shortYear(c.unit(), anchor));
            case REL_DECADE -> {
                if (anchor == null) {
                    yield new TimeValue("XXX", null, null);
                }
                int decade = Math.floorDiv(anchor.getYear(), 10) + c.offset();
                yield new TimeValue(String.valueOf(decade), LocalDate.of(decade * 10, 1, 1),
                        LocalDate.of(decade * 10 + 9, 12, 31));
            }
            case REL_WEEK -> {
                if (anchor != null && c.day() != null) {
                    yield dayValue(anchor.plusWeeks(c.offset()), null); // "a week ago": that day
                }
                if (anchor == null) {
                    yield new TimeValue("XXXX-WXX", null, null);
                }
                LocalDate d = anchor.plusWeeks(c.offset());
                LocalDate mon = d.with(DayOfWeek.MONDAY);
                yield new TimeValue(String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), mon, mon.plusDays(6));
            }
            case REL_MONTH -> anchor == null ? new TimeValue("XXXX-XX", null, null)
                    : monthValue(YearMonth.from(anchor).plusMonths(c.offset()));
            case REL_QUARTER -> {
                if (anchor == null) {
                    yield new TimeValue("XXXX-QX", null, null);
                }
                LocalDate d = anchor.plusMonths(3L * c.offset());
                yield quarterValue(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
            }
            case REL_YEAR -> anchor == null ? new TimeValue("XXXX", null, null) : year(anchor.getYear() + c.offset());
            case PRESENT -> new TimeValue("PRESENT_REF", anchor, anchor);
            case PAST_REF -> new TimeValue("PAST_REF", null, null);
            case FUTURE_REF -> new TimeValue("FUTURE_REF", null, null);
            case DAY_PART -> {
                if (anchor == null) {
                    yield new TimeValue("XXXX-XX-XX" + PARTS[c.unit()], null, null);
                }
                LocalDate d = anchor.plusDays(c.offset());
                yield new TimeValue(d + PARTS[c.unit()], d, d);
            }
            case WEEKEND -> {
                if (anchor == null) {
                    yield new TimeValue("XXXX-WXX-WE", null, null);
                }
                LocalDate sat = anchor.plusWeeks(c.offset()).with(DayOfWeek.SATURDAY);
                yield new TimeValue(String.format(Locale.ROOT, "%04d-W%02d-WE", sat.get(IsoFields.WEEK_BASED_YEAR),
                        sat.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), sat, sat.plusDays(1));
            }
        };
    }

    /** The year ending in these two digits nearest the anchor's year, at most ten years after it ('82 → 1982). */
    static int shortYear(int digits, LocalDate anchor) {
        int a = anchor.getYear();
        int y = a - Math.floorMod(a, 100) + digits;
        return y > a + 10 ? y - 100 : y;
    }

    /**
     * "The first week of March", "the last week of March": the first or last full Monday-to-Sunday week
     * inside the month, or the n-th one from the first.
     */
    private static TimeValue weekOfMonth(TimexCandidate c, LocalDate anchor, Tense tense) {
        if (c.year() == null && anchor == null) {
            return new TimeValue("XXXX-WXX", null, null);
        }
        int y = c.year() != null ? c.year() : yearFor(c.month(), null, anchor, tense);
        YearMonth ym = YearMonth.of(y, c.month());
        LocalDate monday = c.unit() == TimexCandidate.LAST_WEEK
                ? ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusDays(6)
                : ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(c.unit() - 1L);
        return new TimeValue(String.format(Locale.ROOT, "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusDays(6));
    }

    static TimeValue year(int y) {
        return new TimeValue(String.format(Locale.ROOT, "%04d", y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    static TimeValue monthValue(YearMonth ym) {
        return new TimeValue(String.format(Locale.ROOT, "%04d-%02d", ym.getYear(), ym.getMonthValue()),
                ym.atDay(1), ym.atEndOfMonth());
    }

    static TimeValue quarterValue(int y, int q) {
        LocalDate b = LocalDate.of(y, (q - 1) * 3 + 1, 1);
        return new TimeValue(String.format(Locale.ROOT, "%04d-Q%d", y, q), b,
                b.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth()));
    }

    static TimeValue dayValue(LocalDate d, LocalDate last) {
        return new TimeValue(d.toString(), d, last == null ? d : last);
    }

    /** The year a month-of-year falls in, given the clause's tense and the anchor. */
    static int yearFor(int month, Integer day, LocalDate anchor, Tense tense) {
        int y = anchor.getYear();
        LocalDate thisYear = LocalDate.of(y, month, day == null ? 1 : Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
        boolean afterAnchor = day == null ? month > anchor.getMonthValue() : thisYear.isAfter(anchor);
        boolean beforeAnchor = day == null ? month < anchor.getMonthValue() : thisYear.isBefore(anchor);
        switch (tense) {
            case PAST -> {
                return afterAnchor ? y - 1 : y;
            }
            case FUTURE -> {
                return beforeAnchor ? y + 1 : y;
            }
            default -> {
                // present tense (a schedule: "reports results in May"): the nearest such month; a tie goes
                // to the past. Dated lines in the historical present are resolved as past by the caller.
                int diff = month - anchor.getMonthValue();
                if (diff > 6) {
                    return y - 1;
                }
                if (diff < -6) {
                    return y + 1;
                }
                return y;
            }
        }
    }

    private static TimeValue day(TimexCandidate c, LocalDate anchor, Tense tense) {
        Integer y = c.year();
        if (y == null) {
            if (anchor == null) {
                return new TimeValue(String.format(Locale.ROOT, "XXXX-%02d-%02d", c.month(), c.day()), null, null);
            }
            y = yearFor(c.month(), c.day(), anchor, tense);
        }
        YearMonth ym = YearMonth.of(y, c.month());
        if (c.day() > ym.lengthOfMonth()) {
            return monthValue(ym); // "February 30": keep what can be trusted
        }
        LocalDate d = ym.atDay(c.day());
        LocalDate last = c.dayEnd() != null && c.dayEnd() > c.day() && c.dayEnd() <= ym.lengthOfMonth()
                ? ym.atDay(c.dayEnd()) : null;
        return dayValue(d, last);
    }

    private static TimeValue month(TimexCandidate c, LocalDate anchor, Tense tense) {
        if (c.year() != null) {
            return monthValue(YearMonth.of(c.year(), c.month()));
        }
        if (anchor == null) {
            return new TimeValue(String.format(Locale.ROOT, "XXXX-%02d", c.month()), null, null);
        }
        if (c.offset() != TimexCandidate.NO_OFFSET) { // "last August", "next May", "this June"
            int y = anchor.getYear();
            int pm = anchor.getMonthValue();
            if (c.offset() == -1) {
                y = c.month() < pm ? y : y - 1;
            } else if (c.offset() == 1) {
                y = c.month() > pm ? y : y + 1;
            }
            return monthValue(YearMonth.of(y, c.month()));
        }
        return monthValue(YearMonth.of(yearFor(c.month(), null, anchor, tense), c.month()));
    }

    private static TimeValue quarter(TimexCandidate c, LocalDate anchor, Tense tense) {
        if (c.year() != null) {
            return quarterValue(c.year(), c.unit());
        }
        if (anchor == null) {
            return new TimeValue("XXXX-Q" + c.unit(), null, null);
        }
        if (c.offset() <= -90) { // "the first quarter of last year": offset of the year, shifted by -100
            return quarterValue(anchor.getYear() + c.offset() + 100, c.unit());
        }
        int current = (anchor.getMonthValue() - 1) / 3 + 1;
        int y = anchor.getYear();
        if (tense == Tense.PAST && c.unit() > current) {
            y--;
        } else if (tense == Tense.FUTURE && c.unit() < current) {
            y++;
        }
        return quarterValue(y, c.unit());
    }

    private static TimeValue half(TimexCandidate c, LocalDate anchor, Tense tense) {
        Integer y = c.year();
        if (y == null) {
            if (anchor == null) {
                return new TimeValue("XXXX-H" + c.unit(), null, null);
            }
            y = anchor.getYear();
            int current = anchor.getMonthValue() <= 6 ? 1 : 2;
            if (c.offset() != 0) {
                if (tense == Tense.PAST && c.unit() > current) {
                    y--;
                } else if (tense == Tense.FUTURE && c.unit() < current) {
                    y++;
                }
            }
        }
        LocalDate b = LocalDate.of(y, c.unit() == 1 ? 1 : 7, 1);
        return new TimeValue(String.format(Locale.ROOT, "%04d-H%d", y, c.unit()), b,
                b.plusMonths(5).with(TemporalAdjusters.lastDayOfMonth()));
    }

    private static TimeValue weekday(TimexCandidate c, LocalDate anchor, Tense tense) {
        if (anchor == null) {
            return new TimeValue("XXXX-WXX-" + c.unit(), null, null);
        }
        DayOfWeek dow = DayOfWeek.of(c.unit());
        LocalDate d;
        if (c.offset() == -1) {
            d = anchor.minusWeeks(1).with(dow);
        } else if (c.offset() == 1) {
            d = anchor.plusWeeks(1).with(dow);
        } else if (c.offset() == 0) {
            d = anchor.with(dow);
        } else if (tense == Tense.FUTURE) {
            // news names even the day of publication by its weekday: "will begin trading on Thursday" in a
            // story of Thursday is that day
            d = anchor.with(TemporalAdjusters.nextOrSame(dow));
        } else if (tense == Tense.PAST) {
            d = anchor.with(TemporalAdjusters.previousOrSame(dow));
        } else {
            LocalDate back = anchor.with(TemporalAdjusters.previousOrSame(dow));
            LocalDate fwd = anchor.with(TemporalAdjusters.nextOrSame(dow));
            d = fwd.toEpochDay() - anchor.toEpochDay() < anchor.toEpochDay() - back.toEpochDay() ? fwd : back;
        }
        return dayValue(d, null);
    }

    private static TimeValue season(TimexCandidate c, LocalDate anchor, Tense tense) {
        Integer y = c.year();
        if (y == null) {
            if (anchor == null) {
                return new TimeValue("XXXX-" + seasonCode(c.unit()), null, null);
            }
            y = anchor.getYear() + c.offset();
        }
        int startMonth = new int[] {3, 6, 9, 12}[c.unit() - 1];
        LocalDate b = LocalDate.of(y, startMonth, 1);
        return new TimeValue(y + "-" + seasonCode(c.unit()), b, b.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth()));
    }

    private static String seasonCode(int s) {
        return new String[] {"SP", "SU", "FA", "WI"}[s - 1];
    }
}
