package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Severity;

/**
 * AMOUNT_CONFLICT: two claims in different sentences that speak of one event (see {@link SameEvent})
 * state amounts in one currency that cannot both hold (no amount of one agrees with any amount of the
 * other, qualifiers and rounding respected).
 *
 * <p>Time decides between two deals of the same parties: claims with known, non-overlapping times are
 * different events. When one claim has no time, it is compared only if every other dated claim it could
 * belong to falls in the same period as its counterpart; otherwise it is unclear which deal it speaks of
 * (the seed's "deal worth up to $50 billion" against the November "$38 billion" one). Two undated claims
 * are compared only when no other claim could be their event. A revised bid ("raised its offer to ...")
 * states a new amount and is compared with nothing.
 */
public final class AmountConflictRule implements Rule {

    @Override
    public String name() {
        return "AMOUNT_CONFLICT";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Claim> claims = ctx.claims().stream().filter(c -> !c.money().isEmpty()).toList();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                if (a.sentence() == b.sentence() || revision(ctx, a) || revision(ctx, b) || breakdown(ctx, a)
                        || breakdown(ctx, b)
                        || !SameEvent.compatibleDeal(ctx, a, b) || !timesAllow(ctx, claims, a, b)) {
                    continue;
                }
                Mention[] pair = SameEvent.moneyConflict(ctx, a, b);
                if (pair != null) {
                    out.add(finding(a, b, pair));
                }
            }
        }
        return out;
    }

    /** How many amounts of one currency make a sentence a list of parts. */
    private static final int LIST_OF_PARTS = 3;

    /**
     * A claim in a sentence that lists three or more amounts of its currency tells a part of something
     * ("Index put in €50 million, Cherry and Creandum contributed €45 million, and Aldermoor invested €25
     * million"), not the whole told again; the sum rules compare such lists with their total.
     */
    private static boolean breakdown(Context ctx, Claim c) {
        String currency = ctx.mention(c.money().get(0)).money().currency();
        return ctx.mentions(c.sentence(), MentionType.MONEY).stream()
                .filter(m -> m.money().currency().equals(currency)).count() >= LIST_OF_PARTS;
    }

    /** A revised bid ("raised its offer to CHF 1.1 billion") states a new amount, not the deal's told again. */
    private static boolean revision(Context ctx, Claim c) {
        return SameEvent.phase(ctx, c) == SameEvent.Phase.REVISION;
    }

    private boolean timesAllow(Context ctx, List<Claim> claims, Claim a, Claim b) {
        boolean ta = SameEvent.resolvedTime(a);
        boolean tb = SameEvent.resolvedTime(b);
        if (ta && tb) {
            return a.time().value().overlaps(b.time().value());
        }
        if (ta) {
            return onlyPeriod(ctx, claims, b, a);
        }
        if (tb) {
            return onlyPeriod(ctx, claims, a, b);
        }
        for (Claim c : claims) {
            if (c != a && c != b && (SameEvent.compatibleDeal(ctx, a, c) || SameEvent.compatibleDeal(ctx, b, c))) {
                return false;
            }
        }
        return true;
    }

    /** Every dated claim the undated one could belong to overlaps the dated counterpart's time. */
    private static boolean onlyPeriod(Context ctx, List<Claim> claims, Claim undated, Claim dated) {
        for (Claim c : claims) {
            if (c != undated && c != dated && SameEvent.resolvedTime(c) && SameEvent.compatibleDeal(ctx, undated, c)
                    && !c.time().value().overlaps(dated.time().value())) {
                return false;
            }
        }
        return true;
    }

    private Finding finding(Claim a, Claim b, Mention[] pair) {
        boolean firm = SameEvent.sameSource(a, b) && a.eventClass() == b.eventClass();
        String message = String.format(Locale.ROOT,
                "The same %s involving %s is given as %s in one place and as %s in another.",
                a.eventClass().noun(), SameEvent.partyList(a),
                Amounts.quote(pair[0]), Amounts.quote(pair[1]));
        return new Finding(FindingType.AMOUNT_CONFLICT, firm ? Severity.ERROR : Severity.WARNING, message,
                List.of(pair[0].span(), pair[1].span()), List.of(a.id(), b.id()), name());
    }
}
