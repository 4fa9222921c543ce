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

class DateConflictRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new DateConflictRule().apply(f);
    }

    private static ArticleFacts investTwice(String d1, String v1, String d2, String v2) {
        String body = "On " + d1 + " Amazon agreed to invest up to $50 billion in OpenAI. "
                + "Amazon's investment of $50 billion in OpenAI was announced on " + d2 + ".";
        FactsBuilder b = new FactsBuilder(body);
        int t1 = b.date(d1, v1);
        int m1 = b.money("$50 billion", "50000000000", Qualifier.UP_TO);
        int m2 = b.money("$50 billion", "50000000000");
        int t2 = b.date(d2, v2);
        b.claim("invest", EventClass.INVEST).agent("Amazon").recipient("OpenAI").money(m1).time(t1);
        b.claim("investment", EventClass.INVEST).agent("Amazon").recipient("OpenAI").money(m2).time(t2);
        return b.build();
    }

    @Test
    void oneInvestmentTwoMonths() {
        ArticleFacts f = investTwice("February 16", "2026-02-16", "March 3", "2026-03-03");
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        Finding x = found.get(0);
        assertEquals(FindingType.DATE_CONFLICT, x.type());
        assertEquals(List.of("February 16", "March 3"), x.spans().stream().map(f::text).toList());
    }

    @Test
    void granularityIsRespected() {
        assertTrue(run(investTwice("February 16", "2026-02-16", "February", "2026-02")).isEmpty());
        assertTrue(run(investTwice("the first quarter", "2026-Q1", "February", "2026-02")).isEmpty());
        assertEquals(1, run(investTwice("January", "2026-01", "February", "2026-02")).size());
    }

    @Test
    void sameClassAndPartiesWithoutSharedAmountAreDifferentDeals() {
        String body = "In October, Microsoft and OpenAI announced a new agreement. "
                + "In April, OpenAI and Microsoft announced a new deal.";
        FactsBuilder b = new FactsBuilder(body);
        int oct = b.date("October", "2025-10");
        int apr = b.date("April", "2026-04");
        b.claim("agreement", EventClass.AGREE).agent("Microsoft").agent("OpenAI").time(oct);
        b.claim("deal", EventClass.AGREE).agent("OpenAI").agent("Microsoft").time(apr);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void oneAcquisitionNeedsNoAmount() {
        String body = "Northwind completed its acquisition of Contoso in February. "
                + "Northwind acquired Contoso in May, the filing shows.";
        FactsBuilder b = new FactsBuilder(body);
        int feb = b.date("February", "2026-02");
        int may = b.date("May", "2025-05");
        b.claim("acquisition", EventClass.ACQUIRE).agent("Northwind").patient("Contoso").time(feb);
        b.claim("acquired", EventClass.ACQUIRE).agent("Northwind").patient("Contoso").time(may);
        assertEquals(1, run(b.build()).size());
    }

    @Test
    void announcementDateIsNotTheDealDate() {
        String body = "Amazon agreed in November to invest $50 billion in OpenAI. "
                + "Amazon announced the $50 billion investment in OpenAI in February.";
        FactsBuilder b = new FactsBuilder(body);
        int nov = b.date("November", "2025-11");
        int m1 = b.money("$50 billion", "50000000000");
        int m2 = b.money("$50 billion", "50000000000");
        int feb = b.date("February", "2026-02");
        b.claim("invest", EventClass.INVEST).agent("Amazon").recipient("OpenAI").money(m1).time(nov);
        b.claim("announced", EventClass.ANNOUNCE).agent("Amazon").party("OpenAI", org.claimcheck.model.Role.OTHER)
                .money(m2).time(feb);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void agreementAndClosingOfOneAcquisitionFallOnDifferentDays() {
        String body = "Synopsys agreed to buy Ansys on January 16, 2024. Synopsys completed the acquisition of Ansys on July 17, 2025.";
        FactsBuilder b = new FactsBuilder(body);
        int d1 = b.date("January 16, 2024", "2024-01-16");
        int d2 = b.date("July 17, 2025", "2025-07-17");
        b.claim("agreed", EventClass.ACQUIRE).lemma("agree").agent("Synopsys").patient("Ansys").time(d1);
        b.claim("completed", EventClass.ACQUIRE).lemma("complete").agent("Synopsys").patient("Ansys").time(d2);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void oneAcquisitionClosedOnTwoDays() {
        String body = "Synopsys completed the acquisition of Ansys on July 17. Investors cheered. "
                + "Synopsys completes the acquisition on September 17.";
        FactsBuilder b = new FactsBuilder(body);
        int d1 = b.date("July 17", "2025-07-17");
        int d2 = b.date("September 17", "2025-09-17");
        b.claim("completed", EventClass.ACQUIRE).lemma("complete").agent("Synopsys").patient("Ansys").time(d1);
        b.claim("completes", EventClass.ACQUIRE).lemma("complete").agent("Synopsys").patient("Ansys").time(d2);
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(List.of("July 17", "September 17"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void onePersonNamedToOnePostOnTwoDays() {
        String body = "On September 22 Oracle named Clay Magouyrk and Mike Sicilia as co-chief executives. Shares rose. "
                + "On February 22 Oracle names Magouyrk and Sicilia co-CEOs.";
        FactsBuilder b = new FactsBuilder(body);
        int d1 = b.date("September 22", "2025-09-22");
        int d2 = b.date("February 22", "2025-02-22");
        b.claim("named", EventClass.APPOINT).lemma("name").agent("Oracle").patient("Clay Magouyrk")
                .patient("Mike Sicilia").time(d1);
        b.claim("names", EventClass.APPOINT).lemma("name").agent("Oracle").patient("Clay Magouyrk").time(d2);
        assertEquals(1, run(b.build()).size());
    }

    @Test
    void onePersonNamedToTwoPostsIsNoConflict() {
        String body = "Oracle named Safra Catz chief executive in 2014. Oracle named Safra Catz executive vice chair in 2025.";
        FactsBuilder b = new FactsBuilder(body);
        int d1 = b.date("2014", "2014");
        int d2 = b.date("2025", "2025");
        b.claim("named", EventClass.APPOINT).lemma("name").agent("Oracle").patient("Safra Catz").time(d1);
        b.claim("named", EventClass.APPOINT).lemma("name").agent("Oracle").patient("Safra Catz").time(d2);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void oneMergerAgreementSignedOnTwoDays() {
        String body = "The two companies signed their merger agreement on October 20, 2025. Investors cheered. "
                + "On December 20, 2025, Orrin and Velora seal the merger agreement.";
        FactsBuilder b = new FactsBuilder(body);
        int d1 = b.date("October 20, 2025", "2025-10-20");
        int d2 = b.date("December 20, 2025", "2025-12-20");
        b.claim("signed", EventClass.AGREE).lemma("sign").agent("Orrin").agent("Velora").time(d1);
        b.claim("seal", EventClass.AGREE).lemma("seal").agent("Orrin").agent("Velora").time(d2);
        assertEquals(1, run(b.build()).size());
        String two = "Orrin signed a supply agreement with Velora on October 20, 2025. Investors cheered. "
                + "On December 20, 2025, Orrin and Velora seal a licence agreement.";
        FactsBuilder c = new FactsBuilder(two);
        int e1 = c.date("October 20, 2025", "2025-10-20");
        int e2 = c.date("December 20, 2025", "2025-12-20");
        c.claim("signed", EventClass.AGREE).lemma("sign").agent("Orrin").agent("Velora").time(e1);
        c.claim("seal", EventClass.AGREE).lemma("seal").agent("Orrin").agent("Velora").time(e2);
        assertTrue(run(c.build()).isEmpty(), "partners sign many agreements");
    }

    /** A closing dated by its verb, then the deal noun dated through a participle ({@code participle}). */
    private static ArticleFacts closedThenNoun(String participle) {
        String body = "Acme closed its acquisition of Beta in January 2026. The takeover of Beta by Acme, " + participle
                + " in February 2026, makes it the largest robot maker.";
        FactsBuilder b = new FactsBuilder(body);
        int jan = b.date("January 2026", "2026-01");
        int feb = b.date("February 2026", "2026-02");
        b.claim("closed", EventClass.ACQUIRE).lemma("close").agent("Acme").patient("Beta").time(jan);
        b.claim("takeover", EventClass.ACQUIRE).agent("Acme").patient("Beta").time(feb);
        return b.build();
    }

    @Test
    void aParticipleAfterADealNounNamesTheStageItsDateBelongsTo() {
        assertEquals(1, run(closedThenNoun("completed")).size(), "two closing dates");
        assertTrue(run(closedThenNoun("agreed")).isEmpty(), "the agreement and the closing fall on different days");
    }
}
