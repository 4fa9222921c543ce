package org.claimcheck.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Modality;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Role;
import org.claimcheck.model.Span;
import org.junit.jupiter.api.Test;

class DealAnaphoraTest {

    private static final String BODY = "Synopsys has finished buying Ansys. "
            + "The company completed the acquisition on July 17. "
            + "The Federal Trade Commission approved the deal in May. "
            + "Synopsys completed the sale of its Software Integrity Group in 2024. "
            + "The transaction was valued at $35 billion.";

    /** A claim whose trigger is the first {@code trigger} in the body, spanning its sentence. */
    private static Claim claim(int sentence, String trigger, EventClass cls, ClaimParty... parties) {
        int start = BODY.indexOf(trigger);
        int sentenceEnd = BODY.indexOf('.', start) + 1;
        int sentenceStart = BODY.lastIndexOf(". ", start) < 0 ? 0 : BODY.lastIndexOf(". ", start) + 2;
        return new Claim("", sentence, new Span(sentenceStart, sentenceEnd), trigger, cls, new Span(start, start + trigger.length()),
                List.of(parties), List.of(), List.of(), null, null, Modality.ASSERTED, List.of());
    }

    private static ClaimParty party(String name, Role role) {
        int at = Math.max(0, BODY.indexOf(name));
        return new ClaimParty(name, PartyKind.ORGANIZATION, role, -1, new Span(at, at + name.length()));
    }

    private static List<String> roles(Claim c) {
        List<String> out = new ArrayList<>();
        c.parties().forEach(p -> out.add(p.name() + ":" + p.role()));
        return out;
    }

    @Test
    void theAcquisitionIsTheAcquisitionToldBefore() {
        Claim buying = claim(0, "buying", EventClass.ACQUIRE, party("Synopsys", Role.AGENT), party("Ansys", Role.PATIENT));
        Claim completed = claim(1, "completed", EventClass.ACQUIRE, party("Synopsys", Role.AGENT));
        List<Claim> out = DealAnaphora.fill(List.of(buying, completed), BODY);
        assertEquals(List.of("Synopsys:AGENT", "Ansys:PATIENT"), roles(out.get(1)));
        assertEquals(buying, out.get(0));
    }

    private static final String BODY2 = "Acme will sell its chip unit to Beta. Acme paid $4 billion for Gamma, and in "
            + "March completed that deal. The acquisition closed on March 3.";

    /** A claim of BODY2 with lemma {@code lemma} at {@code trigger}, its span from the trigger to the full stop. */
    private static Claim claim2(int sentence, String trigger, String lemma, EventClass cls, ClaimParty... parties) {
        return claimIn(BODY2, sentence, trigger, lemma, cls, parties);
    }

    private static ClaimParty party2(String name, Role role) {
        return partyIn(BODY2, name, role);
    }

    /** A claim of {@code body} with lemma {@code lemma} at {@code trigger}, its span from the trigger to the full stop. */
    private static Claim claimIn(String body, int sentence, String trigger, String lemma, EventClass cls,
                                 ClaimParty... parties) {
        int start = body.indexOf(trigger);
        return new Claim("", sentence, new Span(start, body.indexOf('.', start)), lemma, cls,
                new Span(start, start + trigger.length()), List.of(parties), List.of(), List.of(), null, null,
                Modality.ASSERTED, List.of());
    }

    private static ClaimParty partyIn(String body, String name, Role role) {
        int at = body.indexOf(name);
        return new ClaimParty(name, PartyKind.ORGANIZATION, role, -1, new Span(at, at + name.length()));
    }

    @Test
    void thatDealIsTheDealJustToldAndLendsItsClass() {
        Claim sell = claim2(0, "sell", "sell", EventClass.SELL, party2("Acme", Role.AGENT), party2("Beta", Role.RECIPIENT));
        Claim paid = claim2(1, "paid", "pay", EventClass.PAY, party2("Acme", Role.AGENT), party2("Gamma", Role.PATIENT));
        Claim completed = claim2(1, "completed", "complete", EventClass.ACQUIRE);
        Claim out = DealAnaphora.fill(List.of(sell, paid, completed), BODY2).get(2);
        assertEquals(EventClass.PAY, out.eventClass());
        assertEquals(List.of("Acme:AGENT", "Gamma:PATIENT"), roles(out));
    }

