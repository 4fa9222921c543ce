package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Role;

/**
 * Completes the payments of a takeover told without their payee. Deal news tells the takeover once
 * ("Kairos Payments said it would acquire LedgerLeaf for up to ₹2,050 crore") and then its terms ("Kairos
 * will pay ₹1,650 crore upfront"), leaving the payee implicit. A PAY claim with a payer (AGENT) and neither
 * a RECIPIENT nor a PATIENT takes, from the nearest earlier claim of the same or the {@value #WINDOW}
 * previous sentences in which the same payer buys: the seller of a sale or the licensor of a licence to it
 * ("AMD would sell the business to Sanmina": AMD; "Halvorsen granted Jinhai the rights ... Jinhai paid $85
 * million upfront": Halvorsen), else the seller of its acquisition (RECIPIENT), else the company it acquires,
 * which the claim guideline makes the payee its owners stand behind. A payment for something unnamed or
 * told by how it is funded is left alone.
 */
final class TakeoverPayees {

    static final int WINDOW = 4;

    private TakeoverPayees() {
    }

    /** The claims, in the same order, with implicit payees filled in. */
    static List<Claim> fill(List<Claim> claims, String body) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            out.add(needsPayee(c, body) ? withPayee(c, out) : c);
        }
        return out;
    }

    /**
     * A payment for something unnamed ("paid $95 million for a small security start-up") or told by how it is
     * funded ("will pay the £610 million cash portion from a £450 million loan"): no takeover's payee.
     */
    private static final Pattern OTHER_PAYMENT = Pattern.compile(
            "\\bfor an? \\b|\\b(?:loan|debt|credit|cash on hand|balance sheet|bonds?)\\b");

    private static boolean needsPayee(Claim c, String body) {
        if (c.eventClass() != EventClass.PAY || c.partiesWithRole(Role.AGENT).isEmpty()
                || !c.partiesWithRole(Role.RECIPIENT).isEmpty() || !c.partiesWithRole(Role.PATIENT).isEmpty()) {
            return false;
        }
        String after = body.substring(c.trigger().end(), Math.max(c.trigger().end(), c.span().end()));
        return !OTHER_PAYMENT.matcher(after.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean among(List<ClaimParty> parties, List<ClaimParty> payers) {
        return parties.stream().anyMatch(p -> payers.stream().anyMatch(x -> x.name().equals(p.name())));
    }

    /** Who is paid in the takeover {@code e} tells, when {@code payers} buy in it; null when it is no such claim. */
    private static ClaimParty payeeIn(Claim e, List<ClaimParty> payers) {
        if ((e.eventClass() == EventClass.SELL || e.eventClass() == EventClass.LICENSE)
                && among(e.partiesWithRole(Role.RECIPIENT), payers) && !e.partiesWithRole(Role.AGENT).isEmpty()) {
            return e.partiesWithRole(Role.AGENT).get(0);
        }
        if (e.eventClass() == EventClass.ACQUIRE && among(e.partiesWithRole(Role.AGENT), payers)) {
            if (!e.partiesWithRole(Role.RECIPIENT).isEmpty()) {
                return e.partiesWithRole(Role.RECIPIENT).get(0);
            }
            if (!e.partiesWithRole(Role.PATIENT).isEmpty()) {
                return e.partiesWithRole(Role.PATIENT).get(0);
            }
        }
        return null;
    }

    private static Claim withPayee(Claim c, List<Claim> earlier) {
        List<ClaimParty> payers = c.partiesWithRole(Role.AGENT);
        return ImplicitParties.fromEarlier(c, earlier, WINDOW, Role.RECIPIENT, e -> payeeIn(e, payers));
    }
}
