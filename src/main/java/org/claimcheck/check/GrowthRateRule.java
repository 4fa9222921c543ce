package org.claimcheck.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * PERCENT_CONFLICT within one sentence: a change given as a percentage and as the two amounts it runs between
 * ("Revenue rose 12% to $5.6 billion from $5.2 billion", "fell 8% to €410 million, from €480 million a year
 * earlier", "to $1.10 a share, up 10% from $1.00") that do not agree. The rate the amounts imply is computed
 * with each figure's rounding; a rate outside that range by more than the rate's own rounding (a point for
 * "about"), or a rise whose amounts fall, is flagged. Percentage points, amounts in two currencies, rates of
 * something else ("rose 12%, while margins ...") and rates on another basis ("in constant currency", "organic",
 * "annualized") are left alone.
 */
public final class GrowthRateRule implements Rule {

    private static final Pattern RISE = Pattern.compile("\\b(rose|rise|rises|risen|rising|grew|grow|grows|growing"
            + "|increased|increase|increases|jumped|jumps|climbed|climbs|gained|gains|surged|surges|soared|up)\\s+"
            + "(?:by\\s+)?(?:about\\s+|roughly\\s+|nearly\\s+|almost\\s+|some\\s+|around\\s+|more than\\s+)?$");
    private static final Pattern FALL = Pattern.compile("\\b(fell|fall|falls|fallen|falling|declined|decline|declines"
            + "|dropped|drops|slid|slides|decreased|decreases|shrank|shrinks|slumped|slumps|plunged|tumbled|down)\\s+"
            + "(?:by\\s+)?(?:about\\s+|roughly\\s+|nearly\\s+|almost\\s+|some\\s+|around\\s+|more than\\s+)?$");
    private static final Pattern TO_BEFORE = Pattern.compile("\\bto\\s+(?:about\\s+|roughly\\s+|nearly\\s+|around\\s+)?$");
    private static final Pattern FROM_BEFORE = Pattern.compile("\\b(?:from|compared with|compared to|versus|vs\\.?)\\s+"
            + "(?:about\\s+|roughly\\s+|nearly\\s+|around\\s+)?$");
    private static final Pattern POINTS_AFTER = Pattern.compile("^\\s*(?:percentage\\s+)?points?\\b|^\\s*pts?\\b");
    /** A rate measured on another basis than the figures given. */
    private static final Pattern OTHER_BASIS = Pattern.compile("\\b(constant currenc(y|ies)|currency-neutral|organic"
            + "|organically|like-for-like|comparable|excluding|adjusted|underlying|pro forma|annuali[sz]ed"
            + "|compound)\\b");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal HALF_POINT = new BigDecimal("0.5");
    private static final int WINDOW = 120;

    /** Before a premium's percentage: "a premium of about", "representing a premium of". */
    private static final Pattern PREMIUM_BEFORE = Pattern.compile("\\bpremium\\s+of\\s+(?:about\\s+|roughly\\s+|nearly\\s+"
            + "|almost\\s+|some\\s+|around\\s+|more than\\s+)?$");
    /** After a premium's percentage, words up to the price it is over: "to Lumetra's closing price of". */
    private static final Pattern PREMIUM_BASE = Pattern.compile("^\\s*(?:premium\\s+)?(?:to|over|on)\\s+[^.;$\u20ac\u00a3\u00a5]{0,60}?"
            + "\\b(?:price|close|closing level|average)\\s+(?:of\\s+)?(?:about\\s+)?$");
    /** After a percentage: "premium" ("a 31% premium to the closing price of $31.70"). */
    private static final Pattern PREMIUM_AFTER = Pattern.compile("^\\s*premium\\b");

    @Override
    public String name() {
        return "GROWTH_RATE";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Finding> out = new ArrayList<>();
        for (Mention p : ctx.mentions(MentionType.PERCENT)) {
            Finding premium = premium(ctx, p);
            if (premium != null) {
                out.add(premium);
                continue;
            }
            Span s = ctx.sentenceSpan(p.sentence());
            String before = ctx.lower(Math.max(s.start(), p.start() - 30), p.start());
            boolean rise = RISE.matcher(before).find();
            boolean fall = !rise && FALL.matcher(before).find();
            if ((!rise && !fall) || POINTS_AFTER.matcher(ctx.lower(p.end(), p.end() + 20)).find()
                    || p.percent().valueHigh() != null) {
                continue;
            }
            Mention to = null;
            Mention from = null;
            for (Mention m : ctx.mentions(p.sentence(), MentionType.MONEY)) {
                if (Math.abs(m.start() - p.end()) > WINDOW) {
                    continue;
                }
                String lead = ctx.lower(Math.max(s.start(), m.start() - 16), m.start());
                if (to == null && TO_BEFORE.matcher(lead).find()) {
                    to = m;
                } else if (from == null && m.start() > p.end() && FROM_BEFORE.matcher(lead).find()) {
                    from = m;
                }
            }
            if (OTHER_BASIS.matcher(ctx.lower(s.start(), s.end())).find()) {
                continue; // "rose 12% in constant currency": a rate on another basis than the amounts
            }
            if (to == null || from == null || !to.money().currency().equals(from.money().currency())
                    || !SameEvent.unit(ctx, to).equals(SameEvent.unit(ctx, from))
                    || from.money().amount().signum() <= 0 || between(ctx, p, to, from)) {
                continue;
            }
            Finding f = check(ctx, p, to, from, rise, rise ? "A rise from %s to %s is %s%%, not the stated %s."
                    : "A fall from %s to %s is %s%%, not the stated %s.");
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A takeover premium against the prices it is between: "$41.50 per share, a premium of 31% to the closing
     * price of $31.70" (the offer is the last price per share told before the percentage in its sentence).
     */
    private Finding premium(Context ctx, Mention p) {
        Span s = ctx.sentenceSpan(p.sentence());
        boolean named = PREMIUM_BEFORE.matcher(ctx.lower(Math.max(s.start(), p.start() - 30), p.start())).find()
                || PREMIUM_AFTER.matcher(ctx.lower(p.end(), p.end() + 12)).lookingAt();
        if (!named || p.percent().valueHigh() != null) {
            return null;
        }
        Mention offer = null;
        Mention base = null;
        for (Mention m : ctx.mentions(p.sentence(), MentionType.MONEY)) {
            if (m.end() <= p.start() && SameEvent.unit(ctx, m).equals("share")) {
                offer = m;
            } else if (base == null && m.start() >= p.end() && m.start() - p.end() <= 90
                    && PREMIUM_BASE.matcher(ctx.lower(p.end(), m.start())).matches()) {
                base = m;
            }
        }
        if (offer == null || base == null || !offer.money().currency().equals(base.money().currency())
                || base.money().amount().signum() <= 0 || offer.money().amount().compareTo(base.money().amount()) <= 0) {
            return null;
        }
        return check(ctx, p, offer, base, true, "A premium of %4$s of %2$s over %1$s is %3$s%%, not the stated %4$s.");
    }

    /** True when another percentage or a clause break lies between the rate and its amounts. */
    private static boolean between(Context ctx, Mention p, Mention to, Mention from) {
        int lo = Math.min(p.start(), Math.min(to.start(), from.start()));
        int hi = Math.max(p.end(), Math.max(to.end(), from.end()));
        for (Mention q : ctx.mentions(p.sentence(), MentionType.PERCENT)) {
            if (q != p && q.start() > lo && q.end() < hi) {
                return true;
            }
        }
        return ctx.lower(lo, hi).matches("(?s).*(;|\\bwhile\\b|\\bwhereas\\b|\\bbut\\b).*");
    }

    /** {@code format} takes the earlier amount, the later one, the implied rate and the stated percentage. */
    private Finding check(Context ctx, Mention p, Mention to, Mention from, boolean rise, String format) {
        BigDecimal a = to.money().amount();
        BigDecimal b = from.money().amount();
        BigDecimal ha = Amounts.halfUnit(to.text(), a);
        BigDecimal hb = Amounts.halfUnit(from.text(), b);
        if (to.money().qualifier() != Qualifier.EXACT || from.money().qualifier() != Qualifier.EXACT) {
            ha = ha.add(a.multiply(Amounts.APPROX_SHARE));
            hb = hb.add(b.multiply(Amounts.APPROX_SHARE));
        }
        if (b.subtract(hb).signum() <= 0) {
            return null;
        }
        // the change the amounts allow, in percent of the earlier amount
        BigDecimal lowest = rate(a.subtract(ha), b.add(hb));
        BigDecimal highest = rate(a.add(ha), b.subtract(hb));
        BigDecimal stated = rise ? p.percent().value() : p.percent().value().negate();
        BigDecimal slack = Amounts.halfUnit(p.text(), p.percent().value()).max(HALF_POINT);
        Qualifier q = p.percent().qualifier();
        if (q != Qualifier.EXACT) {
            slack = slack.max(BigDecimal.ONE).add(p.percent().value().multiply(Amounts.APPROX_SHARE));
        }
        BigDecimal lo = stated.subtract(slack);
        BigDecimal hi = stated.add(slack);
        if (q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST) {
            hi = rise ? new BigDecimal("1000000") : hi;
            lo = rise ? lo : new BigDecimal("-1000000");
        }
        if (hi.compareTo(lowest) >= 0 && lo.compareTo(highest) <= 0) {
            return null;
        }
        BigDecimal implied = rate(a, b).setScale(1, java.math.RoundingMode.HALF_UP);
        String message = String.format(Locale.ROOT, format, Amounts.quote(from), Amounts.quote(to),
                implied.abs().toPlainString(), Amounts.quote(p));
        List<Span> spans = List.of(p.span(), to.span(), from.span());
        return new Finding(FindingType.PERCENT_CONFLICT, Severity.ERROR, message, spans, ctx.claimsCovering(spans),
                name());
    }

    private static BigDecimal rate(BigDecimal now, BigDecimal before) {
        return now.subtract(before).multiply(HUNDRED).divide(before, MathContext.DECIMAL64);
    }
}