    @Test
    void aParticipleAfterTheDealIsSignedByItsSides() {
        String body = "Corvane licensed its antibody to Meridia. Under the agreement, signed on January 12, Meridia "
                + "will pay $150 million.";
        Claim licensed = claimIn(body, 0, "licensed", "license", EventClass.LICENSE, partyIn(body, "Corvane", Role.AGENT),
                partyIn(body, "Meridia", Role.RECIPIENT));
        int at = body.indexOf("signed");
        // the participle's clause as the parser gives it: from the participle on
        Claim signed = new Claim("", 1, new Span(at, body.length() - 1), "sign", EventClass.AGREE, new Span(at, at + 6),
                List.of(), List.of(), List.of(), null, null, Modality.ASSERTED, List.of());
        assertEquals("agreement", DealAnaphora.subjectDealNoun(signed, body));
        assertEquals(List.of("Corvane:AGENT", "Meridia:AGENT"), roles(DealAnaphora.fill(List.of(licensed, signed), body).get(1)));
    }

    @Test
    void aDealNounSubjectLeftOutOfItsClauseStillCounts() {
        Claim paid = claim2(1, "paid", "pay", EventClass.PAY, party2("Acme", Role.AGENT), party2("Gamma", Role.PATIENT));
        Claim buy = claim2(1, "paid", "buy", EventClass.ACQUIRE, party2("Acme", Role.AGENT), party2("Gamma", Role.PATIENT));
        Claim closed = claim2(2, "closed", "close", EventClass.ACQUIRE);
        assertEquals("acquisition", DealAnaphora.subjectDealNoun(closed, BODY2));
        List<Claim> out = DealAnaphora.fill(List.of(paid, buy, closed), BODY2);
        assertEquals(List.of("Acme:AGENT", "Gamma:PATIENT"), roles(out.get(2)));
        assertEquals(EventClass.ACQUIRE, out.get(2).eventClass());
    }

    @Test
    void aRegulatorIsNoPartyOfTheDealItApproves() {
        Claim buying = claim(0, "buying", EventClass.ACQUIRE, party("Synopsys", Role.AGENT), party("Ansys", Role.PATIENT));
        Claim approved = claim(2, "approved", EventClass.ACQUIRE, party("Federal Trade Commission", Role.AGENT));
        assertEquals(approved, DealAnaphora.fill(List.of(buying, approved), BODY).get(1));
    }

    @Test
    void anAuthoritysDecisionOnTheDealIsOnItsSides() {
        Claim buying = claim(0, "buying", EventClass.ACQUIRE, party("Synopsys", Role.AGENT), party("Ansys", Role.PATIENT));
        Claim approved = claim(2, "approved", EventClass.LEGAL_ACTION, party("Federal Trade Commission", Role.AGENT));
        Claim out = DealAnaphora.fill(List.of(buying, approved), BODY).get(1);
        assertEquals(List.of("Federal Trade Commission:AGENT", "Synopsys:PATIENT", "Ansys:PATIENT"), roles(out));
        assertEquals(EventClass.LEGAL_ACTION, out.eventClass());
        // with no deal told before, the decision keeps only its authority
        assertEquals(approved, DealAnaphora.fill(List.of(approved), BODY).get(0));
    }

    @Test
    void aSaleIsNotTheAcquisition() {
        Claim buying = claim(0, "buying", EventClass.ACQUIRE, party("Synopsys", Role.AGENT), party("Ansys", Role.PATIENT));
        int at = BODY.lastIndexOf("completed");
        Claim sale = new Claim("", 3, new Span(at, BODY.length()), "complete", EventClass.SELL, new Span(at, at + 9),
                List.of(party("Synopsys", Role.AGENT)), List.of(), List.of(), null, null, Modality.ASSERTED, List.of());
        assertEquals(sale, DealAnaphora.fill(List.of(buying, sale), BODY).get(1));
    }

    @Test
    void dealNounsAreFoundRightAfterTheTrigger() {
        Claim completed = claim(1, "completed", EventClass.ACQUIRE, party("Synopsys", Role.AGENT));
        assertEquals("acquisition", DealAnaphora.dealNoun(completed, BODY));
        Claim buying = claim(0, "buying", EventClass.ACQUIRE, party("Synopsys", Role.AGENT));
        assertEquals(null, DealAnaphora.dealNoun(buying, BODY));
    }

