package org.claimcheck.eval;

import java.math.BigDecimal;
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

    /** True when two values of one mention type are equal (party names without regard to case). */
    public static boolean same(GoldType type, String gold, String predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        return type == GoldType.PARTY ? gold.equalsIgnoreCase(predicted) : gold.equals(predicted);
    }

    /** A decimal without exponent and without trailing zeros after the point. */
    public static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
