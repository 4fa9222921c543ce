package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.Role;

/**
 * The one way the completion stages ({@link FundingRecipients}, {@link TakeoverPayees}) give a claim a
 * party the article left implicit: the party that the nearest earlier claim of the same or a few previous
 * sentences supplies, in the role wanted, unless the claim names it already.
 */
final class ImplicitParties {

    private ImplicitParties() {
    }

    /**
     * {@code c} with the party {@code supply} finds in the nearest earlier claim (looking back from the end of
     * {@code earlier}, at most {@code window} sentences) in role {@code role}; {@code c} itself when no claim
     * supplies one or the party is there already.
     */
    static Claim fromEarlier(Claim c, List<Claim> earlier, int window, Role role, Function<Claim, ClaimParty> supply) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Claim e = earlier.get(i);
            if (e.sentence() < c.sentence() - window) {
                break;
            }
            ClaimParty found = supply.apply(e);
            if (found == null) {
                continue;
            }
            if (c.parties().stream().anyMatch(p -> p.name().equals(found.name()))) {
                return c;
            }
            List<ClaimParty> parties = new ArrayList<>(c.parties());
            parties.add(new ClaimParty(found.name(), found.kind(), role, found.mention(), found.span()));
            return new Claim(c.id(), c.sentence(), c.span(), c.lemma(), c.eventClass(), c.trigger(), parties,
                    c.money(), c.percents(), c.time(), c.attribution(), c.modality(), c.mentions());
        }
        return c;
    }
}
