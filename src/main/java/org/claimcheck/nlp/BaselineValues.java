package org.claimcheck.nlp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.Money;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.TimeValue;

/**
 * Converts CoreNLP's normalized entity values into claimcheck's records, as well as they go: money
 * strings such as {@code $5.0E10}, {@code <=€3000000.0} or {@code $1.0E10-$1.2E10}, percent strings such
 * as {@code %27.0}, and TIMEX3 date values. Used only for the plain-CoreNLP baseline.
 */
final class BaselineValues {

    /** Optional bound, unit, number, then optionally a dash, unit and number for a range. */
    private static final Pattern NORMALIZED = Pattern.compile(
            "(<=|>=|<|>|~)?([^0-9]*?)(\\d+(?:\\.\\d+)?(?:E-?\\d+)?)(?:-([^0-9]*?)(\\d+(?:\\.\\d+)?(?:E-?\\d+)?))?");

    private static final Map<String, Qualifier> BOUNDS = Map.of("<=", Qualifier.UP_TO, ">=", Qualifier.AT_LEAST,
            "<", Qualifier.LESS_THAN, ">", Qualifier.MORE_THAN, "~", Qualifier.APPROX);

    private static final Map<String, String> CURRENCIES = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY",
            "₩", "KRW", "₹", "INR", "元", "CNY", "₽", "RUB", "¢", "USD");

    /** ISO 4217 code for "no currency", used when CoreNLP's unit is not a known symbol. */
    static final String UNKNOWN_CURRENCY = "XXX";

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private BaselineValues() {
    }

    /** The money a normalized string denotes, or null when it cannot be read. */
    static Money money(String normalized) {
        Matcher m = parse(normalized);
        if (m == null) {
            return null;
        }
        String unit = m.group(2).strip();
        BigDecimal amount = new BigDecimal(m.group(3));
        BigDecimal high = m.group(5) == null ? null : new BigDecimal(m.group(5));
        if (unit.equals("¢")) {
            amount = amount.movePointLeft(2);
            high = high == null ? null : high.movePointLeft(2);
        }
        String currency = CURRENCIES.getOrDefault(unit, unit.matches("[A-Z]{3}") ? unit : UNKNOWN_CURRENCY);
        return new Money(amount, high, currency, qualifier(m, high));
    }

    /** The percentage a normalized string denotes ({@code %27.0} is 27), or null when it cannot be read. */
    static Percent percent(String normalized) {
        Matcher m = parse(normalized);
        if (m == null) {
            return null;
        }
        BigDecimal high = m.group(5) == null ? null : new BigDecimal(m.group(5));
        return new Percent(new BigDecimal(m.group(3)), high, qualifier(m, high));
    }

    /** A TIMEX3 value with the calendar interval of the simple forms (year, quarter, month, day). */
    static TimeValue time(String value) {
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate d = LocalDate.parse(value);
                return new TimeValue(value, d, d);
            }
            Matcher mo = MONTH.matcher(value);
            if (mo.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(mo.group(1)), Integer.parseInt(mo.group(2)));
                return new TimeValue(value, ym.atDay(1), ym.atEndOfMonth());
            }
            Matcher q = QUARTER.matcher(value);
            if (q.matches()) {
                int year = Integer.parseInt(q.group(1));
                int first = (Integer.parseInt(q.group(2)) - 1) * 3 + 1;
                return new TimeValue(value, LocalDate.of(year, first, 1), YearMonth.of(year, first + 2).atEndOfMonth());
            }
            if (YEAR.matcher(value).matches()) {
                int year = Integer.parseInt(value);
                return new TimeValue(value, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        } catch (java.time.DateTimeException e) {
            return new TimeValue(value, null, null);
        }
        return new TimeValue(value, null, null);
    }

    private static Matcher parse(String normalized) {
        if (normalized == null) {
            return null;
        }
        Matcher m = NORMALIZED.matcher(normalized.strip());
        return m.matches() ? m : null;
    }

    private static Qualifier qualifier(Matcher m, BigDecimal high) {
        if (high != null) {
            return Qualifier.RANGE;
        }
        return m.group(1) == null ? Qualifier.EXACT : BOUNDS.get(m.group(1));
    }
}
