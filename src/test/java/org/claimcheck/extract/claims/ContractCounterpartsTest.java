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

class ContractCounterpartsTest {

    private static final String BODY = "Daewon signed a contract to supply testers to Hynix. "
            + "Daewon signed a deal and will supply testers to Hynix.";

    private static Claim claim(String trigger, int from, String lemma, EventClass cls, ClaimParty... parties) {
        int start = BODY.indexOf(trigger, from);
        int sentence = start < BODY.indexOf(". ") ? 0 : 1;
        return new Claim("", sentence, new Span(start, start + trigger.length()), lemma, cls,
                new Span(start, start + trigger.length()), List.of(parties), List.of(), List.of(), null, null,
                Modality.ASSERTED, List.of());
    }

    private static ClaimParty party(String name, Role role, int from) {
        int at = BODY.indexOf(name, from);
        return new ClaimParty(name, PartyKind.ORGANIZATION, role, -1, new Span(at, at + name.length()));
    }

    private static String roles(Claim c) {
        return String.join(",", c.parties().stream().map(p -> p.name() + ":" + p.role()).toList());
    }

    @Test
    void theOtherSideOfAContractIsWhoItsPurposeServes() {
        Claim signed = claim("signed", 0, "sign", EventClass.AGREE, party("Daewon", Role.AGENT, 0));
        Claim supply = claim("supply", 0, "supply", EventClass.SELL, party("Daewon", Role.AGENT, 0),
                party("Hynix", Role.RECIPIENT, 0));
        List<Claim> out = ContractCounterparts.fill(List.of(signed, supply), BODY);
        assertEquals("Daewon:AGENT,Hynix:AGENT", roles(out.get(0)));
        assertEquals(supply, out.get(1));
    }

    @Test
    void aCoordinatedVerbIsNoPurpose() {
        int second = BODY.indexOf(". ") + 2;
        Claim signed = claim("signed", second, "sign", EventClass.AGREE, party("Daewon", Role.AGENT, second));
        Claim supply = claim("supply", second, "supply", EventClass.SELL, party("Daewon", Role.AGENT, second),
                party("Hynix", Role.RECIPIENT, second));
        List<Claim> out = ContractCounterparts.fill(List.of(signed, supply), BODY);
        assertEquals("Daewon:AGENT", roles(out.get(0)));
    }
}
