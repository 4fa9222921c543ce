package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

class DealPriceRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new DealPriceRule().apply(f);
    }

    @Test
    void headlinePriceAgainstBodyPriceWithAShortName() {
        String body = "Pelican Data to acquire Orbis Cloud for $2.1 billion\nPelican will pay $2.4 billion for Orbis, "
                + "mostly in cash.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Pelican Data", "Pelican Data");
        b.org("Orbis", "Orbis");
        b.money("$2.1 billion", "2100000000");
        b.org("Pelican", "Pelican");
        b.money("$2.4 billion", "2400000000");
        b.org("Orbis", "Orbis");
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(FindingType.AMOUNT_CONFLICT, found.get(0).type());
        assertEquals(List.of("$2.1 billion", "$2.4 billion"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void fineAgainstPenaltyOfTheSameParty() {
        String body = "The Commission fined Meridian Ads €1.2 billion on Tuesday. In September the Commission fined "
                + "Google €2.95 billion. The €2.1 billion penalty against Meridian is below the legal limit.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Meridian", "Meridian");
        b.money("€1.2 billion", "1200000000");
        b.org("Google", "Google");
        b.money("€2.95 billion", "2950000000");
        b.money("€2.1 billion", "2100000000");
        b.org("Meridian", "Meridian");
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("€1.2 billion", "€2.1 billion"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void aPricePerShareIsComparedOnlyWithPricesPerShare() {
        String body = "Arden will buy Hanbit for ₩2.1 trillion. Arden agreed to buy Hanbit for ₩48,000 a share. "
                + "The filing shows Arden is to acquire Hanbit for ₩51,000 a share.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Hanbit", "Hanbit");
        b.money("₩2.1 trillion", "2100000000000");
        b.org("Hanbit", "Hanbit");
        b.money("₩48,000", "48000");
        b.org("Hanbit", "Hanbit");
        b.money("₩51,000", "51000");
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("₩48,000", "₩51,000"), found.get(0).spans().stream().map(f::text).toList());
        assertTrue(found.get(0).message().startsWith("The price per share of Hanbit"), found.get(0).message());
    }

    @Test
    void raisedOffersAndAgreeingPricesAreFine() {
        String body = "Brennwald offered to buy Caldera for $950 million. It raised the offer and will pay $1.1 billion "
                + "for Caldera. Brennwald will pay about $1.1 billion for Caldera, the filing said.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Caldera", "Caldera");
        b.money("$950 million", "950000000");
        b.money("$1.1 billion", "1100000000");
        b.org("Caldera", "Caldera");
        b.money("$1.1 billion", "1100000000");
        b.org("Caldera", "Caldera");
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void aPriceReferredBackStandsForTheOneDeal() {
        String body = "Sage agreed to buy Fernhill Systems for £340 million in cash. An analyst said the £430 million "
                + "Sage is paying looked full.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Sage", "Sage");
        b.org("Fernhill Systems", "Fernhill Systems");
        b.moneyIn("£340 million", "340000000", "GBP");
        b.moneyIn("£430 million", "430000000", "GBP");
        b.org("Sage", "Sage");
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(List.of("£340 million", "£430 million"), found.get(0).spans().stream().map(f::text).toList());
        String total = "Orrin completed its $2.4 billion acquisition of Velora Analytics. The $3.6 billion price is made "
                + "up of cash and shares.";
        FactsBuilder c = new FactsBuilder(total);
        c.org("Orrin", "Orrin");
        c.money("$2.4 billion", "2400000000");
        c.org("Velora Analytics", "Velora Analytics");
        c.money("$3.6 billion", "3600000000");
        assertEquals(1, run(c.build()).size());
    }

    @Test
    void aPriceReferredBackIsLeftAloneWhenTheArticlePricesTwoDeals() {
        String body = "Sage agreed to buy Fernhill Systems for £340 million. Last year it bought Pennine for £95 million. "
                + "An analyst said the £430 million price looked full.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Sage", "Sage");
        b.org("Fernhill Systems", "Fernhill Systems");
        b.moneyIn("£340 million", "340000000", "GBP");
        b.org("Pennine", "Pennine");
        b.moneyIn("£95 million", "95000000", "GBP");
        b.moneyIn("£430 million", "430000000", "GBP");
        assertTrue(run(b.build()).isEmpty());
        String other = "Salesforce completed its $8 billion acquisition of Informatica. It is smaller than the "
                + "$27.7 billion it paid for Slack.";
        FactsBuilder c = new FactsBuilder(other);
        c.money("$8 billion", "8000000000");
        c.org("Informatica", "Informatica");
        c.money("$27.7 billion", "27700000000");
        c.org("Slack", "Slack");
        assertTrue(run(c.build()).isEmpty(), "the price named for another target is that target's");
    }

    @Test
    void aShortDescriptionMayStandBeforeTheTargetButAStakeIsAPart() {
        String body = "Havbro Systems to buy Portuguese sensor maker Tidewell for €540 million\nThe €810 million price is "
                + "made up of cash and shares.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Havbro Systems", "Havbro Systems");
        b.org("Tidewell", "Tidewell");
        b.moneyIn("€540 million", "540000000", "EUR");
        b.moneyIn("€810 million", "810000000", "EUR");
        assertEquals(1, run(b.build()).size());
        String stake = "Nvidia bought a stake in Intel for $5 billion. Nvidia will buy Intel for $90 billion, people said.";
        FactsBuilder c = new FactsBuilder(stake);
        c.org("Intel", "Intel");
        c.money("$5 billion", "5000000000");
        c.org("Intel", "Intel");
        c.money("$90 billion", "90000000000");
        assertTrue(run(c.build()).isEmpty(), "a stake's price is not the company's");
    }

    @Test
    void oneSaleToOneBuyerAtTwoPrices() {
        String body = "AMD to sell ZT Systems' manufacturing arm to Sanmina for $3 billion\nThe chipmaker said that it would "
                + "sell the server maker's data center manufacturing business to Sanmina for $5 billion.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Sanmina", "Sanmina");
        b.money("$3 billion", "3000000000");
        b.org("Sanmina", "Sanmina");
        b.money("$5 billion", "5000000000");
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(List.of("$3 billion", "$5 billion"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void aPricePerTargetShareAndThePerSharePriceReferredBack() {
        String body = "Corvane will buy Lumetra for about $2.1 billion. It will pay $41.50 per Lumetra share in cash and "
                + "stock. Lumetra shares jumped to $39.10, still short of the $%s per share that Corvane agreed to pay.";
        for (String later : List.of("43.50", "41.50")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, later));
            b.org("Corvane", "Corvane");
            b.org("Lumetra", "Lumetra");
            b.money("$2.1 billion", "2100000000", org.claimcheck.model.Qualifier.APPROX);
            b.money("$41.50", "41.50");
            b.org("Lumetra", "Lumetra");
            b.money("$39.10", "39.10");
            b.money("$" + later, later);
            b.org("Corvane", "Corvane");
            ArticleFacts f = b.build();
            List<Finding> found = run(f);
            if (later.equals("43.50")) {
                assertEquals(1, found.size(), found::toString);
                assertEquals(List.of("$41.50", "$43.50"), found.get(0).spans().stream().map(f::text).toList());
            } else {
                assertTrue(found.isEmpty(), "the same price per share, and a total is not compared with it: " + found);
            }
        }
    }

    @Test
    void aPricePerShareOfferedAndThePriceHoldersReceiveAreOnePrice() {
        String body = "Hollandia will offer 38.50 euros in cash for each Kessler share, a premium of 32%% to the closing "
                + "price of 29.10 euros. Under the agreement, Kessler shareholders will receive %s euros in cash for "
                + "each share they tender.";
        for (String later : List.of("36.50", "38.50")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, later));
            b.org("Hollandia", "Hollandia");
            b.moneyIn("38.50 euros", "38.50", "EUR");
            b.org("Kessler", "Kessler");
            b.moneyIn("29.10 euros", "29.10", "EUR");
            b.org("Kessler", "Kessler");
            b.moneyIn(later + " euros", later, "EUR");
            ArticleFacts f = b.build();
            List<Finding> found = run(f);
            if (later.equals("36.50")) {
                assertEquals(1, found.size(), found::toString);
                assertEquals(List.of("38.50 euros", "36.50 euros"), found.get(0).spans().stream().map(f::text).toList());
            } else {
                assertTrue(found.isEmpty(), found::toString);
            }
        }
        String raised = "Hollandia will offer 38.50 euros for each Kessler share. Hollandia raised its offer to 40 euros "
                + "a share after a rival approach.";
        FactsBuilder r = new FactsBuilder(raised);
        r.org("Hollandia", "Hollandia");
        r.moneyIn("38.50 euros", "38.50", "EUR");
        r.org("Kessler", "Kessler");
        r.org("Hollandia", "Hollandia");
        r.moneyIn("40 euros", "40", "EUR");
        assertTrue(run(r.build()).isEmpty(), "a raised offer");
    }
}
