package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Qualifier;
import org.junit.jupiter.api.Test;

class DealValueRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new DealValueRule().apply(f);
    }

    @Test
    void aValueReferredBackAgainstTheValueTold() {
        String body = "Solstice has signed a contract worth up to $12 billion with Vantage. "
                + "The $19 billion contract is the largest in Vantage's history.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$12 billion", "12000000000", Qualifier.UP_TO);
        b.money("$19 billion", "19000000000");
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.AMOUNT_CONFLICT, found.get(0).type());
        assertEquals(List.of("$12 billion", "$19 billion"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void agreeingValuesAndOtherDealsRaiseNothing() {
        String agree = "Solstice has signed a contract worth up to $12 billion with Vantage. "
                + "The $12 billion contract is the largest in Vantage's history.";
        FactsBuilder a = new FactsBuilder(agree);
        a.money("$12 billion", "12000000000", Qualifier.UP_TO);
        a.money("$12 billion", "12000000000");
        assertTrue(run(a.build()).isEmpty());
        String other = "Solstice has signed a contract worth up to $12 billion with Vantage. Vantage also holds "
                + "contracts with two banks. The $19 billion contract is the largest in its history.";
        FactsBuilder b = new FactsBuilder(other);
        b.money("$12 billion", "12000000000", Qualifier.UP_TO);
        b.money("$19 billion", "19000000000");
        assertTrue(run(b.build()).isEmpty(), "the contract last named before states no value");
        String offer = "Acme agreed a deal worth $2 billion for Beta. The revised $3 billion deal was approved.";
        FactsBuilder c = new FactsBuilder(offer);
        c.money("$2 billion", "2000000000");
        c.money("$3 billion", "3000000000");
        assertTrue(run(c.build()).isEmpty(), "a revised deal is a new value, not a contradiction");
    }

    /** A takeover told with its price, and "the ... price" or "payout" referred back to further down. */
    private static ArticleFacts takeoverAndPrice(String body, String told, String toldAmount, String back,
                                                 String backAmount) {
        FactsBuilder b = new FactsBuilder(body);
        b.org("Kessler", "Kessler");
        int m1 = b.money(told, toldAmount);
        b.money(back, backAmount);
        b.claim("buy", EventClass.ACQUIRE).agent("Kessler").patient("Vondel").money(m1);
        return b.build();
    }

    @Test
    void thePriceReferredBackAgainstTheTakeoverTold() {
        ArticleFacts f = takeoverAndPrice("Kessler has agreed to buy Vondel for €1.2bn in cash. Analysts said the "
                + "€1.35bn price for Vondel's equity looked full.", "€1.2bn", "1200000000", "€1.35bn", "1350000000");
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("€1.2bn", "€1.35bn"), found.get(0).spans().stream().map(f::text).toList());
        ArticleFacts payout = takeoverAndPrice("Kessler will buy Vondel for Rs 4,500 crore. Kessler said it would fund "
                + "the Rs 4,800 crore payout from cash.", "Rs 4,500 crore", "45000000000", "Rs 4,800 crore", "48000000000");
        assertEquals(1, run(payout).size());
    }

    @Test
    void aTakeoverNounReferredBackToAgainstTheTakeoverToldWithAVerb() {
        ArticleFacts f = takeoverAndPrice("Kessler has agreed to buy Vondel for HK$3.2bn. The purchase will be funded "
                + "from cash. Kessler expects the HK$3.6bn purchase to be completed in the third quarter.", "HK$3.2bn",
                "3200000000", "HK$3.6bn", "3600000000");
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("HK$3.2bn", "HK$3.6bn"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void aPriceAfterTakeoversOfSeveralCompaniesIsLeftAlone() {
        FactsBuilder b = new FactsBuilder("Kessler bought Lumen for €1.5bn in 2020. Kessler has agreed to buy Vondel "
                + "for €1.2bn in cash. Analysts said the €1.35bn price looked full.");
        int m1 = b.money("€1.5bn", "1500000000");
        int m2 = b.money("€1.2bn", "1200000000");
        b.money("€1.35bn", "1350000000");
        b.claim("bought", EventClass.ACQUIRE).lemma("buy").agent("Kessler").patient("Lumen").money(m1);
        b.claim("buy", EventClass.ACQUIRE).agent("Kessler").patient("Vondel").money(m2);
        assertTrue(run(b.build()).isEmpty(), "the price of which takeover?");
    }

    /** A round told, an earlier round, then "the ..." amount used. */
    private static ArticleFacts round(String back, String backValue) {
        FactsBuilder b = new FactsBuilder("Quellwerk has raised €60 million in a Series B round. In 2024 it raised "
                + "€14 million. Quellwerk plans to use the " + back + " to expand in the US.");
        b.money("€60 million", "60000000");
        b.money("€14 million", "14000000");
        b.money(back, backValue);
        return b.build();
    }

    @Test
    void moneyRaisedReferredBackWithAnotherFigure() {
        ArticleFacts f = round("€65 million", "65000000");
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("€60 million", "€65 million"), found.get(0).spans().stream().map(f::text).toList());
        assertTrue(run(round("€60 million", "60000000")).isEmpty(), "the same figure");
        assertTrue(run(round("€14 million", "14000000")).isEmpty(), "the earlier round's figure");
        assertTrue(run(round("€15 million", "15000000")).isEmpty(), "nearer the earlier round's");
        assertTrue(run(round("€200 million", "200000000")).isEmpty(), "far from any: another figure");
    }

    @Test
    void aPriceThatAgreesCountsDebtOrIsPerShareRaisesNothing() {
        assertTrue(run(takeoverAndPrice("Kessler has agreed to buy Vondel for €1.2bn in cash. Analysts said the "
                + "€1.2bn price looked full.", "€1.2bn", "1200000000", "€1.2bn", "1200000000")).isEmpty());
        assertTrue(run(takeoverAndPrice("Kessler has agreed to buy Vondel for €1.2bn in cash. Including debt, the "
                + "€1.5bn price is the sector's largest.", "€1.2bn", "1200000000", "€1.5bn", "1500000000")).isEmpty());
        assertTrue(run(takeoverAndPrice("Kessler has agreed to buy Vondel for €1.2bn in cash. Analysts said the "
                + "€31.50-a-share price looked full.", "€1.2bn", "1200000000", "€31.50", "31.50")).isEmpty());
        assertTrue(run(takeoverAndPrice("Kessler has agreed to buy Vondel for €1.2bn in cash. Kessler had sold "
                + "Lumen in 2020; the €1.5bn price for Lumen was a record.", "€1.2bn", "1200000000", "€1.5bn",
                "1500000000")).isEmpty(), "a price for another company");
    }

    /** {@code body} with two exact dollar amounts, the told one and the one referred back with. */
    private static ArticleFacts amounts(String body, String told, String toldAmount, String back, String backAmount) {
        FactsBuilder b = new FactsBuilder(body);
        b.money(told, toldAmount);
        b.money(back, backAmount);
        return b.build();
    }

    /** The one finding on {@code f}, spanning {@code told} and {@code back}. */
    private static void conflict(ArticleFacts f, String told, String back) {
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of(told, back), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void theSameDescriptionEarlierWithAnotherAmount() {
        String body = "Oracle's $300 billion OpenAI contract: a bet. Catz said those contracts would pay. "
                + "On September 10 the Journal reports the $390 billion OpenAI contract.";
        conflict(amounts(body, "$300 billion", "300000000000", "$390 billion", "390000000000"), "$300 billion",
                "$390 billion");
    }

    @Test
    void aDefiniteMentionWithoutAnAmountIsPassedOverButAClauseBetweenAmountAndNounIsNot() {
        String back = "OpenAI signed a contract under which it will buy about $300 billion of computing. "
                + "Altman described the contract as one piece of a plan. The $390 billion contract runs five years.";
        FactsBuilder a = new FactsBuilder(back);
        a.money("$300 billion", "300000000000", Qualifier.APPROX);
        a.money("$390 billion", "390000000000");
        assertEquals(1, run(a.build()).size(), "\"the contract\" refers back to the one told with its value");
        String clause = "The partners talk about $500 billion, but a pledge is not a purchase order. "
                + "Redbank discloses its $410 million cooling order.";
        assertTrue(run(amounts(clause, "$500 billion", "500000000000", "$410 million", "410000000")).isEmpty(),
                "an amount in another clause is not the order's value");
    }

    @Test
    void aDealToldByItsVerbAgainstTheValueReferredBackTo() {
        String body = "Suppliers feel the orders. Oracle has ordered $410 million of cooling units from Redbank. "
                + "On Monday Redbank disclosed its $656 million cooling order.";
        conflict(amounts(body, "$410 million", "410000000", "$656 million", "656000000"), "$410 million",
                "$656 million");
        String same = body.replace("$656 million", "$410 million");
        assertTrue(run(amounts(same, "$410 million", "410000000", "$410 million", "410000000")).isEmpty());
    }

    @Test
    void aSettlementReferredBackWithAnotherAmountIsFlagged() {
        String body = "Pelion has agreed to pay $275 million to settle a patent lawsuit. Under the settlement, Pelion "
                + "will pay $200 million in cash and provide $75 million in credits. The $257 million settlement is "
                + "the largest in Brightwave's history.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$275 million", "275000000");
        b.money("$200 million", "200000000");
        b.money("$75 million", "75000000");
        b.money("$257 million", "257000000");
        ArticleFacts f = b.build();
        List<Finding> found = new DealValueRule().apply(f);
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("$275 million", "$257 million"), found.get(0).spans().stream().map(f::text).toList());

        String consistent = body.replace("$257 million", "$275 million");
        FactsBuilder c = new FactsBuilder(consistent);
        c.money("$275 million", "275000000");
        c.money("$200 million", "200000000");
        c.money("$75 million", "75000000");
        c.money("$275 million", "275000000");
        assertTrue(new DealValueRule().apply(c.build()).isEmpty(), "the settlement restated with its value");

        String part = "Pelion has agreed to pay $275 million to settle a patent lawsuit. It will pay $200 million in "
                + "cash. The $200 million payment is due in June.";
        FactsBuilder d = new FactsBuilder(part);
        d.money("$275 million", "275000000");
        d.money("$200 million", "200000000");
        d.money("$200 million", "200000000");
        assertTrue(new DealValueRule().apply(d.build()).isEmpty(), "a part of the settlement referred back to");
    }

    @Test
    void anUpfrontPaymentReferredBackIsHeldAgainstTheFigureNotTheCeiling() {
        String body = "AstraZeneca agreed to pay Hoshimura $150 million upfront, in a deal that could be worth up to "
                + "$1.35 billion. Hoshimura said it would book the $180 million upfront payment as revenue this year, "
                + "and raised its profit forecast.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$150 million", "150000000");
        b.money("$1.35 billion", "1350000000", Qualifier.UP_TO);
        b.money("$180 million", "180000000");
        ArticleFacts f = b.build();
        List<Finding> found = new DealValueRule().apply(f);
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("$150 million", "$180 million"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void theBuyersDealReferredBackByItsNameKeepsTheLedesPrice() {
        String body = "The Public Investment Fund has agreed to buy an 18%% stake in Lumeva for £1.41bn ($1.9bn), Lumeva "
                + "said. Analysts welcomed it. PIF's $%s investment is among the largest by a Gulf fund.";
        for (String later : List.of("2.1bn", "1.9bn")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, later));
            b.org("Public Investment Fund", "Public Investment Fund");
            b.org("Lumeva", "Lumeva");
            b.moneyIn("£1.41bn", "1410000000", "GBP");
            b.money("$1.9bn", "1900000000");
            b.org("Lumeva", "Lumeva");
            b.org("PIF", "Public Investment Fund");
            b.money("$" + later, later.equals("2.1bn") ? "2100000000" : "1900000000");
            ArticleFacts f = b.build();
            List<Finding> found = new DealValueRule().apply(f);
            if (later.equals("2.1bn")) {
                assertEquals(1, found.size(), found::toString);
                assertEquals(List.of("$1.9bn", "$2.1bn"), found.get(0).spans().stream().map(f::text).toList());
            } else {
                assertTrue(found.isEmpty(), found::toString);
            }
        }
    }

    @Test
    void whatTheTargetsHoldersAreHandedIsTheTakeoversPrice() {
        String body = "Kestrel has agreed to buy Pilbara Crest for A$4.2 billion in cash. Analysts approved. Kestrel will "
                + "hand Pilbara Crest investors %s billion Australian dollars in cash once the scheme is implemented.";
        for (String later : List.of("3.9", "4.2")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, later));
            b.org("Kestrel", "Kestrel");
            b.org("Pilbara Crest", "Pilbara Crest");
            b.moneyIn("A$4.2 billion", "4200000000", "AUD");
            b.moneyIn(later + " billion Australian dollars", later.replace(".", "") + "00000000", "AUD");
            List<Finding> found = new DealValueRule().apply(b.build());
            assertEquals(later.equals("3.9") ? 1 : 0, found.size(), later + ": " + found);
        }
    }
}
