package org.claimcheck.check;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.TimeValue;

/**
 * Relative time words read from text: "a week", "two days", "the next day". Amounts are counted in days,
 * weeks, months or years; each unit carries a tolerance (half a unit) since "a month later" is loose.
 */
final class Offsets {

    /** A signed period with its slack in days. */
    record Offset(Period period, int slackDays) {
        /** The interval {@code t} shifted by this offset, widened by the slack. */
        TimeValue shift(TimeValue t) {
            LocalDate b = t.begin().plus(period).minusDays(slackDays);
            LocalDate e = t.end().plus(period).plusDays(slackDays);
            return new TimeValue("shifted", b, e);
        }

        Offset negated() {
            return new Offset(period.negated(), slackDays);
        }
    }

    static final String QUANTITY = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})";
    static final String UNIT = "(day|week|month|year)s?";
    private static final Pattern AMOUNT = Pattern.compile(QUANTITY + "\\s+" + UNIT);
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private Offsets() {
    }

    /** The forward offset that "two weeks", "a month" or "3 days" (lower case) denotes, or null. */
    static Offset parse(String words) {
        Matcher m = AMOUNT.matcher(words.trim());
        if (!m.matches()) {
            return null;
        }
        String q = m.group(1);
        int n = WORDS.containsKey(q) ? WORDS.get(q) : Integer.parseInt(q);
        return of(n, m.group(2));
    }

    /** {@code n} units forward, with half a unit of slack (none for days). */
    static Offset of(int n, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> new Offset(Period.ofDays(n), 0);
            case "week" -> new Offset(Period.ofWeeks(n), 3);
            case "month" -> new Offset(Period.ofMonths(n), 15);
            default -> new Offset(Period.ofYears(n), 182);
        };
    }
}
