package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

/** Dates of milestones a deal passes once, read from definite references in the words. */
class DealMilestoneDateRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new DealMilestoneDateRule().apply(f);
    }

    @Test
    void theContractSignedOnTwoDaysIsFlagged() {
        String body = "Under the contract, signed on Oct. 28, Stratacore will buy chips. When the two companies signed "
                + "the contract on Oct. 31, AMD also agreed to send engineers.";
        FactsBuilder b = new FactsBuilder(body);
        b.date("Oct. 28", "2024-10-28");
        b.date("Oct. 31", "2024-10-31");
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.DATE_CONFLICT, found.get(0).type());
        assertEquals(List.of("Oct. 28", "Oct. 31"), found.get(0).spans().stream().map(f::text).toList());
        assertTrue(found.get(0).message().contains("signing"), found.get(0).message());
    }

    @Test
    void theSameSigningAtTwoGranularitiesAgrees() {
        String body = "The companies signed the agreement in October. The agreement, signed on Oct. 28, runs to 2030.";
        FactsBuilder b = new FactsBuilder(body);
        b.date("October", "2024-10");
        b.date("Oct. 28", "2024-10-28");
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void anotherContractIsAnotherSigning() {
        String body = "The previous contract, signed in 2019, expired last year. The companies signed the new contract "
                + "on Oct. 31.";
        FactsBuilder b = new FactsBuilder(body);
        b.date("2019", "2019");
        b.date("Oct. 31", "2024-10-31");
        assertTrue(run(b.build()).isEmpty(), "'previous' and 'new' single out two contracts");
    }

    @Test
    void theLedesTellingDatesTheAnnouncement() {
        String body = "Schneider has agreed to buy Kelvra for 1.1 billion euros, the French group said on Monday. "
                + "In a note following the May 9 announcement, analysts called the price rich.";
        FactsBuilder b = new FactsBuilder(body);
        b.date(LocalDate.of(2024, 5, 14));
        b.org("Schneider", "Schneider");
        b.date("Monday", "2024-05-13");
        b.date("May 9", "2024-05-09");
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("Monday", "May 9"), found.get(0).spans().stream().map(f::text).toList());

        String closing = "Schneider said on Monday it had completed its purchase of Kelvra. "
                + "Analysts recalled the May 9 announcement of the deal.";
        FactsBuilder c = new FactsBuilder(closing);
        c.date(LocalDate.of(2024, 5, 14));
        c.org("Schneider", "Schneider");
        c.date("Monday", "2024-05-13");
        c.date("May 9", "2024-05-09");
        assertTrue(run(c.build()).isEmpty(), "a lede that tells a closing does not date the announcement");
    }

    @Test
    void aDebutOnOneDayIsNotADebutInAnotherMonth() {
        String body = "Shares in Kizuna jumped 18% in their debut on Tuesday. Kizuna's October debut adds to a revival.";
        FactsBuilder b = new FactsBuilder(body);
        b.date(LocalDate.of(2023, 11, 15));
        b.date("Tuesday", "2023-11-14");
        b.date("October", "2023-10");
        List<Finding> found = run(b.build());
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("first day of trading"), found.get(0).message());
    }

    @Test
    void aRoundAnnouncedOnTwoDaysIsFlaggedButNotAgainstADeal() {
        String body = "Ferrovolt said on Monday it had raised 180 million euros in a Series C round. When it announced "
                + "the funding round last Wednesday, Ferrovolt also signed a supply agreement.";
        FactsBuilder b = new FactsBuilder(body);
        b.date(LocalDate.of(2025, 3, 4));
        b.org("Ferrovolt", "Ferrovolt");
        b.date("Monday", "2025-03-03");
        b.date("last Wednesday", "2025-02-26");
        assertEquals(1, run(b.build()).size());

        String two = "Acme announced the acquisition on May 2. Acme announced the funding round on March 1.";
        FactsBuilder c = new FactsBuilder(two);
        c.date("May 2", "2025-05-02");
        c.date("March 1", "2025-03-01");
        assertTrue(run(c.build()).isEmpty(), "a deal and a round are announced apart");
    }

    @Test
    void aStatementDatedInTheLedeDatesTheAnnouncement() {
        String body = "PIF has agreed to buy an 18% stake in Lumeva, Lumeva said in a statement on Tuesday. "
                + "Lumeva's shares have gained 7% since the January 21 announcement.";
        FactsBuilder b = new FactsBuilder(body);
        b.date(LocalDate.of(2026, 1, 22));
        b.org("PIF", "PIF");
        b.date("Tuesday", "2026-01-20");
        b.date("January 21", "2026-01-21");
        assertEquals(1, run(b.build()).size());
    }

    @Test
    void aTimelineLineDatesTheMilestoneItTells() {
        String body = "Under the agreement, which Hanseong said it signed on Tuesday, it will supply packs.\n\nKEY DATES\n"
                + "- %s: Supply contract signed.\n- March 2021: First supply deal signed with Volvo.\n"
                + "- 2024: Deliveries start.";
        for (String line : List.of("Sept. 26, 2022", "Sept. 27, 2022")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, line));
            b.date("Tuesday", "2022-09-27");
            b.date(line, line.equals("Sept. 26, 2022") ? "2022-09-26" : "2022-09-27");
            b.date("March 2021", "2021-03");
            b.date("2024", "2024");
            ArticleFacts f = b.build();
            List<Finding> found = run(f);
            if (line.startsWith("Sept. 26")) {
                assertEquals(1, found.size(), found::toString);
                assertEquals(List.of("Tuesday", "Sept. 26, 2022"), found.get(0).spans().stream().map(f::text).toList());
            } else {
                assertTrue(found.isEmpty(), "the same day; a first deal's line is another deal: " + found);
            }
        }
        String two = "The companies signed the contract on Oct. 28.\n- Oct. 28, 2024: Contract signed.\n"
                + "- Oct. 2, 2019: Contract signed with Volvo.\n- Nov. 5, 2024: Deal closed.";
        FactsBuilder c = new FactsBuilder(two);
        c.date("Oct. 28", "2024-10-28");
        c.date("Oct. 28, 2024", "2024-10-28");
        c.date("Oct. 2, 2019", "2019-10-02");
        c.date("Nov. 5, 2024", "2024-11-05");
        assertTrue(run(c.build()).isEmpty(), "two lines of a timeline, and a line years off, are other events");
    }

    @Test
    void sharesThatBeginTradingOnAnExchangeDebutThatDay() {
        String body = "The shares will begin trading on the Nasdaq on Thursday under the symbol AXHR. \"If Axiom trades "
                + "well after its April 10 debut, others will follow,\" an analyst said.";
        FactsBuilder b = new FactsBuilder(body);
        b.date("Thursday", "2026-04-09");
        b.date("April 10", "2026-04-10");
        assertEquals(1, run(b.build()).size());
    }

    @Test
    void aWeekdaysOwnAnnouncementDatesIt() {
        String body = "Halvard has agreed to buy Orbis for $2 billion, the company said on Monday. Shares rose after "
                + "%s's announcement of %s.";
        for (String[] c : new String[][] {{"Wednesday", "the deal", "1"}, {"Monday", "the deal", "0"},
                {"Wednesday", "its results", "0"}}) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, c[0], c[1]));
            b.date(LocalDate.of(2024, 5, 14));
            b.org("Halvard", "Halvard");
            b.org("Orbis", "Orbis");
            b.date("Monday", "2024-05-13");
            b.date(c[0], c[0].equals("Monday") ? "2024-05-13" : "2024-05-08");
            assertEquals(Integer.parseInt(c[2]), run(b.build()).size(), c[0] + " " + c[1]);
        }
    }
}
