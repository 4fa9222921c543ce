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

class PercentConflictRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new PercentConflictRule().apply(f);
    }

    private static ArticleFacts stakes(String second, String value, Qualifier q) {
        String body = "Microsoft owns about 27 percent of OpenAI. Microsoft holds a " + second + " stake in OpenAI.";
        FactsBuilder b = new FactsBuilder(body);
        int p1 = b.percent("27 percent", "27", Qualifier.APPROX);
        int p2 = b.percent(second, value, q);
        b.claim("owns", EventClass.OWN).agent("Microsoft").patient("OpenAI").percent(p1);
        b.claim("holds", EventClass.OWN).agent("Microsoft").patient("OpenAI").percent(p2);
        return b.build();
    }

    @Test
    void oneHolderTwoStakes() {
        ArticleFacts f = stakes("32%", "32", Qualifier.EXACT);
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(FindingType.PERCENT_CONFLICT, found.get(0).type());
        assertEquals(List.of("27 percent", "32%"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void approximateStakesAgree() {
        assertTrue(run(stakes("26.8%", "26.8", Qualifier.EXACT)).isEmpty());
    }

    @Test
    void aChangedStakeIsNotAConflict() {
        String body = "Microsoft owns 27 percent of OpenAI. Microsoft raised its stake in OpenAI to 32%.";
        FactsBuilder b = new FactsBuilder(body);
        int p1 = b.percent("27 percent", "27", Qualifier.EXACT);
        int p2 = b.percent("32%", "32", Qualifier.EXACT);
        b.claim("owns", EventClass.OWN).agent("Microsoft").patient("OpenAI").percent(p1);
        b.claim("raised", EventClass.OWN).agent("Microsoft").patient("OpenAI").percent(p2);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void sharesAboveHundred() {
        String body = "Microsoft owns 27%, the foundation holds 26% and employees own 52% of the company.";
        FactsBuilder b = new FactsBuilder(body);
        b.percent("27%", "27", Qualifier.EXACT);
        b.percent("26%", "26", Qualifier.EXACT);
        b.percent("52%", "52", Qualifier.EXACT);
        assertEquals(1, run(b.build()).size());
        String fine = "Microsoft owns 27%, the foundation holds 26% and employees own 47% of the company.";
        FactsBuilder c = new FactsBuilder(fine);
        c.percent("27%", "27", Qualifier.EXACT);
        c.percent("26%", "26", Qualifier.EXACT);
        c.percent("47%", "47", Qualifier.EXACT);
        assertTrue(run(c.build()).isEmpty());
    }

    @Test
    void growthRatesAndDifferentWholesAreNotShares() {
        String growth = "Revenue rose 60% and the stake it holds grew 70%.";
        FactsBuilder b = new FactsBuilder(growth);
        b.percent("60%", "60", Qualifier.EXACT);
        b.percent("70%", "70", Qualifier.EXACT);
        assertTrue(run(b.build()).isEmpty());
        String wholes = "Northwind owns 60% of Contoso and 70% of Fabrikam.";
        FactsBuilder c = new FactsBuilder(wholes);
        c.org("Northwind", "Northwind");
        c.percent("60%", "60", Qualifier.EXACT);
        c.org("Contoso", "Contoso");
        c.percent("70%", "70", Qualifier.EXACT);
        c.org("Fabrikam", "Fabrikam");
        assertTrue(run(c.build()).isEmpty());
    }

    @Test
    void statedStakesOfOneHolderWithoutClaims() {
        String body = "Under the agreement, Nilgiri's 31% stake gives it two seats. In June it bought a 12% stake in "
                + "Volterra Drives. Aranya sold shares in a round led by Nilgiri Holdings, which will own 26% of the company.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Nilgiri", "Nilgiri Holdings");
        b.percent("31%", "31", Qualifier.EXACT);
        b.percent("12%", "12", Qualifier.EXACT);
        b.org("Volterra Drives", "Volterra Drives");
        b.org("Nilgiri Holdings", "Nilgiri Holdings");
        b.percent("26%", "26", Qualifier.EXACT);
        ArticleFacts f = b.build();
        List<Finding> found = new PercentConflictRule().apply(f);
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("31%", "26%"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void aShareCountedInsideAnotherIsNoOverflow() {
        String body = "Together with the 15% stake it already held, Fujimoto now owns 93% of Hoshida.";
        FactsBuilder b = new FactsBuilder(body);
        b.percent("15%", "15", Qualifier.EXACT);
        b.org("Fujimoto", "Fujimoto");
        b.percent("93%", "93", Qualifier.EXACT);
        b.org("Hoshida", "Hoshida");
        assertTrue(new PercentConflictRule().apply(b.build()).isEmpty());
    }

    /** A family's stake told twice, the second time {@code second}. */
    private static ArticleFacts family(String second, String value) {
        String body = "The Vermeulen family, which founded the business in 1927 and holds 27 per cent of the shares, "
                + "backs the offer. With the family's " + second + " stake already committed, Arden needs more.";
        FactsBuilder b = new FactsBuilder(body);
        b.percent("27 per cent", "27", Qualifier.EXACT);
        b.percent(second, value, Qualifier.EXACT);
        return b.build();
    }

    @Test
    void aGroupHoldersStakeToldTwiceMustAgree() {
        ArticleFacts f = family("24 per cent", "24");
        List<Finding> found = new PercentConflictRule().apply(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("27 per cent", "24 per cent"), found.get(0).spans().stream().map(f::text).toList());
        assertTrue(new PercentConflictRule().apply(family("27 per cent", "27")).isEmpty());
    }

    @Test
    void aStakeWithoutItsCompanyIsInTheOneCompanyTheHolderIsSaidToHold() {
        String body = "After the round, Nvidia owns about 6% of Norrow, a person said. Nvidia's 9% stake comes with "
                + "an observer seat.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Nvidia", "Nvidia");
        b.percent("6%", "6", Qualifier.APPROX);
        b.org("Norrow", "Norrow");
        b.org("Nvidia", "Nvidia");
        b.percent("9%", "9", Qualifier.EXACT);
        ArticleFacts f = b.build();
        List<Finding> found = new PercentConflictRule().apply(f);
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("6%", "9%"), found.get(0).spans().stream().map(f::text).toList());
        assertTrue(found.get(0).message().contains("in Norrow"), found.get(0).message());

        String two = "Nvidia owns 6% of Norrow. Nvidia owns 9% of Quarry. Nvidia's 9% stake comes with a seat.";
        FactsBuilder c = new FactsBuilder(two);
        c.org("Nvidia", "Nvidia");
        c.percent("6%", "6", Qualifier.EXACT);
        c.org("Norrow", "Norrow");
        c.org("Nvidia", "Nvidia");
        c.percent("9%", "9", Qualifier.EXACT);
        c.org("Quarry", "Quarry");
        c.org("Nvidia", "Nvidia");
        c.percent("9%", "9", Qualifier.EXACT);
        assertTrue(new PercentConflictRule().apply(c.build()).isEmpty(),
                "with stakes in two companies, an unnamed one could be in either");
    }

    @Test
    void aStakeBoughtAndTheStakeToBeFundedAreOneStake() {
        String body = "Lion Gate has agreed to buy a 60%% stake in Aldgate Works from developer Carrow. The group will "
                + "fund its %s interest through a loan from HSBC.";
        for (String second : List.of("65%", "60%")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, second));
            int p1 = b.percent("60%", "60", Qualifier.EXACT);
            int p2 = b.percent(second, second.replace("%", ""), Qualifier.EXACT);
            b.claim("buy", EventClass.INVEST).agent("Lion Gate").recipient("Aldgate Works").percent(p1);
            b.claim("fund", EventClass.INVEST).agent("Lion Gate").recipient("Aldgate Works").percent(p2)
                    .modality(org.claimcheck.model.Modality.FUTURE);
            // "a loan from HSBC" is no change of stake ("from 20% to 25%" would be)
            assertEquals(second.equals("65%") ? 1 : 0, run(b.build()).size(), second);
        }
        String changed = "Lion Gate owns a 60% stake in Aldgate Works. It will lift its holding from 60% to 65%.";
        FactsBuilder c = new FactsBuilder(changed);
        int p1 = c.percent("60%", "60", Qualifier.EXACT);
        c.percent("60%", "60", Qualifier.EXACT);
        int p3 = c.percent("65%", "65", Qualifier.EXACT);
        c.claim("owns", EventClass.OWN).agent("Lion Gate").patient("Aldgate Works").percent(p1);
        c.claim("lift", EventClass.OWN).agent("Lion Gate").patient("Aldgate Works").percent(p3)
                .modality(org.claimcheck.model.Modality.FUTURE);
        assertTrue(run(c.build()).isEmpty(), "a stake raised from one figure to another");
    }

    @Test
    void theRemainingShareNeedsNoStakeWordAfterIt() {
        String body = "Veltra will own 51%% of the venture and Hanseong will own the remaining 49%%, a filing showed. "
                + "Hanseong's %s stake also comes with veto rights.";
        for (String second : List.of("45%", "49%")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, second));
            b.org("Veltra", "Veltra");
            b.percent("51%", "51", Qualifier.EXACT);
            b.org("Hanseong", "Hanseong");
            b.percent("49%", "49", Qualifier.EXACT);
            b.org("Hanseong", "Hanseong");
            b.percent(second, second.replace("%", ""), Qualifier.EXACT);
            ArticleFacts f = b.build();
            List<Finding> found = run(f);
            if (second.equals("45%")) {
                assertEquals(1, found.size(), found::toString);
                assertEquals(List.of("49%", "45%"), found.get(0).spans().stream().map(f::text).toList());
            } else {
                assertTrue(found.isEmpty(), found::toString);
            }
        }
        String growth = "Hanseong will own 49% of the venture. Hanseong grew sales 12% last year.";
        FactsBuilder g = new FactsBuilder(growth);
        g.org("Hanseong", "Hanseong");
        g.percent("49%", "49", Qualifier.EXACT);
        g.org("Hanseong", "Hanseong");
        g.percent("12%", "12", Qualifier.EXACT);
        assertTrue(run(g.build()).isEmpty(), "a growth rate is no stake");
    }

    @Test
    void aHolderWhoseVerbIsLeftOutOrWhoIsDescribedHoldsTheStake() {
        String body = "Sakura will own 51%% of the venture and Hsinchu Power 49%%, a statement said. Hsinchu Power "
                + "Chairman Lin Cheng-wei said the company's %s stake would be funded from cash.";
        for (String second : List.of("45%", "49%")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, second));
            b.org("Sakura", "Sakura");
            b.percent("51%", "51", Qualifier.EXACT);
            b.org("Hsinchu Power", "Hsinchu Power");
            b.percent("49%", "49", Qualifier.EXACT);
            b.org("Hsinchu Power", "Hsinchu Power");
            b.person("Lin Cheng-wei", "Lin Cheng-wei", "Chairman", "Hsinchu Power");
            b.percent(second, second.replace("%", ""), Qualifier.EXACT);
            ArticleFacts f = b.build();
            List<Finding> found = run(f);
            if (second.equals("45%")) {
                assertEquals(1, found.size(), found::toString);
                assertEquals(List.of("49%", "45%"), found.get(0).spans().stream().map(f::text).toList());
            } else {
                assertTrue(found.isEmpty(), found::toString);
            }
        }
        String two = "Sakura and Hsinchu Power will form a venture. Hsinchu Power will own 49% of it. Sakura Chairman "
                + "Ito said Hsinchu Power and the company's 45% stake were both funded.";
        FactsBuilder c = new FactsBuilder(two);
        c.org("Sakura", "Sakura");
        c.org("Hsinchu Power", "Hsinchu Power");
        c.org("Hsinchu Power", "Hsinchu Power");
        c.percent("49%", "49", Qualifier.EXACT);
        c.org("Sakura", "Sakura");
        c.org("Hsinchu Power", "Hsinchu Power");
        c.percent("45%", "45", Qualifier.EXACT);
        assertTrue(run(c.build()).isEmpty(), "'the company' with two companies named before it is not resolved");
    }

    @Test
    void aCompanysShareOfOneMarketToldTwiceMustAgree() {
        String body = "TIM, which holds about 24%% of Brazil's mobile subscribers, bid for spectrum. In the end TIM won two "
                + "lots. Analysts said the outcome was unlikely to change the carrier's %s share of the mobile market.";
        for (String second : List.of("27%", "24%")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, second));
            b.org("TIM", "TIM");
            b.percent("24%", "24", Qualifier.APPROX);
            b.org("TIM", "TIM");
            b.percent(second, second.replace("%", ""), Qualifier.EXACT);
            ArticleFacts f = b.build();
            List<Finding> found = run(f);
            assertEquals(second.equals("27%") ? 1 : 0, found.size(), second + ": " + found);
        }
        String grew = "TIM holds a 24% share of the mobile market. Its share of the broadband market is 12%. TIM "
                + "grew its 27% share of the fixed market last year.";
        FactsBuilder g = new FactsBuilder(grew);
        g.org("TIM", "TIM");
        g.percent("24%", "24", Qualifier.EXACT);
        g.percent("12%", "12", Qualifier.EXACT);
        g.org("TIM", "TIM");
        g.percent("27%", "27", Qualifier.EXACT);
        assertTrue(run(g.build()).isEmpty(), "other markets, and a share that grew");
    }
}