    @Test
    void aClaimAboutTheDealTakesItsPartiesAndClassOrIsDropped() {
        Claim buying = claim(0, "buying", EventClass.ACQUIRE, party("Synopsys", Role.AGENT), party("Ansys", Role.PATIENT));
        Claim valued = claim(4, "valued", EventClass.OTHER);
        assertEquals("transaction", DealAnaphora.subjectDealNoun(valued, BODY));
        List<Claim> out = DealAnaphora.fill(List.of(buying, valued), BODY);
        assertEquals(2, out.size());
        assertEquals(EventClass.ACQUIRE, out.get(1).eventClass());
        assertEquals(List.of("Synopsys:AGENT", "Ansys:PATIENT"), roles(out.get(1)));
        assertEquals(List.of(), DealAnaphora.fill(List.of(valued), BODY), "no deal told before: no claim");
    }

    @Test
    void aVerbAndTheDealNounItCompletesAreOneDeal() {
        String body = "Fujimoto Electronics has completed its ¥180 billion takeover of Hoshida Devices.";
        int v = body.indexOf("completed");
        int n = body.indexOf("takeover");
        Span sentence = new Span(0, body.length());
        ClaimParty fujimoto = new ClaimParty("Fujimoto Electronics", PartyKind.ORGANIZATION, Role.AGENT, -1, new Span(0, 20));
        int h = body.indexOf("Hoshida");
        ClaimParty hoshida = new ClaimParty("Hoshida Devices", PartyKind.ORGANIZATION, Role.PATIENT, -1, new Span(h, h + 15));
        Claim verb = new Claim("", 0, sentence, "complete", EventClass.ACQUIRE, new Span(v, v + 9), List.of(fujimoto),
                List.of(), List.of(), null, null, Modality.ASSERTED, List.of());
        Claim noun = new Claim("", 0, new Span(n, body.length() - 1), "takeover", EventClass.ACQUIRE, new Span(n, n + 8),
                List.of(hoshida), List.of(), List.of(), null, null, Modality.ASSERTED, List.of());
        List<Claim> out = DealAnaphora.joined(List.of(verb, noun));
        assertEquals(List.of("Fujimoto Electronics:AGENT", "Hoshida Devices:PATIENT"), roles(out.get(0)));
        assertEquals(List.of("Hoshida Devices:PATIENT", "Fujimoto Electronics:AGENT"), roles(out.get(1)));
    }

    private static final String BODY3 = "Acme agreed to buy Gamma. The two companies signed the agreement on May 2. "
            + "The deal was announced on May 3.";

    @Test
    void signingOrAnnouncingADealIsDoneByEverySideOfIt() {
        Claim buy = claimIn(BODY3, 0, "buy", "buy", EventClass.ACQUIRE, partyIn(BODY3, "Acme", Role.AGENT),
                partyIn(BODY3, "Gamma", Role.PATIENT));
        Claim signed = claimIn(BODY3, 1, "signed", "sign", EventClass.AGREE);
        Claim announced = claimIn(BODY3, 2, "announced", "announce", EventClass.ANNOUNCE);
        List<Claim> out = DealAnaphora.fill(List.of(buy, signed, announced), BODY3);
        assertEquals(List.of("Acme:AGENT", "Gamma:AGENT"), roles(out.get(1)));
        assertEquals(List.of("Acme:AGENT", "Gamma:AGENT"), roles(out.get(2)));
        assertEquals(List.of("Acme:AGENT", "Gamma:PATIENT"), roles(out.get(0)), "the deal itself keeps its roles");
    }

    @Test
    void aDealNounTheParserLeftOutOfTheClauseStillCounts() {
        String body = "Orrin agreed to buy Velora. Orrin completes the acquisition and Oyelaran starts reporting.";
        Claim buy = claimIn(body, 0, "buy", "buy", EventClass.ACQUIRE, partyIn(body, "Orrin", Role.AGENT),
                partyIn(body, "Velora", Role.PATIENT));
        int start = body.indexOf("completes");
        // the clause the parser gives ends at the verb: "Orrin completes"
        Claim completes = new Claim("", 1, new Span(body.indexOf("Orrin completes"), start + "completes".length()),
                "complete", EventClass.ACQUIRE, new Span(start, start + "completes".length()),
                List.of(new ClaimParty("Orrin", PartyKind.ORGANIZATION, Role.AGENT, -1,
                        new Span(body.indexOf("Orrin completes"), body.indexOf("Orrin completes") + 5))),
                List.of(), List.of(), null, null,
                Modality.ASSERTED, List.of());
        List<Claim> out = DealAnaphora.fill(List.of(buy, completes), body);
        assertEquals(List.of("Orrin:AGENT", "Velora:PATIENT"), roles(out.get(1)));
    }
}
