package org.claimcheck.extract.claims;

import static org.claimcheck.extract.claims.AnnotationBuilder.month;
import static org.claimcheck.extract.claims.AnnotationBuilder.year;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Modality;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Role;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 27);
    private final ClaimExtractor extractor = new ClaimExtractor();

    private record Run(List<Claim> claims, String body, ClaimResult result) {
        Claim only(String lemma) {
            List<Claim> c = claims.stream().filter(x -> x.lemma().equals(lemma)).toList();
            assertEquals(1, c.size(), () -> "claims with lemma " + lemma + ": " + claims);
            return c.get(0);
        }
    }

    private Run run(AnnotationBuilder b) {
        AnnotationBuilder.Built built = b.build();
        ClaimResult r = extractor.run(built.annotation(), built.mentions());
        for (Claim c : r.claims()) {
            assertTrue(c.span().end() <= b.body().length(), "span inside body");
            assertTrue(c.span().contains(c.trigger()), "trigger inside clause span");
            assertEquals(c.mentions().stream().sorted().distinct().toList(), c.mentions(), "mentions ascending");
        }
        return new Run(r.claims(), b.body(), r);
    }

    private static void assertClaim(Claim c, EventClass expectedClass, String expectedRoles) {
        assertEquals(expectedClass, c.eventClass(), c::toString);
        assertEquals(expectedRoles, roles(c), c::toString);
    }

    /** "Name:ROLE" pairs, sorted, for compact comparison. */
    private static String roles(Claim c) {
        return c.parties().stream().map(p -> p.name() + ":" + p.role()).sorted().collect(Collectors.joining(","));
    }

    @Test
    void issueExampleGivesInvestAndAnnounce() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("In February OpenAI announced that Amazon was investing up to $ 50 billion in the model maker .",
                        "IN NNP NNP VBD IN NNP VBD VBG RP IN $ CD CD IN DT NN NN .",
                        "- February OpenAI announce - Amazon be invest - - - - - - - - - -",
                        "case 2 1; obl:in 4 2; nsubj 4 3; root 0 4; mark 8 5; nsubj 8 6; aux 8 7; ccomp 4 8;"
                                + " dep 11 9; advmod 11 10; obl 8 11; compound 13 12; nummod 11 13; case 17 14;"
                                + " det 17 15; compound 17 16; nmod:in 11 17; punct 4 18")
                .org("OpenAI", 1).org("Amazon", 1)
                .money("$ 50 billion", "50000000000", Qualifier.UP_TO)
                .date("February", 1, month(2026, 2));
        Run r = run(b);
        assertEquals(2, r.claims().size(), r.claims()::toString);

        Claim announce = r.only("announce");
        assertEquals("c1", announce.id());
        assertEquals(EventClass.ANNOUNCE, announce.eventClass());
        assertEquals("OpenAI:AGENT", roles(announce));
        assertEquals("2026-02", announce.time().value().value());
        assertNull(announce.attribution());
        assertEquals(Modality.ASSERTED, announce.modality());

        Claim invest = r.only("invest");
        assertEquals("c2", invest.id());
        assertEquals(EventClass.INVEST, invest.eventClass());
        assertEquals("investing", invest.trigger().of(r.body()));
        assertEquals("Amazon:AGENT,OpenAI:RECIPIENT", roles(invest));
        ClaimParty recipient = invest.partiesWithRole(Role.RECIPIENT).get(0);
        assertEquals(-1, recipient.mention(), "resolved from a description");
        assertEquals("the model maker", recipient.span().of(r.body()));
        assertEquals(1, invest.money().size());
        assertEquals("$ 50 billion", r.body().substring(
                b.build().mentions().get(invest.money().get(0)).start(),
                b.build().mentions().get(invest.money().get(0)).end()));
        assertEquals("2026-02", invest.time().value().value());
        assertEquals("OpenAI", invest.attribution().source());
        assertEquals("announce", invest.attribution().cue());
        assertEquals(Modality.REPORTED, invest.modality());
        assertEquals("Amazon was investing up to $ 50 billion in the model maker", invest.span().of(r.body()));
    }

    @Test
    void passiveWithAgentAndAccordingTo() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Contoso was acquired by Northwind for $ 2 billion in 2025 , according to Reuters .",
                        "NNP VBD VBN IN NNP IN $ CD CD IN CD , VBG IN NNP .",
                        "Contoso be acquire by Northwind for $ 2 billion in 2025 , accord to Reuters .",
                        "nsubj:pass 3 1; aux:pass 3 2; root 0 3; case 5 4; obl:agent 3 5; case 7 6; obl:for 3 7;"
                                + " compound 9 8; nummod 7 9; case 11 10; obl:in 3 11; punct 3 12; case 15 13;"
                                + " fixed 13 14; obl:according_to 3 15; punct 3 16")
                .org("Contoso", 1).org("Northwind", 1).org("Reuters", 1)
                .money("$ 2 billion", "2000000000", Qualifier.EXACT)
                .date("2025", 1, year(2025));
        Claim c = run(b).only("acquire");
        assertEquals(EventClass.ACQUIRE, c.eventClass());
        assertEquals("Contoso:PATIENT,Northwind:AGENT", roles(c));
        assertEquals(1, c.money().size());
        assertEquals("2025", c.time().value().value());
        assertEquals("Reuters", c.attribution().source());
        assertEquals("according to", c.attribution().cue());
        assertEquals(Modality.REPORTED, c.modality());
    }

    @Test
    void conjoinedVerbsShareTheSubjectAndKeepTheirOwnAmounts() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Northwind bought Contoso and sold its payments unit to Fabrikam for $ 1.2 billion .",
                        "NNP VBD NNP CC VBD PRP$ NNS NN IN NNP IN $ CD CD .",
                        "Northwind buy Contoso and sell its payment unit to Fabrikam for $ 1.2 billion .",
                        "nsubj 2 1; nsubj 5 1; root 0 2; obj 2 3; cc 5 4; conj:and 2 5; nmod:poss 8 6;"
                                + " compound 8 7; obj 5 8; case 10 9; obl:to 5 10; case 12 11; obl:for 5 12;"
                                + " compound 14 13; nummod 12 14; punct 2 15")
                .org("Northwind", 1).org("Contoso", 1).org("Fabrikam", 1)
                .money("$ 1.2 billion", "1200000000", Qualifier.EXACT);
        Run r = run(b);
        Claim buy = r.only("buy");
        assertEquals(EventClass.ACQUIRE, buy.eventClass(), "buying a company is an acquisition");
        assertEquals("Contoso:PATIENT,Northwind:AGENT", roles(buy));
        assertTrue(buy.money().isEmpty(), "the amount belongs to the sale");
        Claim sell = r.only("sell");
        assertEquals(EventClass.SELL, sell.eventClass());
        assertEquals("Fabrikam:RECIPIENT,Northwind:AGENT", roles(sell));
        assertEquals(1, sell.money().size());
        assertEquals(List.of("c1", "c2"), r.claims().stream().map(Claim::id).toList());
    }

    @Test
    void conjoinedSubjectsAreBothAgentsOfTheAnnouncedAgreement() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Microsoft and OpenAI announced a new agreement .",
                        "NNP CC NNP VBD DT JJ NN .", "Microsoft and OpenAI announce a new agreement .",
                        "nsubj 4 1; cc 3 2; conj:and 1 3; nsubj 4 3; root 0 4; det 7 5; amod 7 6; obj 4 7; punct 4 8")
                .org("Microsoft", 1).org("OpenAI", 1);
        Run r = run(b);
        assertEquals("Microsoft:AGENT,OpenAI:AGENT", roles(r.only("announce")));
        Claim agreement = r.only("agreement");
        assertEquals(EventClass.AGREE, agreement.eventClass());
        assertEquals("Microsoft:AGENT,OpenAI:AGENT", roles(agreement));
    }

    @Test
    void noLongerNegates() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Microsoft no longer has to pay a revenue share to OpenAI .",
                        "NNP RB RB VBZ TO VB DT NN NN IN NNP .", "Microsoft no longer have to pay a revenue share to OpenAI .",
                        "nsubj 6 1; advmod 3 2; advmod 6 3; aux 6 4; mark 6 5; root 0 6; det 9 7; compound 9 8;"
                                + " obj 6 9; case 11 10; obl:to 6 11; punct 6 12")
                .org("Microsoft", 1).org("OpenAI", 1);
        Run r = run(b);
        assertEquals(1, r.claims().size(), r.claims()::toString);
        Claim pay = r.only("pay");
        assertEquals("Microsoft:AGENT,OpenAI:RECIPIENT", roles(pay));
        assertEquals(Modality.NEGATED, pay.modality());
    }

    @Test
    void notNegates() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Microsoft did not invest in Contoso .", "NNP VBD RB VB IN NNP .",
                        "Microsoft do not invest in Contoso .",
                        "nsubj 4 1; aux 4 2; advmod 4 3; root 0 4; case 6 5; obl:in 4 6; punct 4 7")
                .org("Microsoft", 1).org("Contoso", 1);
        Claim c = run(b).only("invest");
        assertEquals("Contoso:RECIPIENT,Microsoft:AGENT", roles(c));
        assertEquals(Modality.NEGATED, c.modality());
    }

    @Test
    void ifClauseMakesItConditional() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Amazon will invest $ 35 billion in OpenAI if conditions are met .",
                        "NNP MD VB $ CD CD IN NNP IN NNS VBP VBN .",
                        "Amazon will invest $ 35 billion in OpenAI if condition be meet .",
                        "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; compound 6 5; nummod 4 6; case 8 7; obl:in 3 8;"
                                + " mark 12 9; nsubj:pass 12 10; aux:pass 12 11; advcl:if 3 12; punct 3 13")
                .org("Amazon", 1).org("OpenAI", 1)
                .money("$ 35 billion", "35000000000", Qualifier.EXACT);
        Run r = run(b);
        assertEquals(1, r.claims().size(), r.claims()::toString);
        Claim c = r.only("invest");
        assertEquals("Amazon:AGENT,OpenAI:RECIPIENT", roles(c));
        assertEquals(Modality.CONDITIONAL, c.modality());
    }

    @Test
    void willContinueToPayUntilIsFutureWithOpenInterval() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("OpenAI will continue to pay a revenue share to Microsoft until 2030 .",
                        "NNP MD VB TO VB DT NN NN IN NNP IN CD .",
                        "OpenAI will continue to pay a revenue share to Microsoft until 2030 .",
                        "nsubj 3 1; nsubj:xsubj 5 1; aux 3 2; root 0 3; mark 5 4; xcomp 3 5; det 8 6; compound 8 7;"
                                + " obj 5 8; case 10 9; obl:to 5 10; case 12 11; obl:until 5 12; punct 3 13")
                .org("OpenAI", 1).org("Microsoft", 1)
                .date("2030", 1, year(2030));
        Run r = run(b);
        assertEquals(1, r.claims().size(), r.claims()::toString);
        Claim c = r.only("pay");
        assertEquals("Microsoft:RECIPIENT,OpenAI:AGENT", roles(c));
        assertEquals("2030", c.time().value().value());
        assertNull(c.time().value().begin(), "until: open start");
        assertEquals(LocalDate.of(2030, 12, 31), c.time().value().end());
        assertEquals(Modality.FUTURE, c.modality());
    }

    @Test
    void timelineLineInTheFutureIsAPastEventAtTheMonthGiven() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Here 's a timeline .", "RB VBZ DT NN .", "here be a timeline .",
                        "root 0 1; cop 1 2; det 4 3; nsubj 1 4; punct 1 5")
                .sentence("Amazon will announce an investment in OpenAI in February .",
                        "NNP MD VB DT NN IN NNP IN NNP .", "Amazon will announce a investment in OpenAI in February .",
                        "nsubj 3 1; aux 3 2; root 0 3; det 5 4; obj 3 5; case 7 6; nmod:in 5 7; case 9 8;"
                                + " obl:in 3 9; punct 3 10")
                .org("Amazon", 1).org("OpenAI", 1)
                .date("February", 1, month(2027, 2));
        Run r = run(b);
        Claim announce = r.only("announce");
        assertEquals("Amazon:AGENT", roles(announce));
        assertEquals("2026-02", announce.time().value().value());
        assertEquals(Modality.ASSERTED, announce.modality());
        Claim investment = r.only("investment");
        assertEquals(EventClass.INVEST, investment.eventClass());
        assertEquals("Amazon:AGENT,OpenAI:RECIPIENT", roles(investment));
        assertEquals("2026-02", investment.time().value().value());
        assertEquals(Modality.ASSERTED, investment.modality());
    }

    @Test
    void pronounSubjectResolvesToTheReportingParty() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Microsoft reported that it earned $ 7.5 billion .", "NNP VBD IN PRP VBD $ CD CD .",
                        "Microsoft report that it earn $ 7.5 billion .",
                        "nsubj 2 1; root 0 2; mark 5 3; nsubj 5 4; ccomp 2 5; obj 5 6; compound 8 7; nummod 6 8;"
                                + " punct 2 9")
                .org("Microsoft", 1)
                .money("$ 7.5 billion", "7500000000", Qualifier.EXACT);
        Run r = run(b);
        Claim earn = r.only("earn");
        assertEquals(EventClass.EARN, earn.eventClass());
        assertEquals("Microsoft:AGENT", roles(earn));
        assertEquals("it", earn.parties().get(0).span().of(r.body()));
        assertEquals(Modality.REPORTED, earn.modality());
        assertEquals("report", earn.attribution().cue());
        assertEquals(Modality.ASSERTED, r.only("report").modality());
    }

    @Test
    void pronounWithoutAntecedentIsNotGuessed() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("It earned $ 5 billion .", "PRP VBD $ CD CD .", "it earn $ 5 billion .",
                        "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; punct 2 6")
                .money("$ 5 billion", "5000000000", Qualifier.EXACT);
        assertTrue(run(b).claims().isEmpty());
    }

    @Test
    void theSameDayTakesTheDateOfTheEarlierEvent() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("In February OpenAI announced a deal with Amazon .", "IN NNP NNP VBD DT NN IN NNP .",
                        "in February OpenAI announce a deal with Amazon .",
                        "case 2 1; obl:in 4 2; nsubj 4 3; root 0 4; det 6 5; obj 4 6; case 8 7; nmod:with 6 8;"
                                + " punct 4 9")
                .sentence("On the same day , Microsoft refuted the terms .", "IN DT JJ NN , NNP VBD DT NNS .",
                        "on the same day , Microsoft refute the term .",
                        "case 4 1; det 4 2; amod 4 3; obl:on 7 4; punct 7 5; nsubj 7 6; root 0 7; det 9 8;"
                                + " obj 7 9; punct 7 10")
                .org("OpenAI", 1).org("Amazon", 1).org("Microsoft", 1)
                .date("February", 1, month(2026, 2));
        Run r = run(b);
        Claim deal = r.only("deal");
        assertEquals("Amazon:AGENT,OpenAI:AGENT", roles(deal));
        Claim refute = r.only("refute");
        assertEquals(EventClass.OTHER, refute.eventClass());
        assertNotNull(refute.time());
        assertEquals("2026-02", refute.time().value().value());
        assertEquals(-1, refute.time().mention());
        assertEquals("the same day", refute.time().span().of(r.body()));
    }

    @Test
    void theOwnerOfAnAgreementParsedAsSubjectDoesTheAgreedEvent() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Arden announces its agreement to buy Hanbit .", "NNP VBZ PRP$ NN TO VB NNP .",
                        "Arden announce its agreement to buy Hanbit .",
                        "nsubj 2 1; root 0 2; nmod:poss 4 3; obj 2 4; nsubj:xsubj 6 4; mark 6 5; xcomp 2 6; obj 6 7;"
                                + " punct 2 8")
                .org("Arden", 1).org("Hanbit", 1);
        Claim buy = run(b).only("buy");
        assertEquals(EventClass.ACQUIRE, buy.eventClass());
        assertEquals("Arden:AGENT,Hanbit:PATIENT", roles(buy));
    }

    @Test
    void aCoordinatedVerbHungUnderTheFirstObjectSharesItsSubject() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Google invested $ 3 billion and owns 14 % of Anthropic .",
                        "NNP VBD $ CD CD CC VBZ CD NN IN NNP .",
                        "Google invest $ 3 billion and own 14 % of Anthropic .",
                        "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; cc 7 6; conj:and 3 7; nummod 9 8;"
                                + " obj 7 9; case 11 10; nmod:of 9 11; punct 2 12")
                .org("Google", 1).org("Anthropic", 1)
                .money("$ 3 billion", "3000000000", Qualifier.EXACT);
        Claim own = run(b).only("own");
        assertTrue(roles(own).contains("Google:AGENT"), roles(own));
    }

    @Test
    void aPronounSubjectOfACoordinatedVerbIsTheFirstVerbsSubjectNotOneEmbeddedBetween() {
        // "it signed" coordinated with the main verb "bought"
        assertEquals("Amazon:AGENT,OpenAI:AGENT", roles(coordinatedSigning("conj:and 2 20")),
                "not Microsoft, the subject of the relative clause");
    }

    @Test
    void aPronounSubjectOfAVerbHungOnARelativeClauseIsTheSubjectOfTheClauseItSitsIn() {
        // the parser's reading: "it signed" coordinated with "kept", the verb of the relative clause
        assertEquals("Amazon:AGENT,OpenAI:AGENT", roles(coordinatedSigning("conj:and 14 20")));
    }

    @Test
    void aPronounSubjectOfAClauseMisreadAsASecondRelativeClauseIsTheSubjectOfTheClauseItSitsIn() {
        // CoreNLP's reading of such a sentence in the corpus: ", and it signed" hung on "deal" as a relative
        // clause with no "which" of its own
        assertEquals("Amazon:AGENT,OpenAI:AGENT", roles(coordinatedSigning("acl:relcl 10 20")));
    }

    /**
     * "OpenAI bought $ 250 billion of services in a deal in which Microsoft kept a stake , and it signed a
     * $ 38 billion agreement with Amazon .", with "signed" coordinated as {@code link} says.
     */
    private Claim coordinatedSigning(String link) {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("OpenAI bought $ 250 billion of services in a deal in which Microsoft kept a stake , and it"
                                + " signed a $ 38 billion agreement with Amazon .",
                        "NNP VBD $ CD CD IN NNS IN DT NN IN WDT NNP VBD DT NN , CC PRP VBD DT $ CD CD NN IN NNP .",
                        "OpenAI buy $ 250 billion of service in a deal in which Microsoft keep a stake , and it"
                                + " sign a $ 38 billion agreement with Amazon .",
                        "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; case 7 6; nmod:of 3 7; case 10 8;"
                                + " det 10 9; obl:in 2 10; case 12 11; obl:in 14 12; nsubj 14 13; acl:relcl 10 14;"
                                + " det 16 15; obj 14 16; punct 20 17; cc 20 18; nsubj 20 19; " + link + "; det 25 21;"
                                + " amod 25 22; compound 24 23; nummod 22 24; obj 20 25; case 27 26; nmod:with 25 27;"
                                + " punct 2 28")
                .org("OpenAI", 1).org("Microsoft", 1).org("Amazon", 1)
                .money("$ 250 billion", "250000000000", Qualifier.EXACT)
                .money("$ 38 billion", "38000000000", Qualifier.EXACT);
        Claim sign = run(b).only("sign");
        assertEquals(EventClass.AGREE, sign.eventClass());
        return sign;
    }

    @Test
    void aPronounFollowsAPronounMainSubjectBack() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Amazon invested $ 8 billion .", "NNP VBD $ CD CD .", "Amazon invest $ 8 billion .",
                        "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; punct 2 6")
                .sentence("It invested $ 1 billion when Anthropic hired Bob .", "PRP VBD $ CD CD WRB NNP VBD NNP .",
                        "it invest $ 1 billion when Anthropic hire Bob .",
                        "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; advmod 8 6; nsubj 8 7; advcl 2 8;"
                                + " obj 8 9; punct 2 10")
                .sentence("It invested $ 2 billion .", "PRP VBD $ CD CD .", "it invest $ 2 billion .",
                        "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; punct 2 6")
                .org("Amazon", 1).org("Anthropic", 1)
                .money("$ 8 billion", "8000000000", Qualifier.EXACT)
                .money("$ 1 billion", "1000000000", Qualifier.EXACT)
                .money("$ 2 billion", "2000000000", Qualifier.EXACT);
        List<Claim> invest = run(b).claims().stream().filter(c -> c.lemma().equals("invest")).toList();
        assertEquals(3, invest.size());
        assertEquals("Amazon:AGENT", roles(invest.get(1)));
        assertEquals("Amazon:AGENT", roles(invest.get(2)), "the main subject of the sentence before, not Anthropic");
    }

    @Test
    void aCompanysSharesMovingHappensToTheCompany() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Kairos shares rose 4 % on Monday .", "NNP NNS VBD CD NN IN NNP .",
                        "Kairos share rise 4 % on Monday .",
                        "compound 2 1; nsubj 3 2; root 0 3; nummod 5 4; obj 3 5; case 7 6; obl:on 3 7; punct 3 8")
                .org("Kairos", 1)
                .date("Monday", 1, AnnotationBuilder.day(2026, 4, 27));
        Claim rise = run(b).only("rise");
        assertEquals("Kairos:PATIENT", roles(rise));
        assertEquals("2026-04-27", rise.time().value().value());
    }

    @Test
    void aWordOfAPartysNameIsNoEvent() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Kairos Payments agreed to buy LedgerLeaf .", "NNP NNPS VBD TO VB NNP .",
                        "Kairos Payments agree to buy LedgerLeaf .",
                        "compound 2 1; nsubj 3 2; root 0 3; mark 5 4; xcomp 3 5; nsubj:xsubj 5 2; obj 5 6; punct 3 7")
                .org("Kairos Payments", 1).org("LedgerLeaf", 1);
        Run r = run(b);
        assertTrue(r.claims().stream().noneMatch(c -> c.lemma().equals("payment")), r.claims().toString());
        assertEquals("Kairos Payments:AGENT,LedgerLeaf:PATIENT", roles(r.only("buy")));
    }

    @Test
    void theLeaderOfTheMoneyRaisedIsItsInvestor() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Hearthlight raised $ 95 million from investors , led by Pinebrook .",
                        "NNP VBD $ CD CD IN NNS , VBN IN NNP .",
                        "Hearthlight raise $ 95 million from investor , lead by Pinebrook .",
                        "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; case 7 6; nmod:from 3 7; punct 3 8;"
                                + " acl 3 9; case 11 10; obl:by 9 11; punct 2 12")
                .org("Hearthlight", 1).org("Pinebrook", 1)
                .money("$ 95 million", "95000000", Qualifier.EXACT);
        Run r = run(b);
        assertEquals("Hearthlight:RECIPIENT,Pinebrook:AGENT", roles(r.only("raise")));
        assertTrue(r.claims().stream().noneMatch(c -> c.lemma().equals("lead")), "the leading is part of the raising");
    }

    @Test
    void theLeaderOfARoundHungOnAnAmountInBracketsIsStillTheInvestor() {
        // CoreNLP hangs the round on the converted amount: raised -obj-> Rs -punct-> ( -dep-> $ -nmod:in-> round
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Aranya raised Rs 1,200 crore ( about $ 136 million ) in a round led by Nilgiri .",
                        "NNP VBD $ CD CD -LRB- RB $ CD CD -RRB- IN DT NN VBN IN NNP .",
                        "Aranya raise Rs 1,200 crore ( about $ 136 million ) in a round lead by Nilgiri .",
                        "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; punct 3 6; advmod 8 7; dep 6 8;"
                                + " compound 10 9; nummod 8 10; punct 8 11; case 14 12; det 14 13; nmod:in 8 14;"
                                + " acl 14 15; case 17 16; obl:by 15 17; punct 2 18")
                .org("Aranya", 1).org("Nilgiri", 1)
                .money("Rs 1,200 crore", "12000000000", Qualifier.EXACT)
                .money("about $ 136 million", "136000000", Qualifier.APPROX);
        Run r = run(b);
        assertEquals("Aranya:RECIPIENT,Nilgiri:AGENT", roles(r.only("raise")));
        assertTrue(r.claims().stream().noneMatch(c -> c.lemma().equals("lead")), "the leading is part of the raising");
    }

    /** "Pelican agreed to buy Orbis . Kwan will join Pelican [closing] ." with the deal's closing as given. */
    private Run closingClause(String closing, String tags, String lemmas, String edges, boolean dated) {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Pelican agreed to buy Orbis .", "NNP VBD TO VB NNP .", "Pelican agree to buy Orbis .",
                        "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; nsubj:xsubj 4 1; obj 4 5; punct 2 6")
                .sentence("Kwan will join Pelican " + closing + " .", "NNP MD VB NNP " + tags + " .",
                        "Kwan will join Pelican " + lemmas + " .", "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; " + edges)
                .org("Pelican", 1).org("Orbis", 1).party("Kwan", 1, "Daniel Kwan", PartyKind.PERSON).org("Pelican", 2);
        if (dated) {
            b.date("March", 1, month(2026, 3));
        }
        return run(b);
    }

    @Test
    void aDealsClosingThatOnlyDatesAnotherEventIsNoClaim() {
        Run r = closingClause("when the deal closes", "WRB DT NN VBZ", "when the deal close",
                "advmod 8 5; det 7 6; nsubj 8 7; advcl:when 3 8; punct 3 9", false);
        assertTrue(r.claims().stream().noneMatch(c -> c.lemma().equals("close")), r.claims().toString());
        Run once = closingClause("once the transaction closes", "IN DT NN VBZ", "once the transaction close",
                "mark 8 5; det 7 6; nsubj 8 7; advcl:once 3 8; punct 3 9", false);
        assertTrue(once.claims().stream().noneMatch(c -> c.lemma().equals("close")), once.claims().toString());
    }

    @Test
    void aDealsClosingWithADateOfItsOwnIsAClaim() {
        Run r = closingClause("after the deal closes in March", "IN DT NN VBZ IN NNP", "after the deal close in March",
                "mark 8 5; det 7 6; nsubj 8 7; advcl:after 3 8; case 10 9; obl:in 8 10; punct 3 11", true);
        assertEquals(1, r.claims().stream().filter(c -> c.lemma().equals("close")).count(), r.claims().toString());
    }

    @Test
    void sharesClosingUpIsAPriceMoveNotADealClosing() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Kaminari shares closed up 6.4 % in Tokyo .", "NNP NNS VBD RB CD NN IN NNP .",
                        "Kaminari share close up 6.4 % in Tokyo .",
                        "compound 2 1; nsubj 3 2; root 0 3; advmod 3 4; nummod 6 5; obl:npmod 4 6; case 8 7;"
                                + " obl:in 3 8; punct 3 9")
                .org("Kaminari", 1).percent("6.4 %", "6.4");
        Run r = run(b);
        assertTrue(r.claims().stream().noneMatch(c -> c.eventClass() == EventClass.ACQUIRE), r.claims().toString());
        assertTrue(r.claims().stream().noneMatch(c -> c.lemma().equals("close")), "no money, no date: no claim");
    }

    @Test
    void takingInMoneyIsRaisingIt() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Pellucid took in $ 85 million from Harbor Peak .", "NNP VBD RP $ CD CD IN NNP NNP .",
                        "Pellucid take in $ 85 million from Harbor Peak .",
                        "nsubj 2 1; root 0 2; compound:prt 2 3; obj 2 4; compound 6 5; nummod 4 6; case 9 7;"
                                + " compound 9 8; obl:from 2 9; punct 2 10")
                .org("Pellucid", 1).org("Harbor Peak", 1)
                .money("$ 85 million", "85000000", Qualifier.EXACT);
        Claim took = run(b).only("take");
        assertEquals(EventClass.INVEST, took.eventClass());
        assertEquals("Harbor Peak:AGENT,Pellucid:RECIPIENT", roles(took));
    }

    @Test
    void theSellerOfAStakeBoughtIsPaid() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Lion Gate bought a 60 % stake in Aldgate from Carrow .", "NNP NNP VBD DT CD NN NN IN NNP IN NNP .",
                        "Lion Gate buy a 60 % stake in Aldgate from Carrow .",
                        "compound 2 1; nsubj 3 2; root 0 3; det 7 4; nummod 6 5; compound 7 6; obj 3 7; case 9 8;"
                                + " nmod:in 7 9; case 11 10; obl:from 3 11; punct 3 12")
                .org("Lion Gate", 1).org("Aldgate", 1).org("Carrow", 1).percent("60 %", "60");
        Claim bought = run(b).only("buy");
        assertTrue(roles(bought).contains("Lion Gate:AGENT"), roles(bought));
        assertTrue(roles(bought).contains("Carrow:RECIPIENT"), roles(bought));
    }

    @Test
    void nowIsNoDateForAnEventOutsideTheLexicon() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Now Oracle has to build it .", "RB NNP VBZ TO VB PRP .", "now Oracle have to build it .",
                        "advmod 3 1; nsubj 3 2; root 0 3; mark 5 4; xcomp 3 5; nsubj:xsubj 5 2; obj 5 6; punct 3 7")
                .org("Oracle", 1)
                .date("Now", 1, new org.claimcheck.model.TimeValue("PRESENT_REF", null, null));
        assertTrue(run(b).claims().isEmpty(), run(b).claims().toString());
    }

    @Test
    void aFigureNamedWithoutAnAmountIsNoEarning() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("The order equals 41 % of Daewon 's revenue in 2024 .", "DT NN VBZ CD NN IN NNP POS NN IN CD .",
                        "the order equal 41 % of Daewon 's revenue in 2024 .",
                        "det 2 1; nsubj 3 2; root 0 3; nummod 5 4; obj 3 5; case 9 6; nmod:poss 9 7; case 7 8;"
                                + " nmod:of 5 9; case 11 10; nmod:in 9 11; punct 3 12")
                .org("Daewon", 1).percent("41 %", "41").date("2024", 1, year(2024));
        assertTrue(run(b).claims().stream().noneMatch(c -> c.eventClass() == EventClass.EARN),
                run(b).claims().toString());
        AnnotationBuilder sales = new AnnotationBuilder(PUBLISHED)
                .sentence("SK Hynix accounts for half of Daewon 's sales in 2024 .", "NNP NNP VBZ IN NN IN NNP POS NNS IN CD .",
                        "SK Hynix account for half of Daewon 's sale in 2024 .",
                        "compound 2 1; nsubj 3 2; root 0 3; case 5 4; obl:for 3 5; case 9 6; nmod:poss 9 7; case 7 8;"
                                + " nmod:of 5 9; case 11 10; nmod:in 9 11; punct 3 12")
                .org("SK Hynix", 1).org("Daewon", 1).date("2024", 1, year(2024));
        assertTrue(run(sales).claims().stream().noneMatch(c -> c.lemma().equals("sale")), run(sales).claims().toString());
    }

    @Test
    void keepingABrandIsNoOwnershipButKeepingAStakeIs() {
        AnnotationBuilder brand = new AnnotationBuilder(PUBLISHED)
                .sentence("Corbel will keep the Hearthlight brand .", "NNP MD VB DT NNP NN .",
                        "Corbel will keep the Hearthlight brand .",
                        "nsubj 3 1; aux 3 2; root 0 3; det 6 4; compound 6 5; obj 3 6; punct 3 7")
                .org("Corbel", 1).org("Hearthlight", 1);
        assertTrue(run(brand).claims().stream().noneMatch(c -> c.eventClass() == EventClass.OWN),
                run(brand).claims().toString());
        AnnotationBuilder stake = new AnnotationBuilder(PUBLISHED)
                .sentence("Microsoft kept a stake in OpenAI .", "NNP VBD DT NN IN NNP .",
                        "Microsoft keep a stake in OpenAI .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod:in 4 6; punct 2 7")
                .org("Microsoft", 1).org("OpenAI", 1);
        assertEquals(EventClass.OWN, run(stake).only("keep").eventClass());
    }

    @Test
    void formingAJointVentureIsAnAgreementOfBothSides() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Reliance and Meta will form a joint venture .", "NNP CC NNP MD VB DT JJ NN .",
                        "Reliance and Meta will form a joint venture .",
                        "nsubj 5 1; cc 3 2; conj:and 1 3; nsubj 5 3; aux 5 4; root 0 5; det 8 6; amod 8 7; obj 5 8;"
                                + " punct 5 9")
                .org("Reliance", 1).org("Meta", 1);
        Run r = run(b);
        Claim form = r.only("form");
        assertEquals(EventClass.AGREE, form.eventClass());
        assertEquals("Meta:AGENT,Reliance:AGENT", roles(form));
        assertTrue(r.claims().stream().noneMatch(c -> c.lemma().equals("venture")), "the verb takes the noun in");
    }

    @Test
    void payingForACompanysSharesIsPayingForTheCompany() {
        // the parser hangs "for" on the amount
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Brightwater will pay £ 310 million for Fernhill 's shares .",
                        "NNP MD VB $ CD CD IN NNP POS NNS .",
                        "Brightwater will pay £ 310 million for Fernhill 's share .",
                        "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; compound 6 5; nummod 4 6; case 10 7;"
                                + " nmod:poss 10 8; case 8 9; nmod:for 4 10; punct 3 11")
                .org("Brightwater", 1).org("Fernhill", 1)
                .money("£ 310 million", "310000000", Qualifier.EXACT);
        assertEquals("Brightwater:AGENT,Fernhill:PATIENT", roles(run(b).only("pay")));
    }

    @Test
    void leadingAGroupOfBanksIsNoInvestment() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("A group of banks led by JPMorgan is arranging $ 38 billion of loans in September .",
                        "DT NN IN NNS VBN IN NNP VBZ VBG $ CD CD IN NNS IN NNP .",
                        "a group of bank lead by JPMorgan be arrange $ 38 billion of loan in September .",
                        "det 2 1; nsubj 9 2; case 4 3; nmod:of 2 4; acl 2 5; case 7 6; obl:by 5 7; aux 9 8; root 0 9;"
                                + " obj 9 10; compound 12 11; nummod 10 12; case 14 13; nmod:of 10 14; case 16 15;"
                                + " obl:in 9 16; punct 9 17")
                .org("JPMorgan", 1)
                .money("$ 38 billion", "38000000000", Qualifier.EXACT)
                .date("September", 1, month(2025, 9));
        Run r = run(b);
        assertTrue(r.claims().stream().noneMatch(c -> c.eventClass() == EventClass.INVEST), r.claims().toString());
    }

    @Test
    void aDealNounThatOnlyRanksTheDealMakesNoClaim() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Pelican agreed to acquire Orbis in its biggest deal .", "NNP VBD TO VB NNP IN PRP$ JJS NN .",
                        "Pelican agree to acquire Orbis in its big deal .",
                        "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; nsubj:xsubj 4 1; obj 4 5; case 9 6;"
                                + " nmod:poss 9 7; amod 9 8; obl:in 4 9; punct 2 10")
                .org("Pelican", 1).org("Orbis", 1);
        Run r = run(b);
        assertTrue(r.claims().stream().noneMatch(c -> c.lemma().equals("deal")), r.claims().toString());
        assertEquals("Orbis:PATIENT,Pelican:AGENT", roles(r.only("acquire")));
    }

    @Test
    void aRankedDealNounWithAFigureOfItsOwnStaysAClaim() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Pelican closed its largest deal , worth $ 2 billion .", "NNP VBD PRP$ JJS NN , JJ $ CD CD .",
                        "Pelican close its large deal , worth $ 2 billion .",
                        "nsubj 2 1; root 0 2; nmod:poss 5 3; amod 5 4; obj 2 5; punct 5 6; amod 5 7; dep 7 8;"
                                + " compound 10 9; nummod 8 10; punct 2 11")
                .org("Pelican", 1)
                .money("$ 2 billion", "2000000000", Qualifier.EXACT);
        Run r = run(b);
        assertTrue(r.claims().stream().anyMatch(c -> !c.money().isEmpty()), r.claims().toString());
    }

    @Test
    void anExpectationWhoseComplementIsAnEventMakesNoClaimOfItsOwn() {
        // before, "expects" took the class of the event noun it governs and made a second ACQUIRE claim
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Pelican expects the deal to let it buy Orbis in March .",
                        "NNP VBZ DT NN TO VB PRP VB NNP IN NNP .",
                        "Pelican expect the deal to let it buy Orbis in March .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; mark 6 5; xcomp 2 6; nsubj:xsubj 6 4; obj 6 7;"
                                + " xcomp 6 8; nsubj:xsubj 8 7; obj 8 9; case 11 10; obl:in 8 11; punct 2 12")
                .org("Pelican", 1).org("Orbis", 1);
        Run r = run(b);
        assertTrue(r.claims().stream().noneMatch(c -> c.lemma().equals("expect")), r.claims().toString());
        assertEquals(EventClass.ACQUIRE, r.only("buy").eventClass());
    }

    @Test
    void thePartnerNamedAfterAnAgreementsValueIsASide() {
        // the parser hangs "with" on the amount: agreement -amod-> worth -dep-> $ -nmod:with-> Darcy & Webb
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Quillfeather signed an agreement worth about $ 24 million with Darcy & Webb .",
                        "NNP VBD DT NN JJ RB $ CD CD IN NNP CC NNP .",
                        "Quillfeather sign a agreement worth about $ 24 million with Darcy & Webb .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; amod 4 5; advmod 7 6; dep 5 7; compound 9 8;"
                                + " nummod 7 9; case 11 10; nmod:with 7 11; cc 13 12; nmod:with 7 13; conj:& 11 13;"
                                + " punct 2 14")
                .org("Quillfeather", 1).org("Darcy & Webb", 1)
                .money("about $ 24 million", "24000000", Qualifier.APPROX);
        assertEquals("Darcy & Webb:AGENT,Quillfeather:AGENT", roles(run(b).only("sign")));
    }

    @Test
    void aDescriptionFollowedByANameStandsForTheName() {
        // "with the firm Darcy & Webb": the name is a loose dependent of the description; "the firm" alone would
        // be resolved to the nearest earlier company, Fernwood
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Fernwood backed Quillfeather . Quillfeather signed an agreement worth $ 24 million with the"
                                + " firm Darcy & Webb .",
                        "NNP VBD NNP . NNP VBD DT NN JJ $ CD CD IN DT NN NNP CC NNP .",
                        "Fernwood back Quillfeather . Quillfeather sign a agreement worth $ 24 million with the"
                                + " firm Darcy & Webb .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 2 4; nsubj 6 5; root 0 6; det 8 7; obj 6 8; dep 8 9;"
                                + " dep 9 10; compound 12 11; nummod 10 12; case 15 13; det 15 14; nmod:with 10 15;"
                                + " dep 15 16; cc 18 17; dep 15 18; punct 6 19")
                .org("Fernwood", 1).org("Quillfeather", 1).org("Quillfeather", 2).org("Darcy & Webb", 1)
                .money("$ 24 million", "24000000", Qualifier.EXACT);
        assertEquals("Darcy & Webb:AGENT,Quillfeather:AGENT", roles(run(b).only("sign")));
    }

    @Test
    void theOwnerOfWhatAnAmountBuysIsTheSellerAlsoAfterAnAdjective() {
        // "an" is read as the object, with "additional" and the amount hung under it
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("OpenAI will purchase an additional $ 250 billion of Microsoft 's cloud services .",
                        "NNP MD VB DT JJ $ CD CD IN NNP POS NN NNS .",
                        "OpenAI will purchase a additional $ 250 billion of Microsoft 's cloud service .",
                        "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; amod 4 5; dep 5 6; compound 8 7; nummod 6 8;"
                                + " case 13 9; nmod:poss 13 10; case 10 11; compound 13 12; nmod:of 6 13; punct 3 14")
                .org("OpenAI", 1).org("Microsoft", 1)
                .money("$ 250 billion", "250000000000", Qualifier.EXACT);
        assertEquals("Microsoft:RECIPIENT,OpenAI:AGENT", roles(run(b).only("purchase")));
    }

    @Test
    void theOwnerOfWhatAShareBuysIsTheSeller() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Sakuragawa buys about 30 % of Kaminari 's output .",
                        "NNP VBZ RB CD NN IN NNP POS NN .",
                        "Sakuragawa buy about 30 % of Kaminari 's output .",
                        "nsubj 2 1; root 0 2; advmod 4 3; nummod 5 4; obj 2 5; case 9 6; nmod:poss 9 7; case 7 8;"
                                + " nmod:of 5 9; punct 2 10")
                .org("Sakuragawa", 1).org("Kaminari", 1)
                .percent("30 %", "30");
        Claim buy = run(b).only("buy");
        assertEquals("Kaminari:RECIPIENT,Sakuragawa:AGENT", roles(buy));
    }

    @Test
    void aConversionInBracketsGoesWithItsAmount() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Acme raised ₹ 1,200 crore ( about $ 136 million ) .", "NNP VBD $ CD CD -LRB- RB $ CD CD -RRB- .",
                        "Acme raise ₹ 1,200 crore ( about $ 136 million ) .",
                        "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; punct 8 6; advmod 8 7; parataxis 2 8;"
                                + " compound 10 9; nummod 8 10; punct 8 11; punct 2 12")
                .org("Acme", 1)
                .moneyIn("₹ 1,200 crore", "12000000000", "INR", Qualifier.EXACT)
                .money("$ 136 million", "136000000", Qualifier.APPROX);
        Claim raise = run(b).only("raise");
        assertEquals(2, raise.money().size(), "the rupee amount and its dollar conversion: " + raise.money());
    }

    @Test
    void aLooselyHungRelativeClauseStillHasItsAntecedentAsSubject() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Rheinwert , which reported a profit .", "NNP , WDT VBD DT NN .",
                        "Rheinwert , which report a profit .",
                        "root 0 1; punct 1 2; nsubj 4 3; dep 1 4; det 6 5; obj 4 6; punct 1 7")
                .org("Rheinwert", 1);
        assertEquals("Rheinwert:AGENT", roles(run(b).only("report")));
    }

    @Test
    void aWeekLaterCountsFromTheDayStatedBefore() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Acme agreed the deal on September 15 and closed it a week later .",
                        "NNP VBD DT NN IN NNP CD CC VBD PRP DT NN RB .",
                        "Acme agree the deal on September 15 and close it a week later .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; obl:on 2 6; nummod 6 7; cc 9 8;"
                                + " conj:and 2 9; nsubj 9 1; obj 9 10; det 12 11; obl:npmod 13 12; advmod 9 13; punct 2 14")
                .org("Acme", 1)
                .date("September 15", 1, AnnotationBuilder.day(2025, 9, 15))
                .duration("a week", 1, "P1W");
        Run r = run(b);
        Claim close = r.only("close");
        assertNotNull(close.time());
        assertEquals("2025-09-22", close.time().value().value());
        assertEquals(-1, close.time().mention());
        assertEquals("a week later", close.time().span().of(r.body()));
        assertEquals("2025-09-15", r.only("agree").time().value().value());
    }

    @Test
    void unparsedSentenceGivesAWarningAndNoClaims() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Amazon invested in OpenAI .", "NNP VBD IN NNP .", "Amazon invest in OpenAI .", null)
                .org("Amazon", 1).org("OpenAI", 1);
        Run r = run(b);
        assertTrue(r.claims().isEmpty());
        assertEquals(1, r.result().warnings().size());
    }

    @Test
    void oddEdgesNeverThrow() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Amazon invested in OpenAI .", "NNP VBD IN NNP .", "Amazon invest in OpenAI .",
                        "nsubj 2 1; root 0 2; obl:in 2 4; obl:in 4 2; nsubj 1 1; dep 2 9; case 4 3")
                .org("Amazon", 1).party("OpenAI", 1, "OpenAI", PartyKind.ORGANIZATION);
        assertDoesNotThrow(() -> run(b));
    }

    @Test
    void aDescriptionTakesTheMainSubjectOfTheSentenceBeforeNotAnEmbeddedOne() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Contoso found a buyer for the unit that Fabrikam built .",
                        "NNP VBD DT NN IN DT NN WDT NNP VBD .",
                        "Contoso find a buyer for the unit that Fabrikam build .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 7 5; det 7 6; nmod:for 4 7; obj 10 8;"
                                + " nsubj 10 9; acl:relcl 7 10; punct 2 11")
                .sentence("The company sold the unit to Northwind .", "DT NN VBD DT NN TO NNP .",
                        "the company sell the unit to Northwind .",
                        "det 2 1; nsubj 3 2; root 0 3; det 5 4; obj 3 5; case 7 6; obl:to 3 7; punct 3 8")
                .org("Contoso", 1).org("Fabrikam", 1).org("Northwind", 1);
        Claim sell = run(b).only("sell");
        assertEquals("Contoso:AGENT,Northwind:RECIPIENT", roles(sell));
    }

    @Test
    void phrasalVerbsTakeTheirOwnClass() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Hoffmann took over as chief executive of Corvane in 2025 .",
                        "NNP VBD RP IN JJ NN IN NNP IN CD .",
                        "Hoffmann take over as chief executive of Corvane in 2025 .",
                        "nsubj 2 1; root 0 2; compound:prt 2 3; case 6 4; amod 6 5; obl:as 2 6; case 8 7;"
                                + " nmod:of 6 8; case 10 9; obl:in 2 10; punct 2 11")
                .party("Hoffmann", 1, "Lena Hoffmann", PartyKind.PERSON).org("Corvane", 1)
                .date("2025", 1, year(2025));
        assertEquals(EventClass.APPOINT, run(b).only("take").eventClass(), "taking over a post");
        AnnotationBuilder c = new AnnotationBuilder(PUBLISHED)
                .sentence("Orbis took over Tidewell in 2025 .", "NNP VBD RP NNP IN CD .",
                        "Orbis take over Tidewell in 2025 .",
                        "nsubj 2 1; root 0 2; compound:prt 2 3; obj 2 4; case 6 5; obl:in 2 6; punct 2 7")
                .org("Orbis", 1).org("Tidewell", 1).date("2025", 1, year(2025));
        Claim acquired = run(c).only("take");
        assertEquals(EventClass.ACQUIRE, acquired.eventClass(), "taking over a company");
        assertEquals("Orbis:AGENT,Tidewell:PATIENT", roles(acquired));
    }

    @Test
    void aSpeechVerbWithAnAmountAsObjectIsNoSpeechAndBoundsItsClause() {
        // "added" is a speech verb in "he added"; with an amount as object it is an event of its own
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Amazon invested $ 1 billion in 2023 and added $ 2 billion in 2024 .",
                        "NNP VBD $ CD CD IN CD CC VBD $ CD CD IN CD .",
                        "Amazon invest $ 1 billion in 2023 and add $ 2 billion in 2024 .",
                        "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; case 7 6; obl:in 2 7; cc 9 8;"
                                + " dep 3 9; obj 9 10; compound 12 11; nummod 10 12; case 14 13; obl:in 9 14; punct 2 15")
                .org("Amazon", 1)
                .money("$ 1 billion", "1000000000", Qualifier.EXACT)
                .money("$ 2 billion", "2000000000", Qualifier.EXACT)
                .date("2023", 1, year(2023)).date("2024", 1, year(2024));
        Claim invest = run(b).only("invest");
        assertEquals(1, invest.money().size(), "the added amount is not the investment's");
    }

    @Test
    void anAppointmentVerbWithNoPersonAndNoPostIsNoAppointment() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("OpenAI will run its products on other clouds in 2026 .", "NNP MD VB PRP$ NNS IN JJ NNS IN CD .",
                        "OpenAI will run its product on other cloud in 2026 .",
                        "nsubj 3 1; aux 3 2; root 0 3; nmod:poss 5 4; obj 3 5; case 8 6; amod 8 7; obl:on 3 8;"
                                + " case 10 9; obl:in 3 10; punct 3 11")
                .org("OpenAI", 1).date("2026", 1, year(2026));
        assertEquals(EventClass.OTHER, run(b).only("run").eventClass());
        AnnotationBuilder c = new AnnotationBuilder(PUBLISHED)
                .sentence("Ferri will run the unit from 2026 .", "NNP MD VB DT NN IN CD .",
                        "Ferri will run the unit from 2026 .",
                        "nsubj 3 1; aux 3 2; root 0 3; det 5 4; obj 3 5; case 7 6; obl:from 3 7; punct 3 8")
                .party("Ferri", 1, "Giulia Ferri", PartyKind.PERSON).date("2026", 1, year(2026));
        assertEquals(EventClass.APPOINT, run(c).only("run").eventClass());
    }

    @Test
    void aFiguresChangeIsAnEarningOfItsOwner() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Oracle 's revenue rose to $ 3 billion in 2025 .", "NNP POS NN VBD IN $ CD CD IN CD .",
                        "Oracle 's revenue rise to $ 3 billion in 2025 .",
                        "nmod:poss 3 1; case 1 2; nsubj 4 3; root 0 4; case 6 5; obl:to 4 6; compound 8 7;"
                                + " nummod 6 8; case 10 9; obl:in 4 10; punct 4 11")
                .org("Oracle", 1).money("$ 3 billion", "3000000000", Qualifier.EXACT).date("2025", 1, year(2025));
        Run r = run(b);
        Claim c = r.only("rise");
        assertEquals(EventClass.EARN, c.eventClass());
        assertEquals("Oracle:AGENT", roles(c));
        assertEquals(1, c.money().size());
        assertEquals(1, r.claims().size(), "the figure's own noun makes no second claim");
    }

    @Test
    void raisingAnOfferIsATakeoverStepNotFundraising() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Brennwald raised its offer for Caldera to CHF 1.1 billion .",
                        "NNP VBD PRP$ NN IN NNP IN NNP CD CD .",
                        "Brennwald raise its offer for Caldera to CHF 1.1 billion .",
                        "nsubj 2 1; root 0 2; nmod:poss 4 3; obj 2 4; case 6 5; nmod:for 4 6; case 8 7; obl:to 2 8;"
                                + " compound 10 9; nummod 8 10; punct 2 11")
                .org("Brennwald", 1).org("Caldera", 1).money("CHF 1.1 billion", "1100000000", Qualifier.EXACT);
        Claim c = run(b).only("raise");
        assertEquals(EventClass.ACQUIRE, c.eventClass());
        assertEquals("Brennwald:AGENT,Caldera:PATIENT", roles(c));
    }

    @Test
    void aDayAfterDatesTheClauseADayBeforeTheDayStated() {
        // Reuters reported it on September 10 , a day after Oracle disclosed it .
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Reuters reported it on September 10 , a day after Oracle disclosed it .",
                        "NNP VBD PRP IN NNP CD , DT NN IN NNP VBD PRP .",
                        "Reuters report it on September 10 , a day after Oracle disclose it .",
                        "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:on 2 5; nummod 5 6; punct 5 7; det 9 8;"
                                + " dep 12 9; mark 12 10; nsubj 12 11; dep 5 12; obj 12 13; punct 2 14")
                .org("Reuters", 1).org("Oracle", 1)
                .date("September 10", 1, AnnotationBuilder.day(2025, 9, 10)).duration("a day", 1, "P1D");
        Run r = run(b);
        assertEquals("2025-09-10", r.only("report").time().value().value());
        assertEquals("2025-09-09", r.only("disclose").time().value().value());
    }

    @Test
    void becomingAPostIsAnAppointmentByTheCompanyThatOwnsIt() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Hoffmann became Corvane 's president in 2026 .", "NNP VBD NNP POS NN IN CD .",
                        "Hoffmann become Corvane 's president in 2026 .",
                        "nsubj 2 1; root 0 2; nmod:poss 5 3; case 3 4; xcomp 2 5; case 7 6; obl:in 2 7; punct 2 8")
                .party("Hoffmann", 1, "Lena Hoffmann", PartyKind.PERSON).org("Corvane", 1).date("2026", 1, year(2026));
        Claim c = run(b).only("become");
        assertEquals(EventClass.APPOINT, c.eventClass());
        assertEquals("Corvane:AGENT,Lena Hoffmann:PATIENT", roles(c));
        AnnotationBuilder u = new AnnotationBuilder(PUBLISHED)
                .sentence("Corvane became a unicorn in 2026 .", "NNP VBD DT NN IN CD .",
                        "Corvane become a unicorn in 2026 .",
                        "nsubj 2 1; root 0 2; det 4 3; xcomp 2 4; case 6 5; obl:in 2 6; punct 2 7")
                .org("Corvane", 1).date("2026", 1, year(2026));
        assertTrue(run(u).claims().stream().noneMatch(x -> x.eventClass() == EventClass.APPOINT), "no post, no appointment");
    }

    @Test
    void aShareholderNamedInAppositionHoldsAndItsPossessorIsHeld() {
        // the subject "shareholder" is an event noun with a claim of its own; the verb still takes its appositive
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Tidewell 's largest shareholder , Ria Formosa , holds 45 % of the company .",
                        "NNP POS JJS NN , NNP NNP , VBZ CD NN IN DT NN .",
                        "Tidewell 's large shareholder , Ria Formosa , hold 45 % of the company .",
                        "nmod:poss 4 1; case 1 2; amod 4 3; nsubj 9 4; punct 4 5; compound 7 6; appos 4 7;"
                                + " punct 4 8; root 0 9; nummod 11 10; obj 9 11; case 14 12; det 14 13;"
                                + " nmod:of 11 14; punct 9 15")
                .org("Tidewell", 1).org("Ria Formosa", 1)
                .percent("45 %", "45");
        Run r = run(b);
        Claim hold = r.only("hold");
        assertEquals(EventClass.OWN, hold.eventClass());
        assertEquals("Ria Formosa:AGENT,Tidewell:PATIENT", roles(hold),
                "the holder is the appositive; 'the company' is not the holder itself");
        assertEquals("Ria Formosa:AGENT,Tidewell:PATIENT", roles(r.only("shareholder")));
    }

    @Test
    void holdingTalksOwnsNothing() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Pinewave held talks with LedgerLeaf .", "NNP VBD NNS IN NNP .",
                        "Pinewave hold talk with LedgerLeaf .",
                        "nsubj 2 1; root 0 2; obj 2 3; case 5 4; nmod:with 3 5; punct 2 6")
                .org("Pinewave", 1).org("LedgerLeaf", 1);
        Run r = run(b);
        assertTrue(r.claims().stream().noneMatch(c -> c.eventClass() == EventClass.OWN), () -> r.claims().toString());
    }

    @Test
    void aDescriptionOwningTheObjectIsNotTheSubject() {
        // "the company" cannot be Fernwood, the one that leads; it is the company of the sentence before
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Quillfeather declined to comment .", "NNP VBD TO VB .", "Quillfeather decline to comment .",
                        "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; punct 2 5")
                .sentence("Fernwood led the company 's $ 90 million round .",
                        "NNP VBD DT NN POS $ CD CD NN .",
                        "Fernwood lead the company 's $ 90 million round .",
                        "nsubj 2 1; root 0 2; det 4 3; nmod:poss 9 4; case 4 5; compound 9 6; nummod 6 8;"
                                + " compound 8 7; obj 2 9; punct 2 10")
                .org("Quillfeather", 1).org("Fernwood", 1)
                .money("$ 90 million", "90000000", Qualifier.EXACT);
        Run r = run(b);
        Claim led = r.only("lead");
        assertClaim(led, EventClass.INVEST, "Fernwood:AGENT,Quillfeather:RECIPIENT");
    }

    @Test
    void theOwnerOfTheMainSubjectIsWhatAPronounLaterMeans() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Harrowgate 's shares rose .", "NNP POS NNS VBD .", "Harrowgate 's share rise .",
                        "nmod:poss 3 1; case 1 2; nsubj 4 3; root 0 4; punct 4 5")
                .sentence("It acquired Fenwick .", "PRP VBD NNP .", "it acquire Fenwick .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
                .org("Harrowgate", 1).org("Fenwick", 1);
        assertEquals("Fenwick:PATIENT,Harrowgate:AGENT", roles(run(b).only("acquire")));
    }

    @Test
    void aSentenceThatOpensWithANameIsAboutItWhateverTheParse() {
        // the parser made the name the root of its sentence, so that sentence has no subject
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Nokia licenses patents .", "NNP VBZ NNS .", "Nokia license patent .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
                .sentence("Lumora , based in Shenzhen , shipped phones .", "NNP , VBN IN NNP , VBD NNS .",
                        "Lumora , base in Shenzhen , ship phone .",
                        "root 0 1; punct 1 2; acl 1 3; case 5 4; obl:in 3 5; punct 1 6; dep 1 7; obj 7 8; punct 1 9")
                .sentence("It acquired Fenwick .", "PRP VBD NNP .", "it acquire Fenwick .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
                .org("Nokia", 1).org("Lumora", 1).org("Fenwick", 1);
        assertEquals("Fenwick:PATIENT,Lumora:AGENT", roles(run(b).only("acquire")));
    }

    @Test
    void aClosingSpeakerIsThePartyTheSentenceNamesFirst() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Fujimoto 's unit bought Hoshida 's shares , the company said .",
                        "NNP POS NN VBD NNP POS NNS , DT NN VBD .",
                        "Fujimoto 's unit buy Hoshida 's share , the company say .",
                        "nmod:poss 3 1; case 1 2; nsubj 4 3; ccomp 11 4; nmod:poss 7 5; case 5 6; obj 4 7;"
                                + " punct 11 8; det 10 9; nsubj 11 10; root 0 11; punct 11 12")
                .org("Fujimoto", 1).org("Hoshida", 1);
        Claim bought = run(b).only("buy");
        assertNotNull(bought.attribution());
        assertEquals("Fujimoto", bought.attribution().source(), "not Hoshida, the party named nearest the speaker");
    }

    @Test
    void theCompanyIsTheStorysCompanyRatherThanANewcomerNamedOnce() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Quillfeather raised money .", "NNP VBD NN .", "Quillfeather raise money .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
                .sentence("Quillfeather hired lawyers .", "NNP VBD NNS .", "Quillfeather hire lawyer .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
                .sentence("Quillfeather sells software .", "NNP VBZ NN .", "Quillfeather sell software .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
                .sentence("Fernwood invested again .", "NNP VBD RB .", "Fernwood invest again .",
                        "nsubj 2 1; root 0 2; advmod 2 3; punct 2 4")
                .sentence("The company acquired Tallis .", "DT NN VBD NNP .", "the company acquire Tallis .",
                        "det 2 1; nsubj 3 2; root 0 3; obj 3 4; punct 3 5")
                .sentence("It acquired Orbis .", "PRP VBD NNP .", "it acquire Orbis .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
                .org("Quillfeather", 1).org("Quillfeather", 2).org("Quillfeather", 3).org("Fernwood", 1)
                .org("Tallis", 1).org("Orbis", 1);
        Run r = run(b);
        List<Claim> acquisitions = r.claims().stream().filter(c -> c.lemma().equals("acquire")).toList();
        assertEquals(2, acquisitions.size());
        assertEquals("Quillfeather:AGENT,Tallis:PATIENT", roles(acquisitions.get(0)),
                "a description returns to the story's company");
        assertEquals("Orbis:PATIENT,Quillfeather:AGENT", roles(acquisitions.get(1)),
                "a pronoun follows the description that was the subject before it");
    }

    @Test
    void anOutletThatReportsInAParenthesisIsTheSource() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Astral acquired Quillfeather , TechCrunch reported .", "NNP VBD NNP , NNP VBD .",
                        "Astral acquire Quillfeather , TechCrunch report .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 6 4; nsubj 6 5; parataxis 2 6; punct 2 7")
                .org("Astral", 1).org("Quillfeather", 1).org("TechCrunch", 1);
        Claim acquired = run(b).only("acquire");
        assertNotNull(acquired.attribution());
        assertEquals("TechCrunch", acquired.attribution().source());
        assertEquals("report", acquired.attribution().cue());
        assertEquals(Modality.REPORTED, acquired.modality());
    }

    @Test
    void buyingAMinorityShareOfACompanyIsAnInvestmentButAShareOfItsOutputIsNot() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Astral bought 7 % of Quillfeather .", "NNP VBD CD NN IN NNP .",
                        "Astral buy 7 % of Quillfeather .",
                        "nsubj 2 1; root 0 2; nummod 4 3; obj 2 4; case 6 5; nmod:of 4 6; punct 2 7")
                .sentence("Sakura buys 40 % of its output .", "NNP VBZ CD NN IN PRP$ NN .",
                        "Sakura buy 40 % of its output .",
                        "nsubj 2 1; root 0 2; nummod 4 3; obj 2 4; case 7 5; nmod:poss 7 6; nmod:of 4 7; punct 2 8")
                .org("Astral", 1).org("Quillfeather", 1).org("Sakura", 1)
                .percent("7 %", "7").percent("40 %", "40");
        Run r = run(b);
        Claim stake = r.claims().stream().filter(c -> c.sentence() == 0).findFirst().orElseThrow();
        assertClaim(stake, EventClass.INVEST, "Astral:AGENT,Quillfeather:RECIPIENT");
        Claim goods = r.claims().stream().filter(c -> c.sentence() == 1).findFirst().orElseThrow();
        assertEquals(EventClass.BUY, goods.eventClass());
    }

    @Test
    void openingAnInvestigationIsALegalActionAndOpeningAnOfficeALaunch() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("The Commission opened an investigation .", "DT NNP VBD DT NN .",
                        "the Commission open a investigation .",
                        "det 2 1; nsubj 3 2; root 0 3; det 5 4; obj 3 5; punct 3 6")
                .sentence("Quillfeather opened an office .", "NNP VBD DT NN .", "Quillfeather open a office .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5")
                .org("Commission", 1).org("Quillfeather", 1);
        Run r = run(b);
        Claim probe = r.claims().stream().filter(c -> c.sentence() == 0).findFirst().orElseThrow();
        assertClaim(probe, EventClass.LEGAL_ACTION, "Commission:AGENT");
        assertEquals(List.of(EventClass.LAUNCH),
                r.claims().stream().filter(c -> c.sentence() == 1).map(Claim::eventClass).toList());
    }

    @Test
    void aDealAVerbIsAboutKeepsItsOwnClaim() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("OpenAI ends Microsoft peril over its Amazon deal .", "NNP VBZ NNP NN IN PRP$ NNP NN .",
                        "OpenAI end Microsoft peril over its Amazon deal .",
                        "nsubj 2 1; root 0 2; compound 4 3; obj 2 4; case 8 5; nmod:poss 8 6; compound 8 7;"
                                + " obl:over 2 8; punct 2 9")
                .org("OpenAI", 1).org("Microsoft", 1).org("Amazon", 1);
        Run r = run(b);
        Claim deal = r.only("deal");
        assertClaim(deal, EventClass.AGREE, "Amazon:AGENT,OpenAI:AGENT");
        assertTrue(r.claims().stream().noneMatch(c -> c.lemma().equals("end") && c.eventClass() == EventClass.AGREE),
                () -> r.claims().toString());
    }

    @Test
    void aControlledSubjectThatIsNoPartyGivesWayToTheControllingSubject() {
        // the parser made "options" the one who purchases
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Ryanair is exercising options to purchase Boeing aircraft .", "NNP VBZ VBG NNS TO VB NNP NNS .",
                        "Ryanair be exercise option to purchase Boeing aircraft .",
                        "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; nsubj:xsubj 6 4; mark 6 5; xcomp 3 6;"
                                + " compound 8 7; obj 6 8; punct 3 9")
                .org("Ryanair", 1).org("Boeing", 1);
        Claim purchase = run(b).only("purchase");
        assertTrue(roles(purchase).contains("Ryanair:AGENT"), roles(purchase));
    }

    @Test
    void theOwnerOfWhatAnAmountBuysIsPaid() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("OpenAI will buy $ 250 billion worth of Microsoft cloud services .",
                        "NNP MD VB $ CD CD NN IN NNP NN NNS .",
                        "OpenAI will buy $ 250 billion worth of Microsoft cloud service .",
                        "nsubj 3 1; aux 3 2; root 0 3; nummod 7 4; compound 6 5; nummod 4 6; obj 3 7; case 11 8;"
                                + " compound 10 9; compound 11 10; nmod:of 7 11; punct 3 12")
                .org("OpenAI", 1).org("Microsoft", 1)
                .money("$ 250 billion", "250000000000", Qualifier.EXACT);
        assertClaim(run(b).only("buy"), EventClass.BUY, "Microsoft:RECIPIENT,OpenAI:AGENT");
    }

    @Test
    void whoOwnsWhatIsLicensedGrantsTheLicence() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("The agreement gives Microsoft a license to OpenAI IP .", "DT NN VBZ NNP DT NN TO NNP NN .",
                        "the agreement give Microsoft a license to OpenAI IP .",
                        "det 2 1; nsubj 3 2; root 0 3; iobj 3 4; det 6 5; obj 3 6; case 9 7; compound 9 8;"
                                + " nmod:to 6 9; punct 3 10")
                .org("Microsoft", 1).org("OpenAI", 1);
        assertClaim(run(b).only("give"), EventClass.LICENSE, "Microsoft:RECIPIENT,OpenAI:AGENT");
    }

    @Test
    void theObjectOfPreventDoesWhatItIsPreventedFrom() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("The pact prevented Contoso from selling Fabrikam .", "DT NN VBD NNP IN VBG NNP .",
                        "the pact prevent Contoso from sell Fabrikam .",
                        "det 2 1; nsubj 3 2; root 0 3; obj 3 4; mark 6 5; advcl:from 3 6; obj 6 7; punct 3 8")
                .org("Contoso", 1).org("Fabrikam", 1);
        assertClaim(run(b).only("sell"), EventClass.SELL, "Contoso:AGENT,Fabrikam:PATIENT");
    }

    @Test
    void controlIsFollowedUpAChainOfSubjectlessVerbs() {
        // "stop" has no subject of its own: it is controlled by the object of "allows", which then pays
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("The deal allows Contoso to stop paying a fee to Fabrikam .",
                        "DT NN VBZ NNP TO VB VBG DT NN TO NNP .",
                        "the deal allow Contoso to stop pay a fee to Fabrikam .",
                        "det 2 1; nsubj 3 2; root 0 3; obj 3 4; mark 6 5; xcomp 3 6; xcomp 6 7; det 9 8; obj 7 9;"
                                + " case 11 10; obl:to 7 11; punct 3 12")
                .org("Contoso", 1).org("Fabrikam", 1);
        assertClaim(run(b).only("pay"), EventClass.PAY, "Contoso:AGENT,Fabrikam:RECIPIENT");
    }

    @Test
    void whatAnIfClauseTellsIsConditionalAndKeepingOnIsNoEventOfItsOwn() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Contoso pays the fee if Fabrikam keeps selling chips .",
                        "NNP VBZ DT NN IN NNP VBZ VBG NNS .",
                        "Contoso pay the fee if Fabrikam keep sell chip .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; mark 7 5; nsubj 7 6; advcl:if 2 7; xcomp 7 8;"
                                + " obj 8 9; punct 2 10")
                .org("Contoso", 1).org("Fabrikam", 1);
        Run r = run(b);
        assertEquals(Modality.CONDITIONAL, r.only("pay").modality(), "the main clause depends on the condition");
        Claim sell = r.only("sell");
        assertClaim(sell, EventClass.SELL, "Fabrikam:AGENT");
        assertEquals(Modality.CONDITIONAL, sell.modality(), "the condition itself is no fact");
        assertTrue(r.claims().stream().noneMatch(c -> c.lemma().equals("keep")), "keeping on selling owns nothing");
    }

    @Test
    void whatARegulatorDoesToADealIsALegalAction() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Ofcom approved the acquisition of Fabrikam .", "NNP VBD DT NN IN NNP .",
                        "Ofcom approve the acquisition of Fabrikam .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod:of 4 6; punct 2 7")
                .sentence("Contoso approved the acquisition of Fabrikam .", "NNP VBD DT NN IN NNP .",
                        "Contoso approve the acquisition of Fabrikam .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod:of 4 6; punct 2 7")
                .sentence("Ofcom took a stake in Fabrikam .", "NNP VBD DT NN IN NNP .",
                        "Ofcom take a stake in Fabrikam .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod:in 4 6; punct 2 7")
                .org("Ofcom", 1).org("Fabrikam", 1).org("Contoso", 1).org("Fabrikam", 2).org("Ofcom", 2)
                .org("Fabrikam", 3);
        List<Claim> approvals = run(b).claims();
        assertEquals(EventClass.LEGAL_ACTION, approvals.get(0).eventClass(), "a regulator approving a deal");
        assertEquals(EventClass.ACQUIRE, approvals.get(1).eventClass(), "a company approving it takes the deal's class");
        assertEquals(EventClass.INVEST, approvals.get(2).eventClass(), "a stake a public body takes stays an investment");
    }

    @Test
    void regulatorsAreKnownByTheirNames() {
        assertTrue(Cues.regulator("Korea Fair Trade Commission"));
        assertTrue(Cues.regulator("Competition and Markets Authority"));
        assertTrue(Cues.regulator("Bundeskartellamt"));
        assertTrue(Cues.regulator("U.S. Commerce Department"));
        assertTrue(!Cues.regulator("Qatar Investment Authority"), "a sovereign investor");
        assertTrue(!Cues.regulator("Corvane Pharma"));
    }

    @Test
    void theLastOfTwoToPhrasesNamesWhomALicenceGoesTo() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Contoso licenses the rights to Zorbex to Fabrikam .", "NNP VBZ DT NNS TO NNP TO NNP .",
                        "Contoso license the right to Zorbex to Fabrikam .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod:to 4 6; case 8 7; nmod:to 4 8;"
                                + " punct 2 9")
                .org("Contoso", 1).org("Fabrikam", 1);
        assertClaim(run(b).only("license"), EventClass.LICENSE, "Contoso:AGENT,Fabrikam:RECIPIENT");
    }

    @Test
    void aSuppliersObjectIsItsCustomer() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Contoso supplies Fabrikam with chips .", "NNP VBZ NNP IN NNS .",
                        "Contoso supply Fabrikam with chip .",
                        "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:with 2 5; punct 2 6")
                .org("Contoso", 1).org("Fabrikam", 1);
        assertClaim(run(b).only("supply"), EventClass.SELL, "Contoso:AGENT,Fabrikam:RECIPIENT");
    }

    @Test
    void coLeadsAndParticipantsOfARoundInvestToo() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Contoso led the round , with Fabrikam and Zorbex as co-leads .",
                        "NNP VBD DT NN , IN NNP CC NNP IN NNS .",
                        "Contoso lead the round , with Fabrikam and Zorbex as co-lead .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5; case 7 6; obl:with 2 7; cc 9 8;"
                                + " conj:and 7 9; obl:with 2 9; case 11 10; nmod:as 7 11; punct 2 12")
                .sentence("Quorra raised money with participation from Fabrikam .", "NNP VBD NN IN NN IN NNP .",
                        "Quorra raise money with participation from Fabrikam .",
                        "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:with 2 5; case 7 6; nmod:from 5 7; punct 2 8")
                .org("Contoso", 1).org("Fabrikam", 1).org("Zorbex", 1).org("Quorra", 1).org("Fabrikam", 2);
        Run r = run(b);
        assertClaim(r.only("lead"), EventClass.INVEST, "Contoso:AGENT,Fabrikam:AGENT,Zorbex:AGENT");
        assertClaim(r.only("raise"), EventClass.INVEST, "Fabrikam:AGENT,Quorra:RECIPIENT");
    }

    @Test
    void aDocumentsOwnerAndUnnamedPeopleAreSources() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Contoso bought Fabrikam , according to its filing .", "NNP VBD NNP , VBG TO PRP$ NN .",
                        "Contoso buy Fabrikam , accord to its filing .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 2 4; case 8 5; fixed 5 6; nmod:poss 8 7;"
                                + " obl:according_to 2 8; punct 2 9")
                .sentence("Contoso bought Zorbex , according to two people familiar with the talks who spoke .",
                        "NNP VBD NNP , VBG TO CD NNS JJ IN DT NNS WP VBD .",
                        "Contoso buy Zorbex , accord to two people familiar with the talk who speak .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 2 4; case 8 5; fixed 5 6; nummod 8 7;"
                                + " obl:according_to 2 8; amod 8 9; case 12 10; det 12 11; obl:with 9 12;"
                                + " nsubj 14 13; acl:relcl 12 14; punct 2 15")
                .org("Contoso", 1).org("Fabrikam", 1).org("Contoso", 2).org("Zorbex", 1);
        List<Claim> claims = run(b).claims();
        assertEquals("Contoso", claims.get(0).attribution().source(), "its filing: the filer");
        assertEquals("people familiar with the talks", claims.get(1).attribution().source());
        assertEquals("according to", claims.get(1).attribution().cue());
    }

    @Test
    void raisingAStakeIsBuyingMoreNotReceivingMoney() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Contoso raised its stake in Fabrikam .", "NNP VBD PRP$ NN IN NNP .",
                        "Contoso raise its stake in Fabrikam .",
                        "nsubj 2 1; root 0 2; nmod:poss 4 3; obj 2 4; case 6 5; nmod:in 4 6; punct 2 7")
                .org("Contoso", 1).org("Fabrikam", 1);
        assertClaim(run(b).only("raise"), EventClass.INVEST, "Contoso:AGENT,Fabrikam:RECIPIENT");
    }

    @Test
    void theNounAPassiveParticipleModifiesIsItsPatientEvenWithAnAgent() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Fabrikam , acquired by Contoso , makes chips .", "NNP , VBN IN NNP , VBZ NNS .",
                        "Fabrikam , acquire by Contoso , make chip .",
                        "nsubj 7 1; punct 1 2; acl 1 3; case 5 4; obl:agent 3 5; punct 1 6; root 0 7; obj 7 8;"
                                + " punct 7 9")
                .org("Fabrikam", 1).org("Contoso", 1);
        assertClaim(run(b).only("acquire"), EventClass.ACQUIRE, "Contoso:AGENT,Fabrikam:PATIENT");
    }

    @Test
    void whatTalksAreAboutIsHedgedAndDoneByThoseInTalks() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Contoso is in talks to buy Fabrikam .", "NNP VBZ IN NNS TO VB NNP .",
                        "Contoso be in talk to buy Fabrikam .",
                        "nsubj 4 1; cop 4 2; case 4 3; root 0 4; mark 6 5; acl:to 4 6; obj 6 7; punct 4 8")
                .sentence("Zorbex is not in talks to buy Fabrikam .", "NNP VBZ RB IN NNS TO VB NNP .",
                        "Zorbex be not in talk to buy Fabrikam .",
                        "nsubj 5 1; cop 5 2; advmod 5 3; case 5 4; root 0 5; mark 7 6; acl:to 5 7; obj 7 8; punct 5 9")
                .org("Contoso", 1).org("Fabrikam", 1).org("Zorbex", 1).org("Fabrikam", 2);
        List<Claim> buys = run(b).claims().stream().filter(c -> c.lemma().equals("buy")).toList();
        assertClaim(buys.get(0), EventClass.ACQUIRE, "Contoso:AGENT,Fabrikam:PATIENT");
        assertEquals(Modality.HEDGED, buys.get(0).modality(), "a deal under talks may not happen");
        assertEquals(Modality.NEGATED, buys.get(1).modality(), "not in talks");
    }

    @Test
    void whoSignsADealToBuyBuysAndALooseObjectStillHoldsTheRecipient() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Contoso signed a deal to buy Fabrikam .", "NNP VBD DT NN TO VB NNP .",
                        "Contoso sign a deal to buy Fabrikam .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; nsubj:xsubj 6 4; mark 6 5; xcomp 2 6; obj 6 7;"
                                + " punct 2 8")
                .sentence("Zorbex will invest an additional $ 4 billion in Quorra .",
                        "NNP MD VB DT JJ $ CD CD IN NNP .",
                        "Zorbex will invest a additional $ 4 billion in Quorra .",
                        "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; dep 4 5; dep 5 6; compound 8 7; nummod 6 8;"
                                + " case 10 9; nmod:in 6 10; punct 3 11")
                .org("Contoso", 1).org("Fabrikam", 1).org("Zorbex", 1).org("Quorra", 1);
        Run r = run(b);
        assertClaim(r.only("buy"), EventClass.ACQUIRE, "Contoso:AGENT,Fabrikam:PATIENT");
        assertClaim(r.only("invest"), EventClass.INVEST, "Quorra:RECIPIENT,Zorbex:AGENT");
    }

    @Test
    void aStakeSoldIsInTheCompanySoldAndBeingOrderedToPayIsARuling() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Contoso sold its stake in Fabrikam .", "NNP VBD PRP$ NN IN NNP .",
                        "Contoso sell its stake in Fabrikam .",
                        "nsubj 2 1; root 0 2; nmod:poss 4 3; obj 2 4; case 6 5; nmod:in 4 6; punct 2 7")
                .sentence("Zorbex was ordered to pay a fine .", "NNP VBD VBN TO VB DT NN .",
                        "Zorbex be order to pay a fine .",
                        "nsubj:pass 3 1; aux:pass 3 2; root 0 3; mark 5 4; xcomp 3 5; det 7 6; obj 5 7; punct 3 8")
                .org("Contoso", 1).org("Fabrikam", 1).org("Zorbex", 1);
        Run r = run(b);
        assertClaim(r.only("sell"), EventClass.SELL, "Contoso:AGENT,Fabrikam:PATIENT");
        assertEquals(EventClass.LEGAL_ACTION, r.only("order").eventClass());
    }

    @Test
    void wouldInReportedSpeechIsFuture() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Kairos said it would acquire LedgerLeaf .", "NNP VBD PRP MD VB NNP .",
                        "Kairos say it would acquire LedgerLeaf .",
                        "nsubj 2 1; root 0 2; nsubj 5 3; aux 5 4; ccomp 2 5; obj 5 6; punct 2 7")
                .sentence("Fabrikam would acquire Contoso if regulators agreed .", "NNP MD VB NNP IN NNS VBD .",
                        "Fabrikam would acquire Contoso if regulator agree .",
                        "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; mark 7 5; nsubj 7 6; advcl:if 3 7; punct 3 8")
                .org("Kairos", 1).org("LedgerLeaf", 1).org("Fabrikam", 1).org("Contoso", 1);
        Run r = run(b);
        List<Claim> acquisitions = r.claims().stream().filter(c -> c.lemma().equals("acquire")).toList();
        assertEquals(Modality.FUTURE, acquisitions.get(0).modality(), "said it would acquire");
        assertEquals(Modality.CONDITIONAL, acquisitions.get(1).modality(), "'would' outside reported speech is no future");
    }

    @Test
    void aDescriptionTakesThePartyTheArticleIntroducedWithIt() {
        // recency would say Sanmina, the story so far says nothing clear; "server maker ZT" says ZT
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("AMD bought server maker ZT .", "NNP VBD NN NN NNP .", "AMD buy server maker ZT .",
                        "nsubj 2 1; root 0 2; compound 5 3; compound 5 4; obj 2 5; punct 2 6")
                .sentence("Sanmina acquired the server maker .", "NNP VBD DT NN NN .",
                        "Sanmina acquire the server maker .",
                        "nsubj 2 1; root 0 2; det 5 3; compound 5 4; obj 2 5; punct 2 6")
                .org("AMD", 1).org("ZT", 1).org("Sanmina", 1);
        assertClaim(run(b).only("acquire"), EventClass.ACQUIRE, "Sanmina:AGENT,ZT:PATIENT");
    }

    @Test
    void whoSpendsAnAmountTakesTheStakeItBuys() {
        // the parser hangs "taking" on the amount
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Nvidia will invest $ 5 billion in Intel , taking a stake in the chipmaker .",
                        "NNP MD VB $ CD CD IN NNP , VBG DT NN IN DT NN .",
                        "Nvidia will invest $ 5 billion in Intel , take a stake in the chipmaker .",
                        "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; compound 6 5; nummod 4 6; case 8 7; obl:in 3 8;"
                                + " punct 10 9; acl 4 10; det 12 11; obj 10 12; case 15 13; det 15 14; nmod:in 12 15;"
                                + " punct 3 16")
                .org("Nvidia", 1).org("Intel", 1)
                .money("$ 5 billion", "5000000000", Qualifier.EXACT);
        assertClaim(run(b).only("take"), EventClass.INVEST, "Intel:RECIPIENT,Nvidia:AGENT");
    }

    @Test
    void aClosingSpeechVerbDatesTheDealItTells() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Salesforce will acquire Informatica , the companies said on Tuesday .",
                        "NNP MD VB NNP , DT NNS VBD IN NNP .",
                        "Salesforce will acquire Informatica , the company say on Tuesday .",
                        "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; punct 8 5; det 7 6; nsubj 8 7; parataxis 3 8;"
                                + " case 10 9; obl:on 8 10; punct 3 11")
                .org("Salesforce", 1).org("Informatica", 1)
                .date("Tuesday", 1, AnnotationBuilder.day(2026, 4, 21));
        Claim acquire = run(b).only("acquire");
        assertNotNull(acquire.time());
        assertEquals("2026-04-21", acquire.time().value().value());
    }

    @Test
    void theCompanyOfAnExecutiveWhoSpeaksIsWhatTheSentenceIsAbout() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Informatica shares rose .", "NNP NNS VBD .", "Informatica share rise .",
                        "compound 2 1; nsubj 3 2; root 0 3; punct 3 4")
                .sentence("Benioff , Salesforce 's chief , spoke .", "NNP , NNP POS NN , VBD .",
                        "Benioff , Salesforce 's chief , speak .",
                        "nsubj 7 1; punct 1 2; nmod:poss 5 3; case 3 4; appos 1 5; punct 1 6; root 0 7; punct 7 8")
                .sentence("The company acquired Own .", "DT NN VBD NNP .", "the company acquire Own .",
                        "det 2 1; nsubj 3 2; root 0 3; obj 3 4; punct 3 5")
                .org("Informatica", 1).party("Benioff", 1, "Benioff", PartyKind.PERSON).org("Salesforce", 1)
                .org("Own", 1);
        assertClaim(run(b).only("acquire"), EventClass.ACQUIRE, "Own:PATIENT,Salesforce:AGENT");
    }

    @Test
    void becomingItsShareholderHoldsWhatItRefersTo() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Mistral raised money .", "NNP VBD NN .", "Mistral raise money .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
                .sentence("ASML will become its largest shareholder .", "NNP MD VB PRP$ JJS NN .",
                        "ASML will become its large shareholder .",
                        "nsubj 3 1; aux 3 2; root 0 3; nmod:poss 6 4; amod 6 5; xcomp 3 6; punct 3 7")
                .org("Mistral", 1).org("ASML", 1);
        assertClaim(run(b).only("shareholder"), EventClass.OWN, "ASML:AGENT,Mistral:PATIENT");
    }

    @Test
    void aValuingParticipleValuesItsObjectAndActsForNoOne() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Mistral raised money , valuing the start-up at $ 11 billion .",
                        "NNP VBD NN , VBG DT NN IN $ CD CD .",
                        "Mistral raise money , value the start-up at $ 11 billion .",
                        "nsubj 2 1; root 0 2; obj 2 3; punct 5 4; advcl 2 5; det 7 6; obj 5 7; case 9 8;"
                                + " obl:at 5 9; compound 11 10; nummod 9 11; punct 2 12")
                .org("Mistral", 1)
                .money("$ 11 billion", "11000000000", Qualifier.EXACT);
        assertEquals("Mistral:PATIENT", roles(run(b).only("value")));
    }

    @Test
    void aRelativePronounHeadingItsClauseStandsForTheNameItHangsOn() {
        // the parser's reading of "Calder Bridge, which bought Fernhill in 2021, will ...": the verb under the
        // pronoun, the pronoun in apposition to the name
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Calder Bridge , which bought Fernhill in 2021 .", "NNP NNP , WDT VBD NNP IN CD .",
                        "Calder Bridge , which buy Fernhill in 2021 .",
                        "compound 2 1; root 0 2; punct 2 3; appos 2 4; acl 4 5; obj 5 6; case 8 7; obl:in 5 8;"
                                + " punct 2 9")
                .org("Calder Bridge", 1).org("Fernhill", 1);
        assertEquals("Calder Bridge:AGENT,Fernhill:PATIENT", roles(run(b).only("buy")));
    }

    @Test
    void havingRevenueOfAnAmountIsEarningIt() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Havbro had revenue of $ 415 million in 2024 .", "NNP VBD NN IN $ CD CD IN CD .",
                        "Havbro have revenue of $ 415 million in 2024 .",
                        "nsubj 2 1; root 0 2; obj 2 3; case 5 4; nmod:of 3 5; compound 7 6; nummod 5 7; case 9 8;"
                                + " obl:in 2 9; punct 2 10")
                .org("Havbro", 1)
                .money("$ 415 million", "415000000", Qualifier.EXACT)
                .sentence("Havbro has sales teams in Oslo .", "NNP VBZ NNS NNS IN NNP .",
                        "Havbro have sale team in Oslo .",
                        "nsubj 2 1; root 0 2; compound 4 3; obj 2 4; case 6 5; obl:in 2 6; punct 2 7")
                .org("Havbro", 2);
        Run r = run(b);
        Claim have = r.only("have");
        assertEquals(EventClass.EARN, have.eventClass());
        assertEquals("Havbro:AGENT", roles(have));
        assertEquals(1, have.money().size());
        assertEquals(1, r.claims().size(), "having sales teams states no figure: " + r.claims());
    }

    @Test
    void aRoundComesFromTheInvestorsItNamesAsExamples() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Wiz raised $ 1 billion from investors including Thrive and Accel .",
                        "NNP VBD $ CD CD IN NNS VBG NNP CC NNP .",
                        "Wiz raise $ 1 billion from investor include Thrive and Accel .",
                        "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; case 7 6; nmod:from 3 7; case 9 8;"
                                + " nmod:including 7 9; cc 11 10; nmod:including 7 11; conj:and 9 11; punct 2 12")
                .org("Wiz", 1).org("Thrive", 1).org("Accel", 1)
                .money("$ 1 billion", "1000000000", Qualifier.EXACT);
        assertEquals("Accel:AGENT,Thrive:AGENT,Wiz:RECIPIENT", roles(run(b).only("raise")));
    }

    @Test
    void aDealAnnouncedInAParticipleIsAnnouncedByItsSides() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Acme 's partnership with Beta , announced in May 2024 , is worth $ 250 million .",
                        "NNP POS NN IN NNP , VBN IN NNP CD , VBZ JJ $ CD CD .",
                        "Acme 's partnership with Beta , announce in May 2024 , be worth $ 250 million .",
                        "nmod:poss 3 1; case 1 2; nsubj 13 3; case 5 4; nmod:with 3 5; punct 3 6; acl 3 7; case 9 8;"
                                + " obl:in 7 9; nummod 9 10; punct 3 11; cop 13 12; root 0 13; obj 13 14; compound 16 15;"
                                + " nummod 14 16; punct 13 17")
                .org("Acme", 1).org("Beta", 1)
                .date("May 2024", 1, AnnotationBuilder.month(2024, 5))
                .money("$ 250 million", "250000000", Qualifier.EXACT);
        Claim announced = run(b).only("announce");
        assertEquals(EventClass.ANNOUNCE, announced.eventClass());
        assertEquals("Acme:AGENT,Beta:AGENT", roles(announced));
        assertEquals("2024-05", announced.time().value().value());
    }

    @Test
    void theTwoSidesOfASentenceNamingAPersonAreItsTwoCompanies() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Havbro chief Signe Mortensen approached Tidewell , and the two sides agreed on a price .",
                        "NNP NN NNP NNP VBD NNP , CC DT CD NNS VBD IN DT NN .",
                        "Havbro chief Signe Mortensen approach Tidewell , and the two side agree on a price .",
                        "compound 2 1; compound 4 2; compound 4 3; nsubj 5 4; root 0 5; obj 5 6; punct 5 7; cc 12 8;"
                                + " det 11 9; nummod 11 10; nsubj 12 11; conj:and 5 12; case 15 13; det 15 14;"
                                + " obl:on 12 15; punct 5 16")
                .org("Havbro", 1).party("Signe Mortensen", 1, "Signe Mortensen", PartyKind.PERSON)
                .org("Tidewell", 1);
        assertEquals("Havbro:AGENT,Tidewell:AGENT", roles(run(b).only("agree")));
    }

    @Test
    void whoSignsAContractToSupplyIsTheSupplier() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Daewon signed a contract to supply testers to Hynix .",
                        "NNP VBD DT NN TO VB NNS IN NNP .",
                        "Daewon sign a contract to supply tester to Hynix .",
                        "nsubj 2 1; root 0 2; det 4 3; obj 2 4; nsubj:xsubj 6 4; mark 6 5; xcomp 2 6; obj 6 7;"
                                + " case 9 8; obl:to 6 9; punct 2 10")
                .org("Daewon", 1).org("Hynix", 1);
        assertEquals("Daewon:AGENT,Hynix:RECIPIENT", roles(run(b).only("supply")));
    }

    @Test
    void aComplaintFromACompanyIsFiledByIt() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("The case began with a complaint in 2021 from Adbridge .",
                        "DT NN VBD IN DT NN IN CD IN NNP .",
                        "the case begin with a complaint in 2021 from Adbridge .",
                        "det 2 1; nsubj 3 2; root 0 3; case 6 4; det 6 5; obl:with 3 6; case 8 7; nmod:in 6 8;"
                                + " case 10 9; nmod:from 6 10; punct 3 11")
                .org("Adbridge", 1)
                .date("2021", 1, AnnotationBuilder.year(2021));
        assertEquals("Adbridge:AGENT", roles(run(b).only("complaint")));
    }

    @Test
    void aCompanyNamedWithAWordLeftOutOfItsMentionIsWhatIsBought() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Kestrel agreed to buy lithium producer Pilbara Crest Lithium .",
                        "NNP VBD TO VB NN NN NNP NNP NNP .",
                        "Kestrel agree to buy lithium producer Pilbara Crest Lithium .",
                        "nsubj 2 1; nsubj:xsubj 4 1; root 0 2; mark 4 3; xcomp 2 4; compound 6 5; compound 9 6;"
                                + " compound 8 7; compound 9 8; obj 4 9; punct 2 10")
                .org("Kestrel", 1).party("Pilbara Crest", 1, "Pilbara Crest", PartyKind.ORGANIZATION);
        Claim buy = run(b).only("buy");
        assertEquals(EventClass.ACQUIRE, buy.eventClass());
        assertEquals("Kestrel:AGENT,Pilbara Crest:PATIENT", roles(buy));
    }

    @Test
    void aDealReferredBackToWithNothingNewIsNoClaim() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Nvidia agreed to invest $ 5 billion in Intel .", "NNP VBD TO VB $ CD CD IN NNP .",
                        "Nvidia agree to invest $ 5 billion in Intel .",
                        "nsubj 2 1; nsubj:xsubj 4 1; root 0 2; mark 4 3; xcomp 2 4; obj 4 5; compound 7 6; nummod 5 7;"
                                + " case 9 8; obl:in 4 9; punct 2 10")
                .org("Nvidia", 1).org("Intel", 1)
                .money("$ 5 billion", "5000000000", Qualifier.EXACT)
                .sentence("Huang said the Intel deal was about products .", "NNP VBD DT NNP NN VBD IN NNS .",
                        "Huang say the Intel deal be about product .",
                        "nsubj 2 1; root 0 2; det 5 3; compound 5 4; nsubj 8 5; cop 8 6; case 8 7; ccomp 2 8;"
                                + " punct 2 9")
                .party("Huang", 1, "Huang", PartyKind.PERSON).org("Intel", 2);
        Run r = run(b);
        assertEquals(1, r.claims().stream().filter(c -> c.lemma().equals("invest")).count());
        assertTrue(r.claims().stream().noneMatch(c -> c.lemma().equals("deal")), r.claims()::toString);
    }

    @Test
    void aDealBesideWhichSomethingHappensIsNotWhatHappens() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Alongside the deal , Helix raised its forecast to 640 million francs .",
                        "IN DT NN , NNP VBD PRP$ NN TO CD CD NNS .",
                        "alongside the deal , Helix raise its forecast to 640 million franc .",
                        "case 3 1; det 3 2; obl:alongside 6 3; punct 6 4; nsubj 6 5; root 0 6; nmod:poss 8 7;"
                                + " obj 6 8; case 12 9; compound 11 10; nummod 12 11; obl:to 6 12; punct 6 13")
                .org("Helix", 1)
                .money("640 million francs", "640000000", Qualifier.EXACT);
        Claim raised = run(b).only("raise");
        assertEquals(EventClass.OTHER, raised.eventClass(), "raising a forecast beside a deal makes no deal");
    }

    @Test
    void anAmountOfAnotherClauseIsNoStrayOfTheSigning() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Catz said Oracle had signed four contracts and expects revenue to reach $ 144 billion .",
                        "NNP VBD NNP VBD VBN CD NNS CC VBZ NN TO VB $ CD CD .",
                        "Catz say Oracle have sign four contract and expect revenue to reach $ 144 billion .",
                        "nsubj 2 1; root 0 2; nsubj 5 3; aux 5 4; ccomp 2 5; nummod 7 6; obj 5 7; cc 9 8;"
                                + " conj:and 2 9; obj 9 10; nsubj:xsubj 12 10; mark 12 11; xcomp 9 12; obj 12 13;"
                                + " compound 15 14; nummod 13 15; punct 2 16")
                .party("Catz", 1, "Safra Catz", PartyKind.PERSON).org("Oracle", 1)
                .money("$ 144 billion", "144000000000", Qualifier.EXACT);
        Claim signed = run(b).only("sign");
        assertTrue(signed.money().isEmpty(), signed::toString);
    }

    @Test
    void aCompanysBoardActsForIt() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Havbro 's board approved the offer on Sunday .", "NNP POS NN VBD DT NN IN NNP .",
                        "Havbro 's board approve the offer on Sunday .",
                        "nmod:poss 3 1; case 1 2; nsubj 4 3; root 0 4; det 6 5; obj 4 6; case 8 7; obl:on 4 8;"
                                + " punct 4 9")
                .org("Havbro", 1)
                .date("Sunday", 1, AnnotationBuilder.month(2025, 11));
        assertEquals("Havbro:AGENT", roles(run(b).only("approve")));
    }

    @Test
    void theTwoCompaniesOfAnEarlierSentenceAreTheSidesOfTheStorysDeal() {
        AnnotationBuilder b = new AnnotationBuilder(PUBLISHED)
                .sentence("Orrin agreed to buy Velora for $ 2.4 billion .", "NNP VBD TO VB NNP IN $ CD CD .",
                        "Orrin agree to buy Velora for $ 2.4 billion .",
                        "nsubj 2 1; nsubj:xsubj 4 1; root 0 2; mark 4 3; xcomp 2 4; obj 4 5; case 7 6; obl:for 4 7;"
                                + " compound 9 8; nummod 7 9; punct 2 10")
                .org("Orrin", 1).org("Velora", 1)
                .money("$ 2.4 billion", "2400000000", Qualifier.EXACT)
                .sentence("The two companies filed for clearance on November 10 .", "DT CD NNS VBD IN NN IN NNP CD .",
                        "the two company file for clearance on November 10 .",
                        "det 3 1; nummod 3 2; nsubj 4 3; root 0 4; case 6 5; obl:for 4 6; case 8 7; obl:on 4 8;"
                                + " nummod 8 9; punct 4 10")
                .date("November 10", 1, AnnotationBuilder.month(2025, 11));
        Claim filed = run(b).only("file");
        assertEquals("Orrin:AGENT,Velora:AGENT", roles(filed));
        assertEquals("The two companies", filed.parties().get(0).span().of(b.body()));
    }
}
