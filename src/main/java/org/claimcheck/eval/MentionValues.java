package org.claimcheck.eval;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Money;
import org.claimcheck.model.Party;
import org.claimcheck.model.Percent;

/**
 * The normalized value of a mention as one comparable string, the same for gold and predictions:
 * DATE and DURATION their TIMEX3 value; MONEY {@code amount[-amountHigh] CUR}; PERCENT
 * {@code value[-valueHigh]}; PARTY {@code name (KIND)}, compared without regard to case. Qualifiers are
 * kept apart and scored on their own.
 */
public final class MentionValues {

    private static final Pattern YEARS_OR_MONTHS = Pattern.compile("P([0-9]+(?:\\.[0-9]+)?)([YM])");

    private MentionValues() {
    }

    /** The value of a predicted mention. */
    public static String of(Mention m) {
        return switch (m.type()) {
            case PARTY -> party(m.party());
            case MONEY -> money(m.money());
            case DATE -> m.time().value();
            case DURATION -> m.duration();
            case PERCENT -> percent(m.percent());
        };
    }

    /** The qualifier of a predicted MONEY or PERCENT mention, else null. */
    public static String qualifier(Mention m) {
        return switch (m.type()) {
            case MONEY -> m.money().qualifier().name();
            case PERCENT -> m.percent().qualifier().name();
            default -> null;
        };
    }

    public static String party(Party p) {
        return p.name() + " (" + p.kind().name() + ")";
    }

    /** Amount and currency, without the qualifier. */
    public static String money(Money m) {
        return plain(m.amount()) + (m.amountHigh() == null ? "" : "-" + plain(m.amountHigh())) + " " + m.currency();
    }

    public static String percent(Percent p) {
        return plain(p.value()) + (p.valueHigh() == null ? "" : "-" + plain(p.valueHigh()));
    }

    /**
     * True when two values of one mention type are equal: party names without regard to case, and two
     * durations of years and months when they are the same number of months (TimeML writes "a year and a
     * half" both as {@code P1.5Y} and as {@code P18M}).
     */
    public static boolean same(GoldType type, String gold, String predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        if (type == GoldType.DURATION) {
            BigDecimal g = months(gold);
            BigDecimal p = months(predicted);
            if (g != null && p != null) {
                return g.compareTo(p) == 0;
            }
        }
        return type == GoldType.PARTY ? gold.equalsIgnoreCase(predicted) : gold.equals(predicted);
    }

    /** The number of months of a duration written in years or months alone ("P1.5Y", "P18M"), else null. */
    static BigDecimal months(String duration) {
        Matcher m = YEARS_OR_MONTHS.matcher(duration);
        if (!m.matches()) {
            return null;
        }
        BigDecimal n = new BigDecimal(m.group(1));
        return m.group(2).equals("Y") ? n.multiply(BigDecimal.valueOf(12)) : n;
    }

    /** A decimal without exponent and without trailing zeros after the point. */
    public static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
