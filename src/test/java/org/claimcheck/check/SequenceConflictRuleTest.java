package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

class SequenceConflictRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new SequenceConflictRule().apply(f);
    }

    private static ArticleFacts twoDates(String body, String d1, String v1, String d2, String v2) {
        FactsBuilder b = new FactsBuilder(body);
        b.date(d1, v1);
        b.date(d2, v2);
        return b.build();
    }

    @Test
    void aWeekLaterMustBeAWeekLater() {
        String ok = "OpenAI announced the deal on February 27. A week later, on March 6, Microsoft objected.";
        assertTrue(run(twoDates(ok, "February 27", "2026-02-27", "March 6", "2026-03-06")).isEmpty());
        String broken = "OpenAI announced the deal on February 27. A week later, on March 20, Microsoft objected.";
        ArticleFacts f = twoDates(broken, "February 27", "2026-02-27", "March 20", "2026-03-20");
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(FindingType.SEQUENCE_CONFLICT, found.get(0).type());
        assertEquals(List.of("February 27", "A week later", "March 20"),
                found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void theSameDayWithAnotherDate() {
        String broken = "OpenAI announced the deal on February 27. The same day, on March 2, Microsoft objected.";
        assertEquals(1, run(twoDates(broken, "February 27", "2026-02-27", "March 2", "2026-03-02")).size());
        String coarse = "OpenAI announced the deal in February. The same day, on February 27, Microsoft objected.";
        assertTrue(run(twoDates(coarse, "February", "2026-02", "February 27", "2026-02-27")).isEmpty());
    }

    @Test
    void beforeAndAfterInOneSentence() {
        String ok = "Microsoft objected on March 3, two days after the announcement on March 1.";
        assertTrue(run(twoDates(ok, "March 3", "2026-03-03", "March 1", "2026-03-01")).isEmpty());
        String broken = "Microsoft objected on March 3, two days after the announcement on March 5.";
        assertEquals(1, run(twoDates(broken, "March 3", "2026-03-03", "March 5", "2026-03-05")).size());
        String resolved = "The deal was signed in April, after the talks that began in June.";
        assertTrue(run(twoDates(resolved, "April", "2026-04", "June", "2025-06")).isEmpty());
        String wrong = "The deal was signed in June, before the talks that began in April.";
        assertEquals(1, run(twoDates(wrong, "June", "2026-06", "April", "2026-04")).size());
    }

    @Test
    void seedSameDayWithoutADateRaisesNothing() {
        String body = "In February OpenAI announced that Amazon was investing. "
                + "On the same day OpenAI announced its AWS deal, Microsoft publicly refuted AWS's exclusive terms.";
        FactsBuilder b = new FactsBuilder(body);
        b.date("February", "2026-02");
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void aCarriedOverWeekLaterNamesTheDateItCountsFrom() {
        String body = "Brennwald completed on Tuesday its takeover of Caldera. The Commission cleared the acquisition on "
                + "September 15, and Brennwald closed the transaction a week later.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Brennwald", "Brennwald");
        b.org("Caldera", "Caldera");
        int tuesday = b.date("Tuesday", "2026-10-06");
        b.date("September 15", "2026-09-15");
        b.claim("completed", EventClass.ACQUIRE).lemma("complete").agent("Brennwald").patient("Caldera").time(tuesday);
        b.claim("closed", EventClass.ACQUIRE).lemma("close").agent("Brennwald").patient("Caldera")
                .relativeTime("a week later", "2026-09-22");
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("Tuesday", "September 15", "a week later"),
                found.get(0).spans().stream().map(f::text).toList());
        assertTrue(found.get(0).message().contains("\"a week later\" after \"September 15\""), found.get(0).message());
    }

    @Test
    void laterFollowedByAnUnrelatedDateIsIgnored() {
        String body = "OpenAI announced the deal on February 27. A week later, the company said its 2030 target stands.";
        assertTrue(run(twoDates(body, "February 27", "2026-02-27", "2030", "2030")).isEmpty());
    }

    @Test
    void anAfterDirectlyFollowedByItsDateCountsFromTheFirstDate() {
        String ok = "The board rejected a first proposal on May 5 and accepted one three weeks after, on May 26.";
        assertTrue(run(twoDates(ok, "May 5", "2026-05-05", "May 26", "2026-05-26")).isEmpty());
        String broken = "The board rejected a first proposal on May 5 and accepted one three weeks after, on June 9.";
        assertEquals(1, run(twoDates(broken, "May 5", "2026-05-05", "June 9", "2026-06-09")).size());
    }

    @Test
    void aLongGapBetweenTheDatesStillRelatesThem() {
        String broken = "The deal closed on March 30, two weeks after Germany's competition regulator, the Bundeskartellamt, "
                + "cleared it on March 4 without conditions.";
        assertEquals(1, run(twoDates(broken, "March 30", "2026-03-30", "March 4", "2026-03-04")).size());
        String ok = broken.replace("March 30", "March 18");
        assertTrue(run(twoDates(ok, "March 18", "2026-03-18", "March 4", "2026-03-04")).isEmpty());
        String other = "Markets fell on September 16 after the Fed refused to bail out Lehman Brothers, forcing "
                + "the company to file for bankruptcy on September 18.";
        assertTrue(run(twoDates(other, "September 16", "2008-09-16", "September 18", "2008-09-18")).isEmpty(),
                "the second date belongs to another clause");
    }
}
