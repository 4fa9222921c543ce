package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

class OfferPriceRuleTest {

    /** One side of a pair of offers: the bidder, the price as written and its amount, the date as written and its value. */
    private record Offer(String bidder, String price, String amount, String date, String value) {
    }

    /** {@code body} with two offer claims ("offered"), the first's mentions located before the second's. */
    private static ArticleFacts offers(String body, Offer a, Offer b) {
        FactsBuilder f = new FactsBuilder(body);
        int p1 = f.money(a.price(), a.amount());
        int t1 = f.date(a.date(), a.value());
        int p2 = f.money(b.price(), b.amount());
        int t2 = f.date(b.date(), b.value());
        f.claim("offered", EventClass.OTHER).lemma("offer").agent(a.bidder()).money(p1).time(t1);
        f.claim("offered", EventClass.OTHER).lemma("offer").agent(b.bidder()).money(p2).time(t2);
        return f.build();
    }

    private static List<Finding> run(ArticleFacts f) {
        return new OfferPriceRule().apply(f);
    }

    @Test
    void oneOfferGivenTwoPrices() {
        String body = "In September Corvane offered $30 a share for Halvorsen. "
                + "The price is above the $42 a share that Corvane first offered in September.";
        ArticleFacts f = offers(body, new Offer("Corvane", "$30", "30", "September", "2025-09"),
                new Offer("Corvane", "$42", "42", "September", "2025-09"));
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.AMOUNT_CONFLICT, found.get(0).type());
        assertEquals(List.of("$30", "$42"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void raisedBidsOtherDaysOtherBiddersAndOtherUnitsRaiseNothing() {
        Offer first = new Offer("Corvane", "$30", "30", "September", "2025-09");
        Offer raised = new Offer("Corvane", "$42", "42", "September", "2025-09");
        assertTrue(run(offers("In September Corvane offered $30 a share. In September Corvane then offered $42 a share.",
                first, raised)).isEmpty(), "a bid made again is a new bid");
        assertTrue(run(offers("On September 3 Corvane offered $30 a share. On September 20 Corvane offered $42 a share.",
                new Offer("Corvane", "$30", "30", "September 3", "2025-09-03"),
                new Offer("Corvane", "$42", "42", "September 20", "2025-09-20"))).isEmpty(),
                "offers on two days are two offers");
        assertTrue(run(offers("In September Corvane offered $30 a share. In September Bexley offered $42 a share.",
                first, new Offer("Bexley", "$42", "42", "September", "2025-09"))).isEmpty(), "two bidders make two offers");
        assertTrue(run(offers("In September Corvane offered $30 a share. In September Corvane offered $4.1 billion in all.",
                first, new Offer("Corvane", "$4.1 billion", "4100000000", "September", "2025-09"))).isEmpty(),
                "a price a share and a total do not compare");
    }
}
