package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Role;

/**
 * Completes agreements told by their purpose. "Daewon said it had signed a contract to supply testers to
 * SK Hynix" and "Solstice has signed a contract ... to rent capacity from Vantage Grid" name the other side
 * of the contract only in what the contract is for. An AGREE claim on a signing verb with one side (its
 * AGENT) and nobody else takes as a second AGENT the organization that receives in the claim of the same
 * sentence that follows it as a to-infinitive ("to supply ... to SK Hynix", "to rent ... from Vantage
 * Grid"), when that claim has the same agent or none.
 */
final class ContractCounterparts {

    private static final Set<String> SIGNING = Set.of("sign", "agree", "strike", "reach", "ink", "enter", "seal");

    private ContractCounterparts() {
    }

    /** The claims, in the same order, with counterparties filled in from purpose clauses. */
    static List<Claim> fill(List<Claim> claims, String body) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            out.add(oneSided(c) ? withCounterpart(c, claims, body) : c);
        }
        return out;
    }

    private static boolean oneSided(Claim c) {
        return c.eventClass() == EventClass.AGREE && SIGNING.contains(c.lemma()) && c.parties().size() == 1
                && c.parties().get(0).role() == Role.AGENT;
    }

    private static Claim withCounterpart(Claim c, List<Claim> claims, String body) {
        String agent = c.parties().get(0).name();
        for (Claim p : claims) {
            int at = p.trigger().start();
            if (p == c || p.sentence() != c.sentence() || at <= c.trigger().end() || at < 3
                    || !body.startsWith("to ", at - 3)) {
                continue;
            }
            List<ClaimParty> agents = p.partiesWithRole(Role.AGENT);
            if (!agents.isEmpty() && agents.stream().noneMatch(x -> x.name().equals(agent))) {
                continue;
            }
            for (ClaimParty r : p.partiesWithRole(Role.RECIPIENT)) {
                if (r.kind() == PartyKind.ORGANIZATION && !r.name().equals(agent)) {
                    List<ClaimParty> parties = new ArrayList<>(c.parties());
                    parties.add(new ClaimParty(r.name(), r.kind(), Role.AGENT, r.mention(), r.span()));
                    return new Claim(c.id(), c.sentence(), c.span(), c.lemma(), c.eventClass(), c.trigger(), parties,
                            c.money(), c.percents(), c.time(), c.attribution(), c.modality(), c.mentions());
                }
            }
            return c;
        }
        return c;
    }
}
