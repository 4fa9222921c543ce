package org.claimcheck.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * AMOUNT_CONFLICT within one sentence: shares sold at a price each and the total they raise ("sold 36 million
 * shares at $24 each, raising $864 million", "priced its offering of 20 million shares at $18 apiece to raise
 * $400 million"): the count times the price must make the total, each figure's rounding allowed. Ranges, "up
 * to" totals and totals that count an over-allotment option are left alone.
 */
public final class ShareSaleRule implements Rule {

    /** A count of shares right before the price: "36 million shares at", "20,000,000 new shares for". */
    private static final Pattern COUNT = Pattern.compile("\\b(\\d[\\d,]*(?:\\.\\d+)?)\\s*(million|billion|m|bn|mln)?\\s+"
            + "(?:new\\s+|ordinary\\s+|common\\s+|class [a-z]\\s+)?(?:shares|american depositary shares|adss|units)"
            + "\\s+(?:at|for|priced at)\\s+(?:about\\s+)?$");
    /** Just before the total: "raising", "to raise", "worth", "for a total of". */
    private static final Pattern TOTAL_BEFORE = Pattern.compile("\\b(raising|to raise|raised|raise|worth|for a total of"
            + "|totall?ing|bringing in|for proceeds of|proceeds of|or)\\s+(about\\s+|roughly\\s+|nearly\\s+|some\\s+)?$");
    private static final Pattern OPTION = Pattern.compile("\\b(over-?allotment|greenshoe|option|including|if|range)\\b");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    @Override
    public String name() {
        return "SHARE_SALE";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < ctx.sentenceCount(); k++) {
            if (ctx.isFurniture(k)) {
                continue;
            }
            Span s = ctx.sentenceSpan(k);
            List<Mention> money = ctx.mentions(k, MentionType.MONEY);
            for (int i = 0; i + 1 < money.size(); i++) {
                Mention price = money.get(i);
                Matcher count = COUNT.matcher(ctx.lower(Math.max(s.start(), price.start() - 60), price.start()));
                if (!count.find() || price.money().amountHigh() != null) {
                    continue;
                }
                Mention total = money.get(i + 1);
                if (!TOTAL_BEFORE.matcher(ctx.lower(Math.max(s.start(), total.start() - 30), total.start())).find()
                        || total.start() - price.end() > 70 || !total.money().currency().equals(price.money().currency())
                        || total.money().qualifier() == Qualifier.UP_TO || total.money().amountHigh() != null
                        || OPTION.matcher(ctx.lower(price.end(), Math.min(s.end(), total.end() + 50))).find()) {
                    continue;
                }
                Finding f = check(ctx, count, price, total);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private Finding check(Context ctx, Matcher count, Mention price, Mention total) {
        String digits = count.group(1).replace(",", "");
        BigDecimal n = new BigDecimal(digits);
        BigDecimal scale = BigDecimal.ONE;
        String word = count.group(2) == null ? "" : count.group(2);
        if (word.equals("million") || word.equals("m") || word.equals("mln")) {
            scale = MILLION;
        } else if (word.equals("billion") || word.equals("bn")) {
            scale = MILLION.multiply(new BigDecimal("1000"));
        }
        int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
        BigDecimal shares = n.multiply(scale);
        // a rounded count ("36 million") may be off by half its last digit
        BigDecimal halfCount = scale.equals(BigDecimal.ONE) ? BigDecimal.ZERO
                : scale.multiply(BigDecimal.ONE.movePointLeft(decimals)).divide(new BigDecimal("2"));
        BigDecimal p = price.money().amount();
        // an offering's price is set exactly ("$24 each"); only an approximate one is loose
        BigDecimal hp = price.money().qualifier() == Qualifier.EXACT ? BigDecimal.ZERO : Amounts.halfUnit(price.text(), p);
        BigDecimal lo = shares.subtract(halfCount).multiply(p.subtract(hp));
        BigDecimal hi = shares.add(halfCount).multiply(p.add(hp));
        Bounds stated = Amounts.of(total);
        if (stated.lo() == null || stated.hi() == null || (stated.hi().compareTo(lo) >= 0 && stated.lo().compareTo(hi) <= 0)) {
            return null;
        }
        String message = String.format(Locale.ROOT, "%s shares at %s make %s, not the stated %s.",
                count.group(1) + (word.isEmpty() ? "" : " " + word), Amounts.quote(price),
                shares.multiply(p).stripTrailingZeros().toPlainString(), Amounts.quote(total));
        List<Span> spans = List.of(price.span(), total.span());
        return new Finding(FindingType.AMOUNT_CONFLICT, Severity.ERROR, message, spans, ctx.claimsCovering(spans), name());
    }
}
