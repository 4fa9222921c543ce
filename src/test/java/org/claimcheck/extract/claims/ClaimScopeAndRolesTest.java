package org.claimcheck.extract.claims;

import static org.claimcheck.extract.claims.AnnotationBuilder.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.claimcheck.model.Claim;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Qualifier;
import org.junit.jupiter.api.Test;

/** Claim scope, roles read through appositions and raising, and dates passed on by speech verbs. */
class ClaimScopeAndRolesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 5, 21);

    private static List<Claim> claims(AnnotationBuilder b, ClaimExtractor.Scope scope) {
        AnnotationBuilder.Built built = b.build();
        return new ClaimExtractor(scope).extract(built.annotation(), built.mentions());
    }

    private static String roles(Claim c) {
        return c.parties().stream().map(p -> p.name() + ":" + p.role()).sorted().collect(Collectors.joining(","));
    }

    @Test
    void speechVerbPassesItsDateToTheDealItReports() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Sage said in April it agreed to buy Fernhill .",
                        "NNP VBD IN NNP PRP VBD TO VB NNP .",
                        "Sage say in April it agree to buy Fernhill .",
                        "nsubj 2 1; root 0 2; case 4 3; obl:in 2 4; nsubj 6 5; ccomp 2 6; mark 8 7; xcomp 6 8;"
                                + " nsubj:xsubj 8 5; obj 8 9; punct 2 10")
                .org("Sage", 1).org("Fernhill", 1)
                .date("April", 1, month(2026, 4));
        List<Claim> c = claims(b, ClaimExtractor.Scope.NEWS_CLAIMS);
        assertEquals(1, c.size(), c::toString);
        Claim buy = c.get(0);
        assertEquals(EventClass.ACQUIRE, buy.eventClass());
        assertEquals("Fernhill:PATIENT,Sage:AGENT", roles(buy));
        assertEquals("2026-04", buy.time().value().value());
        assertEquals("Sage", buy.attribution().source());
        assertEquals("say", buy.attribution().cue());
    }

    @Test
    void descriptionSubjectTakesThePartyInApposition() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("The airline , Ryanair , ordered planes .",
                        "DT NN , NNP , VBD NNS .",
                        "the airline , Ryanair , order plane .",
                        "det 2 1; nsubj 6 2; punct 2 3; appos 2 4; punct 2 5; root 0 6; obj 6 7; punct 6 8")
                .org("Ryanair", 1);
        List<Claim> c = claims(b, ClaimExtractor.Scope.NEWS_CLAIMS);
        assertEquals(1, c.size(), c::toString);
        assertEquals(EventClass.BUY, c.get(0).eventClass());
        assertEquals("Ryanair:AGENT", roles(c.get(0)));
    }

    @Test
    void raisingMoneyMakesTheSubjectTheRecipient() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Anthropic raised $ 13 billion from Fidelity .",
                        "NNP VBD $ CD CD IN NNP .",
                        "Anthropic raise $ 13 billion from Fidelity .",
                        "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; case 7 6; obl:from 2 7; punct 2 8")
                .org("Anthropic", 1).org("Fidelity", 1)
                .money("$ 13 billion", "13000000000", Qualifier.EXACT);
        List<Claim> c = claims(b, ClaimExtractor.Scope.NEWS_CLAIMS);
        assertEquals(1, c.size(), c::toString);
        assertEquals(EventClass.INVEST, c.get(0).eventClass());
        assertEquals("Anthropic:RECIPIENT,Fidelity:AGENT", roles(c.get(0)));
    }

    @Test
    void dealValueOnAParticipleGoesToTheDeal() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Sage bought Fernhill in a deal valued at $ 420 million .",
                        "NNP VBD NNP IN DT NN VBN IN $ CD CD .",
                        "Sage buy Fernhill in a deal value at $ 420 million .",
                        "nsubj 2 1; root 0 2; obj 2 3; case 6 4; det 6 5; obl:in 2 6; acl 6 7; case 9 8;"
                                + " obl:at 7 9; compound 11 10; nummod 9 11; punct 2 12")
                .org("Sage", 1).org("Fernhill", 1)
                .money("$ 420 million", "420000000", Qualifier.EXACT);
        List<Claim> c = claims(b, ClaimExtractor.Scope.NEWS_CLAIMS);
        assertEquals(1, c.size(), c::toString);
        assertEquals(EventClass.ACQUIRE, c.get(0).eventClass());
        assertEquals(1, c.get(0).money().size());
        assertTrue(c.get(0).mentions().contains(c.get(0).money().get(0)));
    }

    @Test
    void eventOutsideTheLexiconWithoutDateOrAmountIsAClaimOnlyForAllEvents() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Boeing protested the award , Nesbit said .",
                        "NNP VBD DT NN , NNP VBD .",
                        "Boeing protest the award , Nesbit say .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5; nsubj 7 6; parataxis 2 7; punct 2 8")
                .org("Boeing", 1).party("Nesbit", 1, "Paul Nesbit", org.claimcheck.model.PartyKind.PERSON);
        assertTrue(claims(b, ClaimExtractor.Scope.NEWS_CLAIMS).isEmpty());
        List<Claim> all = claims(b, ClaimExtractor.Scope.ALL_EVENTS);
        assertEquals(List.of("protest", "say"), all.stream().map(Claim::lemma).toList());
        assertEquals("Boeing:AGENT", roles(all.get(0)));
        assertEquals(EventClass.OTHER, all.get(0).eventClass());
        assertEquals("Paul Nesbit", all.get(0).attribution().source());
        assertEquals("Paul Nesbit:AGENT", roles(all.get(1)));
    }
}
