package org.claimcheck.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Modality;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Role;
import org.claimcheck.model.Span;
import org.junit.jupiter.api.Test;

class FundingRecipientsTest {

    private static ClaimParty party(String name, Role role, int at) {
        return new ClaimParty(name, PartyKind.ORGANIZATION, role, -1, new Span(at, at + name.length()));
    }

    private static Claim claim(int sentence, String lemma, EventClass c, ClaimParty... parties) {
        Span s = new Span(sentence * 100, sentence * 100 + 10);
        return new Claim("", sentence, s, lemma, c, s, List.of(parties), List.of(), List.of(), null, null,
                Modality.ASSERTED, List.of());
    }

    private static Claim invest(int sentence, ClaimParty... parties) {
        return claim(sentence, "invest", EventClass.INVEST, parties);
    }

    @Test
    void investorTakesTheRecipientOfTheRoundRaisedJustBefore() {
        Claim raised = invest(0, party("Quillfeather AI", Role.RECIPIENT, 0));
        Claim led = invest(1, party("Astral Peak Capital", Role.AGENT, 100));
        List<Claim> out = FundingRecipients.fill(List.of(raised, led));
        assertEquals(List.of("Astral Peak Capital:AGENT", "Quillfeather AI:RECIPIENT"),
                out.get(1).parties().stream().map(p -> p.name() + ":" + p.role()).toList());
        assertEquals(raised, out.get(0));
    }

    @Test
    void nothingIsTakenFromFarAwayOrFromTheInvestorItself() {
        Claim raised = invest(0, party("Quillfeather AI", Role.RECIPIENT, 0));
        Claim far = invest(1 + FundingRecipients.WINDOW, party("Fernwood Partners", Role.AGENT, 400));
        Claim self = invest(1, party("Quillfeather AI", Role.AGENT, 100));
        assertEquals(far, FundingRecipients.fill(List.of(raised, far)).get(1));
        assertEquals(self, FundingRecipients.fill(List.of(raised, self)).get(1));
    }

    @Test
    void anInvestorInvestedInWhatItWasJustSaidToOwn() {
        Claim owns = claim(0, "own", EventClass.OWN, party("Lotus Arc Ventures", Role.AGENT, 0),
                party("LedgerLeaf", Role.PATIENT, 40));
        Claim invested = invest(1, party("Lotus Arc Ventures", Role.AGENT, 100));
        assertEquals(List.of("Lotus Arc Ventures:AGENT", "LedgerLeaf:RECIPIENT"),
                FundingRecipients.fill(List.of(owns, invested)).get(1).parties().stream()
                        .map(p -> p.name() + ":" + p.role()).toList());
        // what another party owns says nothing of this investor
        Claim other = invest(1, party("Fernwood Partners", Role.AGENT, 100));
        assertEquals(other, FundingRecipients.fill(List.of(owns, other)).get(1));
    }
}
