package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Qualifier;
import org.junit.jupiter.api.Test;

class GrowthRateRuleTest {

    private static List<Finding> run(String body, String rate, Qualifier q, String to, String toValue, String from,
                                     String fromValue) {
        FactsBuilder b = new FactsBuilder(body);
        b.percent(rate, rate.replaceAll("[^0-9.]", ""), q);
        b.money(to, toValue);
        b.money(from, fromValue);
        return new GrowthRateRule().apply(b.build());
    }

    @Test
    void aRiseMustFitTheAmountsItRunsBetween() {
        // 5.2 -> 5.6 is a rise of 7.7% (5.7% to 9.7% with the rounding of both figures)
        String body = "Revenue rose %s to $5.6 billion from $5.2 billion.";
        List<Finding> off = run(String.format(java.util.Locale.ROOT, body, "12%"), "12%", Qualifier.EXACT,
                "$5.6 billion", "5600000000", "$5.2 billion", "5200000000");
        assertEquals(1, off.size(), off::toString);
        assertEquals(FindingType.PERCENT_CONFLICT, off.get(0).type());
        assertTrue(run(String.format(java.util.Locale.ROOT, body, "8%"), "8%", Qualifier.EXACT, "$5.6 billion",
                "5600000000", "$5.2 billion", "5200000000").isEmpty(), "8% is within the rounding");
        assertTrue(run(String.format(java.util.Locale.ROOT, body, "10%"), "10%", Qualifier.APPROX, "$5.6 billion",
                "5600000000", "$5.2 billion", "5200000000").isEmpty(), "'about 10%' is loose");
    }

    @Test
    void aFallMustFitToo() {
        // 480 -> 410 is a fall of 14.6%
        String body = "Profit fell %s to $410 million, from $480 million a year earlier.";
        assertEquals(1, run(String.format(java.util.Locale.ROOT, body, "8%"), "8%", Qualifier.EXACT, "$410 million",
                "410000000", "$480 million", "480000000").size());
        assertTrue(run(String.format(java.util.Locale.ROOT, body, "15%"), "15%", Qualifier.EXACT, "$410 million",
                "410000000", "$480 million", "480000000").isEmpty());
    }

    @Test
    void percentagePointsAreNoRate() {
        String body = "The margin rose 3 percentage points to $5.6 billion from $5.2 billion.";
        assertTrue(run(body, "3 percentage", Qualifier.EXACT, "$5.6 billion", "5600000000", "$5.2 billion",
                "5200000000").isEmpty());
    }

    @Test
    void aTakeoverPremiumMustFitTheOfferAndTheClosingPrice() {
        // 41.50 over 31.70 is a premium of 30.9%
        String body = "It will pay $41.50 per Lumetra share, a premium of roughly %s to Lumetra's closing price of $31.70 "
                + "on Friday.";
        for (String rate : List.of("31%", "41%")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, rate));
            b.money("$41.50", "41.50");
            b.percent(rate, rate.replace("%", ""), Qualifier.APPROX);
            b.money("$31.70", "31.70");
            List<Finding> found = new GrowthRateRule().apply(b.build());
            assertEquals(rate.equals("41%") ? 1 : 0, found.size(), rate + ": " + found);
            if (!found.isEmpty()) {
                assertTrue(found.get(0).message().contains("30.9%"), found.get(0).message());
            }
        }
    }

    @Test
    void aRateOnAnotherBasisIsLeftAlone() {
        String body = "Sales rose 12% in constant currency to $5.6 billion from $5.2 billion.";
        assertTrue(run(body, "12%", Qualifier.EXACT, "$5.6 billion", "5600000000", "$5.2 billion", "5200000000")
                .isEmpty());
    }
}
