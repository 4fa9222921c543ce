package org.claimcheck.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Money;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Qualifier;

/**
 * What a money or percent mention allows, as {@link Bounds}. An exact figure allows the rounding its
 * digits imply ("$1.2 billion" is 1.15 to 1.25 billion, so "$1.23 billion" agrees), but never more than
 * {@link #ROUNDING_SHARE} of it ("$2 billion" does not stretch to $2.4 billion); "about" widens that
 * by {@link #APPROX_SHARE}; "up to", "at least", "more than" and "less than" open one end; a range spans
 * both ends. Currencies are never converted: amounts in different currencies are not comparable.
 */
final class Amounts {

    /** How far "about", "nearly", "roughly" may stray from the figure, as a share of it. */
    static final BigDecimal APPROX_SHARE = new BigDecimal("0.05");
    /** The most rounding slack a written figure gets, as a share of it. */
    static final BigDecimal ROUNDING_SHARE = new BigDecimal("0.05");
    /** The least slack of an approximate percentage, in percentage points. */
    private static final BigDecimal APPROX_POINTS = BigDecimal.ONE;
    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*)(?:\\.(\\d+))?");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Amounts() {
    }

    /**
     * True when both are MONEY mentions in one currency whose bounds overlap; two limits of one kind
     * ("up to $150 million", "up to $210 million") agree only when they name the same figure.
     */
    static boolean moneyAgrees(Mention a, Mention b) {
        if (!a.money().currency().equals(b.money().currency())) {
            return false;
        }
        Qualifier qa = a.money().qualifier();
        if (qa == b.money().qualifier() && LIMITS.contains(qa)) {
            return figure(a).overlaps(figure(b));
        }
        return of(a).overlaps(of(b));
    }

    /**
     * True when both are MONEY mentions in one currency whose bounds do not overlap, or two limits of the
     * same kind that name different figures: "up to $150 million" and "up to $210 million" are two caps for
     * one payment, though a payment could meet both.
     */
    static boolean moneyDisagrees(Mention a, Mention b) {
        if (!a.money().currency().equals(b.money().currency())) {
            return false;
        }
        Qualifier qa = a.money().qualifier();
        if (qa == b.money().qualifier() && LIMITS.contains(qa)) {
            return !figure(a).overlaps(figure(b));
        }
        return !of(a).overlaps(of(b));
    }

    private static final Set<Qualifier> LIMITS = EnumSet.of(Qualifier.UP_TO, Qualifier.LESS_THAN, Qualifier.AT_LEAST,
            Qualifier.MORE_THAN);

    /**
     * True when both MONEY mentions name the same figure, bounds words aside: "up to $50 billion" and
     * "$50 billion" do, "up to $50 billion" and "$38 billion" do not (though they agree). This is
     * evidence that two statements are about one deal; mere agreement is not.
     */
    static boolean sameFigure(Mention a, Mention b) {
        return a.money().currency().equals(b.money().currency()) && figure(a).overlaps(figure(b));
    }

    private static Bounds figure(Mention m) {
        Money money = m.money();
        Qualifier q = money.qualifier() == Qualifier.APPROX || money.qualifier() == Qualifier.RANGE
                ? money.qualifier() : Qualifier.EXACT;
        return bounds(money.amount(), money.high(), q, halfUnit(m.text(), money.amount()),
                money.amount().multiply(APPROX_SHARE));
    }

    /** The bounds of a MONEY or PERCENT mention. */
    static Bounds of(Mention m) {
        if (m.type() == MentionType.MONEY) {
            Money money = m.money();
            return bounds(money.amount(), money.high(), money.qualifier(), halfUnit(m.text(), money.amount()),
                    money.amount().multiply(APPROX_SHARE));
        }
        if (m.type() == MentionType.PERCENT) {
            Percent p = m.percent();
            BigDecimal high = p.valueHigh() == null ? p.value() : p.valueHigh();
            BigDecimal share = p.value().multiply(APPROX_SHARE).max(APPROX_POINTS);
            return bounds(p.value(), high, p.qualifier(), halfUnit(m.text(), p.value()), share);
        }
        throw new IllegalArgumentException("not an amount: " + m.type());
    }

    private static Bounds bounds(BigDecimal value, BigDecimal high, Qualifier q, BigDecimal half,
                                 BigDecimal approx) {
        BigDecimal lo = value.subtract(half);
        BigDecimal hi = high.add(half);
        return switch (q) {
            case EXACT, RANGE -> new Bounds(lo, hi);
            case APPROX -> new Bounds(lo.subtract(approx), hi.add(approx));
            case UP_TO, LESS_THAN -> new Bounds(BigDecimal.ZERO, hi);
            case AT_LEAST, MORE_THAN -> new Bounds(lo, null);
        };
    }

    /**
     * Half the unit of the last digit written, at most {@link #ROUNDING_SHARE} of the value: "$1.2 billion"
     * gives 0.05 billion, "$50 billion" 0.5 billion, "$2 billion" 0.1 billion.
     * Falls back to half a percent of the value when the text holds no digits ("a billion dollars").
     */
    static BigDecimal halfUnit(String text, BigDecimal value) {
        Matcher m = NUMBER.matcher(text);
        if (m.find()) {
            BigDecimal written = new BigDecimal(m.group(1).replace(",", "")
                    + (m.group(2) == null ? "" : "." + m.group(2)));
            if (written.signum() != 0) {
                BigDecimal scale = value.divide(written, MathContext.DECIMAL64);
                int decimals = m.group(2) == null ? 0 : m.group(2).length();
                BigDecimal half = scale.multiply(BigDecimal.ONE.movePointLeft(decimals)).multiply(HALF);
                return half.min(value.abs().multiply(ROUNDING_SHARE));
            }
        }
        return value.abs().multiply(new BigDecimal("0.005"));
    }

    /** The mention's text with its qualifier in words: "up to $50 billion". */
    static String quote(Mention m) {
        Qualifier q = m.type() == MentionType.MONEY ? m.money().qualifier()
                : m.type() == MentionType.PERCENT ? m.percent().qualifier() : Qualifier.EXACT;
        String words = switch (q) {
            case EXACT, RANGE -> "";
            case APPROX -> "about ";
            case UP_TO -> "up to ";
            case AT_LEAST -> "at least ";
            case MORE_THAN -> "more than ";
            case LESS_THAN -> "less than ";
        };
        return "\"" + words + m.text() + "\"";
    }

    /** An amount for messages: "$40 billion", "EUR 3.5 million", "$12,500". */
    static String spell(BigDecimal amount, String currency) {
        String sign = currency.equals("USD") ? "$" : currency + " ";
        String[] words = {"trillion", "billion", "million"};
        BigDecimal[] units = {BigDecimal.TEN.pow(12), BigDecimal.TEN.pow(9), BigDecimal.TEN.pow(6)};
        for (int k = 0; k < units.length; k++) {
            if (amount.abs().compareTo(units[k]) >= 0) {
                return sign + plain(amount.divide(units[k])) + " " + words[k];
            }
        }
        return sign + String.format(Locale.ROOT, "%,d", amount.setScale(0, RoundingMode.HALF_UP).toBigInteger());
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
