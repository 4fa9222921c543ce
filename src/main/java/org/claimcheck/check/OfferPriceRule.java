package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Role;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * AMOUNT_CONFLICT: one offer told twice with two prices. "In September Corvane proposes $30 a share" and
 * "the $42 a share that Corvane first offered in September" cannot both hold. Successive bids are the
 * normal course of a takeover, so two offers are taken for one only when the same bidder makes them, both
 * are dated and the dates overlap (a bid on September 3 and one on September 20 are two), neither clause
 * speaks of a change ("raised", "sweetened", "new", "second", "then", ...), and the prices are per the same
 * unit (a price a share against a total is no conflict). Negated and hedged offers assert nothing.
 */
public final class OfferPriceRule implements Rule {

    /** Predicates that make an offer. */
    private static final Set<String> OFFER_VERBS = Set.of("offer", "propose", "bid");
    private static final Pattern CHANGE = Pattern.compile("\\b(raise[sd]?|raising|sweeten\\w*|revise[sd]?|revising"
            + "|improve[sd]?|increase[sd]?|lift(ed|s)?|boost(ed|s)?|cut|lower(ed|s)?|reduce[sd]?|new|second|third"
            + "|another|higher|lower|final|latest|counter\\w*|then|later|subsequently|again|rival|competing)\\b");

    @Override
    public String name() {
        return "OFFER_PRICE";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Claim> offers = new ArrayList<>();
        for (Claim c : ctx.claims()) {
            if (OFFER_VERBS.contains(c.lemma()) && !c.money().isEmpty() && SameEvent.usable(c)
                    && SameEvent.resolvedTime(c) && !c.partiesWithRole(Role.AGENT).isEmpty()
                    && !CHANGE.matcher(ctx.lower(c.span().start(), c.span().end())).find()) {
                offers.add(c);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            for (int j = i + 1; j < offers.size(); j++) {
                Claim a = offers.get(i);
                Claim b = offers.get(j);
                if (a.sentence() == b.sentence() || !sameBidder(a, b) || !SameEvent.sameStance(a, b)
                        || !a.time().value().overlaps(b.time().value())) {
                    continue;
                }
                Mention[] pair = conflict(ctx, a, b);
                if (pair != null) {
                    String message = String.format(Locale.ROOT, "The offer %s made in %s is given as %s in one place and as %s "
                            + "in another.", a.partiesWithRole(Role.AGENT).get(0).name(), a.time().value().value(),
                            Amounts.quote(pair[0]), Amounts.quote(pair[1]));
                    List<Span> spans = List.of(pair[0].span(), pair[1].span());
                    out.add(new Finding(FindingType.AMOUNT_CONFLICT, Severity.WARNING, message, spans,
                            List.of(a.id(), b.id()), name()));
                }
            }
        }
        return out;
    }

    private static boolean sameBidder(Claim a, Claim b) {
        Set<String> x = SameEvent.names(a.partiesWithRole(Role.AGENT));
        Set<String> y = SameEvent.names(b.partiesWithRole(Role.AGENT));
        if (!x.equals(y)) {
            return false;
        }
        // an offer for one company is not an offer for another
        Set<String> targetsA = SameEvent.names(targets(a));
        Set<String> targetsB = SameEvent.names(targets(b));
        return targetsA.isEmpty() || targetsB.isEmpty() || !java.util.Collections.disjoint(targetsA, targetsB);
    }

    private static List<ClaimParty> targets(Claim c) {
        return c.parties().stream().filter(p -> p.role() == Role.PATIENT || p.role() == Role.RECIPIENT).toList();
    }

    /** Two amounts, one of each offer, per the same unit, that cannot both hold; null when every pair agrees. */
    private static Mention[] conflict(Context ctx, Claim a, Claim b) {
        Mention[] found = null;
        for (int i : a.money()) {
            for (int j : b.money()) {
                Mention x = ctx.mention(i);
                Mention y = ctx.mention(j);
                if (!SameEvent.unit(ctx, x).equals(SameEvent.unit(ctx, y)) || SameEvent.increment(ctx, x)
                        || SameEvent.increment(ctx, y) || !x.money().currency().equals(y.money().currency())) {
                    continue;
                }
                if (!Amounts.moneyDisagrees(x, y)) {
                    return null;
                }
                if (found == null) {
                    found = new Mention[] {x, y};
                }
            }
        }
        return found;
    }
}
