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

    private static List<Finding> run(ArticleFacts f) {
        return new OfferPriceRule().apply(f);
    }

    @Test
    void oneOfferGivenTwoPrices() {
        String body = "In September Corvane proposed $30 a share for Halvorsen. "
                + "The price is above the $42 a share that Corvane first offered in September.";
        FactsBuilder b = new FactsBuilder(body);
        int p1 = b.money("$30", "30");
        int t1 = b.date("September", "2025-09");
        int p2 = b.money("$42", "42");
        int t2 = b.date("September", "2025-09");
        b.claim("proposed", EventClass.OTHER).lemma("propose").agent("Corvane").patient("Halvorsen").money(p1).time(t1);
        b.claim("offered", EventClass.OTHER).lemma("offer").agent("Corvane").money(p2).time(t2);
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.AMOUNT_CONFLICT, found.get(0).type());
        assertEquals(List.of("$30", "$42"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void raisedBidsOtherDaysOtherBiddersAndOtherUnitsRaiseNothing() {
        String raised = "In September Corvane offered $30 a share. "
                + "In September Corvane then offered $42 a share.";
        FactsBuilder a = new FactsBuilder(raised);
        int a1 = a.money("$30", "30");
        int at1 = a.date("September", "2025-09");
        int a2 = a.money("$42", "42");
        int at2 = a.date("September", "2025-09");
        a.claim("offered", EventClass.OTHER).lemma("offer").agent("Corvane").money(a1).time(at1);
        a.claim("offered", EventClass.OTHER).lemma("offer").agent("Corvane").money(a2).time(at2);
        assertTrue(run(a.build()).isEmpty(), "a bid made again is a new bid");

        String days = "On September 3 Corvane offered $30 a share. On September 20 Corvane offered $42 a share.";
        FactsBuilder b = new FactsBuilder(days);
        int b1 = b.money("$30", "30");
        int bt1 = b.date("September 3", "2025-09-03");
        int b2 = b.money("$42", "42");
        int bt2 = b.date("September 20", "2025-09-20");
        b.claim("offered", EventClass.OTHER).lemma("offer").agent("Corvane").money(b1).time(bt1);
        b.claim("offered", EventClass.OTHER).lemma("offer").agent("Corvane").money(b2).time(bt2);
        assertTrue(run(b.build()).isEmpty(), "offers on two days are two offers");

        String bidders = "In September Corvane offered $30 a share. In September Bexley offered $42 a share.";
        FactsBuilder c = new FactsBuilder(bidders);
        int c1 = c.money("$30", "30");
        int ct1 = c.date("September", "2025-09");
        int c2 = c.money("$42", "42");
        int ct2 = c.date("September", "2025-09");
        c.claim("offered", EventClass.OTHER).lemma("offer").agent("Corvane").money(c1).time(ct1);
        c.claim("offered", EventClass.OTHER).lemma("offer").agent("Bexley").money(c2).time(ct2);
        assertTrue(run(c.build()).isEmpty(), "two bidders make two offers");

        String units = "In September Corvane offered $30 a share. In September Corvane offered $4.1 billion in all.";
        FactsBuilder d = new FactsBuilder(units);
        int d1 = d.money("$30", "30");
        int dt1 = d.date("September", "2025-09");
        int d2 = d.money("$4.1 billion", "4100000000");
        int dt2 = d.date("September", "2025-09");
        d.claim("offered", EventClass.OTHER).lemma("offer").agent("Corvane").money(d1).time(dt1);
        d.claim("offered", EventClass.OTHER).lemma("offer").agent("Corvane").money(d2).time(dt2);
        assertTrue(run(d.build()).isEmpty(), "a price a share and a total do not compare");
    }
}
