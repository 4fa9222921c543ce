package org.claimcheck.eval;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The well-formedness rules for gold values: amounts, currencies, TIMEX3 values, ISO durations. */
final class ValueFormats {

    /** A plain decimal: no sign, no exponent, no leading zeros, no trailing zeros after the point. */
    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");
    /** As AMOUNT, with an optional minus (percent changes can be negative). */
    private static final Pattern SIGNED = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern TIMEX_DATE = Pattern.compile(
            "([0-9]{4}|XXXX)(?:-(?:([0-9]{2})(?:-([0-9]{2}))?|Q[1-4]|H[12]|W(0[1-9]|[1-4][0-9]|5[0-3])|SP|SU|FA|WI))?");
    private static final Pattern DECADE = Pattern.compile("[0-9]{2}[0-9X]X");
    private static final Set<String> REFS = Set.of("PRESENT_REF", "PAST_REF", "FUTURE_REF");
    private static final Pattern DURATION = Pattern.compile(
            "P(?=[0-9T])(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?"
                    + "(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?"
                    + "|P(?:X(?:Y|M|W|D|DE)|TX[HMS])");

    private ValueFormats() {
    }

    static boolean amount(String s) {
        return AMOUNT.matcher(s).matches();
    }

    static boolean signedDecimal(String s) {
        return SIGNED.matcher(s).matches();
    }

    static boolean currency(String s) {
        return CURRENCY.matcher(s).matches();
    }

    /**
     * A TIMEX3 date value: {@code 2026}, {@code 2026-02}, {@code 2026-02-16} (a real day), {@code 2026-Q1},
     * {@code 2026-H1}, {@code 2026-W10}, seasons, {@code XXXX-10}, decades {@code 202X}, or
     * {@code PRESENT_REF}/{@code PAST_REF}/{@code FUTURE_REF}.
     */
    static boolean timex(String s) {
        if (REFS.contains(s) || DECADE.matcher(s).matches()) {
            return true;
        }
        Matcher m = TIMEX_DATE.matcher(s);
        if (!m.matches()) {
            return false;
        }
        if (m.group(2) == null) {
            return true;
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return false;
        }
        if (m.group(3) == null || m.group(1).equals("XXXX")) {
            return m.group(3) == null || Integer.parseInt(m.group(3)) >= 1 && Integer.parseInt(m.group(3)) <= 31;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** An ISO 8601 duration with at least one component: {@code P6Y}, {@code P18M}, {@code P2W}, {@code PT3H}. */
    static boolean duration(String s) {
        return DURATION.matcher(s).matches();
    }
}
