package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Role;

/**
 * Completes investments told without their recipient. Funding news names the company that raises money
 * once ("Quillfeather AI raised $600 million ...") and then the investors one by one ("Astral Peak led
 * the round", "Fernwood Partners invested $90 million"), leaving the recipient implicit. An INVEST claim
 * with an investor (AGENT) and no RECIPIENT takes the recipient of the nearest earlier INVEST claim of
 * the same or the {@value #WINDOW} previous sentences, or what the same investor was said there to own,
 * unless that recipient is one of its investors.
 */
final class FundingRecipients {

    static final int WINDOW = 3;

    private FundingRecipients() {
    }

    /** The claims, in the same order, with implicit recipients filled in. */
    static List<Claim> fill(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            out.add(needsRecipient(c) ? withRecipient(c, out) : c);
        }
        return out;
    }

    private static boolean needsRecipient(Claim c) {
        return c.eventClass() == EventClass.INVEST && !c.partiesWithRole(Role.AGENT).isEmpty()
                && c.partiesWithRole(Role.RECIPIENT).isEmpty();
    }

    /**
     * What an earlier claim says {@code c}'s investor put money into: the recipient of an investment, or
     * what the same investor owns ("Lotus Arc Ventures owns about 31% of LedgerLeaf. Lotus Arc first invested
     * in 2021").
     */
    private static ClaimParty recipientFrom(Claim e, Claim c) {
        if (e.eventClass() == EventClass.INVEST && !e.partiesWithRole(Role.RECIPIENT).isEmpty()) {
            return e.partiesWithRole(Role.RECIPIENT).get(0);
        }
        if (e.eventClass() == EventClass.OWN && !e.partiesWithRole(Role.PATIENT).isEmpty()) {
            for (ClaimParty owner : e.partiesWithRole(Role.AGENT)) {
                if (c.partiesWithRole(Role.AGENT).stream().anyMatch(a -> a.name().equals(owner.name()))) {
                    ClaimParty owned = e.partiesWithRole(Role.PATIENT).get(0);
                    return new ClaimParty(owned.name(), owned.kind(), Role.RECIPIENT, owned.mention(), owned.span());
                }
            }
        }
        return null;
    }

    private static Claim withRecipient(Claim c, List<Claim> earlier) {
        return ImplicitParties.fromEarlier(c, earlier, WINDOW, Role.RECIPIENT, e -> recipientFrom(e, c));
    }
}
