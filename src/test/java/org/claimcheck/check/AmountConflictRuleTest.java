package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Qualifier;
import org.junit.jupiter.api.Test;

class AmountConflictRuleTest {

    private static final String TWO = "In February Amazon agreed to invest %s in OpenAI. "
            + "Amazon's February investment of %s in OpenAI was its largest.";

    private static List<Finding> run(ArticleFacts f) {
        return new AmountConflictRule().apply(f);
    }

    /** Two dated statements of one investment, with the given amount texts, values and qualifiers. */
    private static ArticleFacts twice(String t1, String v1, Qualifier q1, String t2, String v2, Qualifier q2) {
        FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, TWO, t1, t2));
        int feb1 = b.date("February", "2026-02");
        int m1 = b.money(t1.replaceFirst("^(up to|about) ", ""), v1, q1);
        int feb2 = b.date("February", "2026-02");
        int m2 = b.money(t2.replaceFirst("^(up to|about) ", ""), v2, q2);
        b.claim("invest", EventClass.INVEST).agent("Amazon").recipient("OpenAI").money(m1).time(feb1);
        b.claim("investment", EventClass.INVEST).agent("Amazon").recipient("OpenAI").money(m2).time(feb2);
        return b.build();
    }

    @Test
    void differentAmountsForOneInvestment() {
        ArticleFacts f = twice("$38 billion", "38000000000", Qualifier.EXACT, "$28 billion", "28000000000", Qualifier.EXACT);
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        Finding x = found.get(0);
        assertEquals(FindingType.AMOUNT_CONFLICT, x.type());
        assertEquals(List.of("$38 billion", "$28 billion"), x.spans().stream().map(f::text).toList());
        assertEquals(List.of("c1", "c2"), x.claims());
        assertTrue(x.message().contains("\"$38 billion\"") && x.message().contains("\"$28 billion\""), x.message());
    }

    @Test
    void qualifiersAndRoundingAreRespected() {
        assertTrue(run(twice("up to $50 billion", "50000000000", Qualifier.UP_TO,
                "$50 billion", "50000000000", Qualifier.EXACT)).isEmpty());
        assertTrue(run(twice("about $50 billion", "50000000000", Qualifier.APPROX,
                "$49.8 billion", "49800000000", Qualifier.EXACT)).isEmpty());
        assertTrue(run(twice("$1.2 billion", "1200000000", Qualifier.EXACT,
                "$1.23 billion", "1230000000", Qualifier.EXACT)).isEmpty());
        assertEquals(1, run(twice("up to $50 billion", "50000000000", Qualifier.UP_TO,
                "$60 billion", "60000000000", Qualifier.EXACT)).size());
    }

    @Test
    void differentInvestorsAreDifferentEvents() {
        FactsBuilder b = new FactsBuilder("Amazon invested $8 billion in Anthropic. Google invested $3 billion in Anthropic.");
        int m1 = b.money("$8 billion", "8000000000");
        int m2 = b.money("$3 billion", "3000000000");
        b.claim("invested", EventClass.INVEST).agent("Amazon").recipient("Anthropic").money(m1);
        b.claim("invested", EventClass.INVEST).agent("Google").recipient("Anthropic").money(m2);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void seedNearMissTheNovemberDealIsAnotherDeal() {
        String body = "OpenAI signed its deal worth up to $50 billion with Amazon. "
                + "In February Amazon announced an investment of up to $50 billion in OpenAI. "
                + "In November OpenAI and Amazon sign their first agreement, in which OpenAI contracts for $38 billion.";
        FactsBuilder b = new FactsBuilder(body);
        int deal = b.money("$50 billion", "50000000000", Qualifier.UP_TO);
        int feb = b.date("February", "2026-02");
        int inv = b.money("$50 billion", "50000000000", Qualifier.UP_TO);
        int nov = b.date("November", "2025-11");
        int cloud = b.money("$38 billion", "38000000000");
        b.claim("signed", EventClass.AGREE).agent("OpenAI").agent("Amazon").money(deal);
        b.claim("investment", EventClass.INVEST).agent("Amazon").recipient("OpenAI").money(inv).time(feb);
        b.claim("sign", EventClass.AGREE).agent("OpenAI").agent("Amazon").money(cloud).time(nov);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void forecastAndOutcomeAndDenialAreNotCompared() {
        String body = "Amazon will invest $60 billion in OpenAI in 2027. Amazon invested $50 billion in OpenAI in 2027. "
                + "Amazon did not invest $70 billion in OpenAI in 2027.";
        FactsBuilder b = new FactsBuilder(body);
        int y1 = b.date("2027", "2027");
        int m1 = b.money("$60 billion", "60000000000");
        int m2 = b.money("$50 billion", "50000000000");
        int y2 = b.date("2027", "2027");
        int m3 = b.money("$70 billion", "70000000000");
        int y3 = b.date("2027", "2027");
        b.claim("invest", EventClass.INVEST).agent("Amazon").recipient("OpenAI").money(m1).time(y1)
                .modality(Modality.FUTURE);
        b.claim("invested", EventClass.INVEST).agent("Amazon").recipient("OpenAI").money(m2).time(y2);
        b.claim("invest", EventClass.INVEST).agent("Amazon").recipient("OpenAI").money(m3).time(y3)
                .modality(Modality.NEGATED);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void differentSourcesGiveAWarning() {
        String body = "Amazon paid $2 billion for Zoox, the company said. Amazon paid $3 billion for Zoox, Reuters reported.";
        FactsBuilder b = new FactsBuilder(body);
        int m1 = b.money("$2 billion", "2000000000");
        int m2 = b.money("$3 billion", "3000000000");
        b.claim("paid", EventClass.ACQUIRE).agent("Amazon").patient("Zoox").money(m1).source("Amazon");
        b.claim("paid", EventClass.ACQUIRE).agent("Amazon").patient("Zoox").money(m2).source("Reuters");
        List<Finding> found = run(b.build());
        assertEquals(1, found.size());
        assertEquals(org.claimcheck.model.Severity.WARNING, found.get(0).severity());
    }

    @Test
    void aCorrectionNoteIsNoStatement() {
        String body = "Amazon has invested $8 billion in Anthropic in total.\nCorrection: An earlier version of this "
                + "article said Amazon invested $4 billion in Anthropic. Amazon invested $1.25 billion in Anthropic at first.";
        FactsBuilder b = new FactsBuilder(body);
        int total = b.money("$8 billion", "8000000000");
        int wrong = b.money("$4 billion", "4000000000");
        int first = b.money("$1.25 billion", "1250000000");
        b.claim("invested", EventClass.INVEST).agent("Amazon").recipient("Anthropic").money(total);
        b.claim("invested", EventClass.INVEST).agent("Amazon").recipient("Anthropic").money(wrong);
        b.claim("invested", EventClass.INVEST).agent("Amazon").recipient("Anthropic").money(first);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void aHeadlineAndItsLedeGiveTheSameInvestment() {
        String body = "Google to invest $15 billion in India AI hub\n\nGoogle will invest $21 billion over five years "
                + "to build a data centre hub in the south of India, the company said on Tuesday.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Google", "Google");
        b.org("Google", "Google");
        int h = b.money("$15 billion", "15000000000");
        int l = b.money("$21 billion", "21000000000");
        b.claim("invest", EventClass.INVEST).agent("Google").money(h);
        b.claim("invest", EventClass.INVEST).agent("Google").money(l).modality(Modality.FUTURE);
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(List.of("$15 billion", "$21 billion"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void twoBodySentencesWithOneSharedPartyAreNotPaired() {
        String body = "Google said it would invest $15 billion in India. Google will invest $21 billion in Brazil, "
                + "the company said on Tuesday.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Google", "Google");
        b.org("Google", "Google");
        int h = b.money("$15 billion", "15000000000");
        int l = b.money("$21 billion", "21000000000");
        b.claim("invest", EventClass.INVEST).agent("Google").money(h).modality(Modality.FUTURE);
        b.claim("invest", EventClass.INVEST).agent("Google").money(l).modality(Modality.FUTURE);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void aPriceAShareIsNoTotal() {
        String body = "Nvidia will invest $5 billion in Intel. Nvidia will buy Intel common stock at $23.28 a share.";
        FactsBuilder b = new FactsBuilder(body);
        int total = b.money("$5 billion", "5000000000");
        int price = b.money("$23.28", "23.28");
        b.claim("invest", EventClass.INVEST).agent("Nvidia").recipient("Intel").money(total).modality(Modality.FUTURE);
        b.claim("buy", EventClass.INVEST).agent("Nvidia").recipient("Intel").money(price).modality(Modality.FUTURE);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void aTrancheAddedToAPriceIsNotThePrice() {
        String body = "Sanmina will pay for ZT Systems when the deal closes, and up to $450 million more over three years. "
                + "Sanmina paid $3 billion for ZT Systems.";
        FactsBuilder b = new FactsBuilder(body);
        int more = b.money("$450 million", "450000000", Qualifier.UP_TO);
        int price = b.money("$3 billion", "3000000000");
        b.claim("pay", EventClass.PAY).agent("Sanmina").patient("ZT Systems").money(more);
        b.claim("paid", EventClass.PAY).agent("Sanmina").patient("ZT Systems").money(price);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void aValuationStatesTheTakeoversPriceButNotAnInvestments() {
        String body = "The transaction was valued at about $35 billion in January 2024. "
                + "On January 16, 2024, the companies announced the agreement, valuing Ansys at about $53 billion.";
        FactsBuilder b = new FactsBuilder(body);
        int m1 = b.money("$35 billion", "35000000000", Qualifier.APPROX);
        int t1 = b.date("January 2024", "2024-01");
        int m2 = b.money("$53 billion", "53000000000", Qualifier.APPROX);
        int t2 = b.date("January 16, 2024", "2024-01-16");
        b.claim("valued", EventClass.ACQUIRE).lemma("value").agent("Synopsys").patient("Ansys").money(m1).time(t1);
        b.claim("valuing", EventClass.OTHER).lemma("value").agent("Synopsys").patient("Ansys").money(m2).time(t2);
        List<Finding> found = new AmountConflictRule().apply(b.build());
        assertEquals(1, found.size(), found::toString);

        String round = "SoftBank invested $40 billion in OpenAI in March. "
                + "In March the round led by SoftBank valued OpenAI at $300 billion.";
        FactsBuilder c = new FactsBuilder(round);
        int r1 = c.money("$40 billion", "40000000000");
        int rt1 = c.date("March", "2025-03");
        int r2 = c.money("$300 billion", "300000000000");
        int rt2 = c.date("March", "2025-03");
        c.claim("invested", EventClass.INVEST).agent("SoftBank").recipient("OpenAI").money(r1).time(rt1);
        c.claim("valued", EventClass.OTHER).lemma("value").agent("SoftBank").patient("OpenAI").money(r2).time(rt2);
        assertTrue(new AmountConflictRule().apply(c.build()).isEmpty(), "a round's valuation is not the amount invested");
    }

    @Test
    void aRaisedOfferIsANewAmountNotAContradiction() {
        String body = "Brennwald agreed to buy Caldera for CHF 1 billion in April. "
                + "Brennwald raised its offer for Caldera to CHF 1.1 billion in April.";
        FactsBuilder b = new FactsBuilder(body);
        int m1 = b.moneyIn("CHF 1 billion", "1000000000", "CHF");
        int t1 = b.date("April", "2026-04");
        int m2 = b.moneyIn("CHF 1.1 billion", "1100000000", "CHF");
        int t2 = b.date("April", "2026-04");
        b.claim("buy", EventClass.ACQUIRE).agent("Brennwald").patient("Caldera").money(m1).time(t1);
        b.claim("raised", EventClass.ACQUIRE).lemma("raise").agent("Brennwald").patient("Caldera").money(m2).time(t2);
        assertTrue(new AmountConflictRule().apply(b.build()).isEmpty());
    }

    @Test
    void anInvestorsPartInAListOfPartsIsNoRestatementOfTheRound() {
        String body = "Tallowbird raised €120 million in a round led by Index. Index put in €50 million, Cherry "
                + "contributed €45 million, and Aldermoor invested €25 million.";
        FactsBuilder b = new FactsBuilder(body);
        int total = b.moneyIn("€120 million", "120000000", "EUR");
        b.moneyIn("€50 million", "50000000", "EUR");
        b.moneyIn("€45 million", "45000000", "EUR");
        int part = b.moneyIn("€25 million", "25000000", "EUR");
        b.claim("raised", EventClass.INVEST).agent("Index").recipient("Tallowbird").money(total);
        b.claim("invested", EventClass.INVEST).agent("Index").recipient("Tallowbird").money(part);
        assertTrue(new AmountConflictRule().apply(b.build()).isEmpty());
    }
}
