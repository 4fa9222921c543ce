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

class TakeoverPayeesTest {

    /** One sentence a line, each 100 characters long, so that sentence {@code s} starts at {@code 100 * s}. */
    private static String body(String... sentences) {
        StringBuilder b = new StringBuilder();
        for (String s : sentences) {
            b.append(String.format(java.util.Locale.ROOT, "%-99s\n", s));
        }
        return b.toString();
    }

    private static ClaimParty party(String body, String name, Role role, int sentence) {
        int at = body.indexOf(name, sentence * 100);
        return new ClaimParty(name, PartyKind.ORGANIZATION, role, -1, new Span(at, at + name.length()));
    }

    /** A claim of sentence {@code s} triggered on {@code trigger}, its clause the whole sentence. */
    private static Claim claim(String body, int s, String trigger, EventClass c, ClaimParty... parties) {
        int at = body.indexOf(trigger, s * 100);
        return new Claim("", s, new Span(s * 100, s * 100 + 99), trigger, c, new Span(at, at + trigger.length()),
                List.of(parties), List.of(), List.of(), null, null, Modality.ASSERTED, List.of());
    }

    private static String roles(Claim c) {
        return String.join(",", c.parties().stream().map(p -> p.name() + ":" + p.role()).toList());
    }

    @Test
    void aTakeoversPaymentIsPaidToTheCompanyBought() {
        String body = body("Kairos will acquire LedgerLeaf for up to Rs 2,050 crore.",
                "Kairos will pay Rs 1,650 crore upfront.");
        Claim acquire = claim(body, 0, "acquire", EventClass.ACQUIRE, party(body, "Kairos", Role.AGENT, 0),
                party(body, "LedgerLeaf", Role.PATIENT, 0));
        Claim pay = claim(body, 1, "pay", EventClass.PAY, party(body, "Kairos", Role.AGENT, 1));
        List<Claim> out = TakeoverPayees.fill(List.of(acquire, pay), body);
        assertEquals("Kairos:AGENT,LedgerLeaf:RECIPIENT", roles(out.get(1)));
        assertEquals(acquire, out.get(0));
    }

    @Test
    void aSaleToThePayerIsPaidToTheSeller() {
        String body = body("AMD will sell the unit to Sanmina.", "Sanmina will pay $2.55 billion.");
        Claim sell = claim(body, 0, "sell", EventClass.SELL, party(body, "AMD", Role.AGENT, 0),
                party(body, "Sanmina", Role.RECIPIENT, 0));
        Claim pay = claim(body, 1, "pay", EventClass.PAY, party(body, "Sanmina", Role.AGENT, 1));
        assertEquals("Sanmina:AGENT,AMD:RECIPIENT", roles(TakeoverPayees.fill(List.of(sell, pay), body).get(1)));
    }

    @Test
    void aLicenseesPaymentIsPaidToTheLicensor() {
        String body = body("Halvorsen granted Jinhai the rights to HT-201.", "Jinhai paid $85 million upfront.");
        Claim licence = claim(body, 0, "granted", EventClass.LICENSE, party(body, "Halvorsen", Role.AGENT, 0),
                party(body, "Jinhai", Role.RECIPIENT, 0));
        Claim pay = claim(body, 1, "paid", EventClass.PAY, party(body, "Jinhai", Role.AGENT, 1));
        assertEquals("Jinhai:AGENT,Halvorsen:RECIPIENT", roles(TakeoverPayees.fill(List.of(licence, pay), body).get(1)));
    }

    @Test
    void otherPaymentsAndOtherBuyersAreLeftAlone() {
        String body = body("Corvane bought Tallis Data for $240 million.",
                "Corvane paid $95 million for a small security start-up.",
                "Corvane will pay the cash portion from a $450 million loan.",
                "Orrin will pay $1 billion.");
        Claim bought = claim(body, 0, "bought", EventClass.ACQUIRE, party(body, "Corvane", Role.AGENT, 0),
                party(body, "Tallis Data", Role.PATIENT, 0));
        Claim unnamed = claim(body, 1, "paid", EventClass.PAY, party(body, "Corvane", Role.AGENT, 1));
        Claim funded = claim(body, 2, "pay", EventClass.PAY, party(body, "Corvane", Role.AGENT, 2));
        Claim other = claim(body, 3, "pay", EventClass.PAY, party(body, "Orrin", Role.AGENT, 3));
        List<Claim> out = TakeoverPayees.fill(List.of(bought, unnamed, funded, other), body);
        assertEquals(List.of(bought, unnamed, funded, other), out);
    }
}
