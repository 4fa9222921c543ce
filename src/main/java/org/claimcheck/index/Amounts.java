package org.claimcheck.index;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact money amounts for the index: reading the amounts users type in queries ({@code 10B},
 * {@code 2.5bn}, {@code $38 billion}, {@code EUR 500m}, {@code 1,200,000}), turning an amount into the
 * long the index stores, and writing amounts for people to read. Nothing here goes through floating point.
 */
public final class Amounts {

    /** Decimal places kept in the index: amounts are stored as longs of 1/10,000 of a unit. */
    public static final int SCALE = 4;

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("$", "USD"), Map.entry("us$", "USD"),
            Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("a$", "AUD"),
            Map.entry("c$", "CAD"), Map.entry("₹", "INR"), Map.entry("₩", "KRW"), Map.entry("₽", "RUB"),
            Map.entry("₺", "TRY"), Map.entry("₪", "ILS"), Map.entry("₱", "PHP"), Map.entry("₫", "VND"),
            Map.entry("฿", "THB"));

    private static final Map<String, Integer> MULTIPLIERS = Map.ofEntries(
            Map.entry("k", 3), Map.entry("thousand", 3),
            Map.entry("m", 6), Map.entry("mn", 6), Map.entry("mln", 6), Map.entry("million", 6),
            Map.entry("b", 9), Map.entry("bn", 9), Map.entry("bln", 9), Map.entry("billion", 9),
            Map.entry("t", 12), Map.entry("tn", 12), Map.entry("trillion", 12));

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<pre>us\\$|a\\$|c\\$|[$€£¥₹₩₽₺₪₱₫฿]|[a-z]{3}(?=[\\s\\d]))?\\s*"
                    + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)\\s*"
                    + "(?<mult>thousand|million|billion|trillion|mln|bln|mn|bn|tn|k|m|b|t)?\\s*"
                    + "(?<post>[a-z]{3})?");

    private Amounts() {
    }

    /** An amount as typed in a query, with the currency it names ({@code null} when it names none). */
    public record QueryAmount(BigDecimal value, String currency) {
    }

    /**
     * Reads an amount such as {@code 10B}, {@code 2.5bn}, {@code $38 billion}, {@code USD 1.2m} or
     * {@code 38000000000}; empty when the text is not an amount.
     */
    public static Optional<QueryAmount> parse(String text) {
        Matcher m = AMOUNT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String pre = m.group("pre");
        String post = m.group("post");
        if (pre != null && post != null) {
            return Optional.empty();
        }
        String currency = null;
        if (pre != null) {
            currency = SYMBOLS.getOrDefault(pre, pre.toUpperCase(Locale.ROOT));
        } else if (post != null) {
            currency = post.toUpperCase(Locale.ROOT);
        }
        BigDecimal value = new BigDecimal(m.group("num").replace(",", ""));
        String mult = m.group("mult");
        if (mult != null) {
            value = value.movePointRight(MULTIPLIERS.get(mult));
        }
        return Optional.of(new QueryAmount(value, currency));
    }

    /** The long the index stores for an amount: 1/10,000 units, rounded half-up, clamped to the long range. */
    public static long toUnits(BigDecimal amount) {
        BigDecimal units = amount.movePointRight(SCALE).setScale(0, RoundingMode.HALF_UP);
        if (units.compareTo(LONG_MAX) >= 0) {
            return Long.MAX_VALUE;
        }
        if (units.compareTo(LONG_MIN) <= 0) {
            return Long.MIN_VALUE;
        }
        return units.longValueExact();
    }

    /**
     * The smallest stored value at or above {@code amount} (for a lower bound), or the largest at or below it
     * (for an upper bound), so that bounds finer than the index's scale still compare exactly.
     */
    public static long toUnitsBound(BigDecimal amount, boolean lower) {
        BigDecimal units = amount.movePointRight(SCALE)
                .setScale(0, lower ? RoundingMode.CEILING : RoundingMode.FLOOR);
        if (units.compareTo(LONG_MAX) >= 0) {
            return Long.MAX_VALUE;
        }
        if (units.compareTo(LONG_MIN) <= 0) {
            return Long.MIN_VALUE;
        }
        return units.longValueExact();
    }

    /** A key for a currency code, so that one point dimension can select a currency; always {@code >= 0}. */
    public static long currencyKey(String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        long key = 0;
        for (int i = 0; i < Math.min(7, code.length()); i++) {
            key = (key << 8) | (code.charAt(i) & 0xFF);
        }
        return key;
    }

    /** An amount for people: {@code USD 38 billion}, {@code EUR 1.5 million}, {@code GBP 250,000}. */
    public static String display(BigDecimal amount, String currency) {
        return currency + " " + words(amount);
    }

    private static String words(BigDecimal amount) {
        BigDecimal abs = amount.abs();
        String[] names = {"trillion", "billion", "million"};
        int[] powers = {12, 9, 6};
        for (int i = 0; i < names.length; i++) {
            if (abs.compareTo(BigDecimal.ONE.movePointRight(powers[i])) >= 0) {
                return plain(amount.movePointLeft(powers[i])) + " " + names[i];
            }
        }
        String p = plain(abs);
        int dot = p.indexOf('.');
        String whole = String.format(Locale.ROOT, "%,d", new BigInteger(dot < 0 ? p : p.substring(0, dot)));
        return (amount.signum() < 0 ? "-" : "") + whole + (dot < 0 ? "" : p.substring(dot));
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
