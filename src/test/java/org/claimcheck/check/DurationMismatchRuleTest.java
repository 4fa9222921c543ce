package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

class DurationMismatchRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new DurationMismatchRule().apply(f);
    }

    private static ArticleFacts licence(String body, String year) {
        FactsBuilder b = new FactsBuilder(body);
        b.duration("six-year", "P6Y");
        b.date(year, year);
        return b.build();
    }

    @Test
    void sixYearsThrough2032From2026Holds() {
        assertTrue(run(licence("Microsoft gets a six-year licence through 2032.", "2032")).isEmpty());
    }

    @Test
    void sixYearsThrough2035From2026IsFlagged() {
        String body = "Microsoft gets a six-year licence through 2035.";
        List<Finding> found = run(licence(body, "2035"));
        assertEquals(1, found.size());
        assertEquals(FindingType.DURATION_MISMATCH, found.get(0).type());
        assertEquals(List.of("six-year", "2035"), found.get(0).spans().stream().map(s -> s.of(body)).toList());
    }

    @Test
    void aStartToldWithBeganCountsFromThatYear() {
        String ok = "Norvik's 10-year concession, which began in 2020, runs until 2030.";
        FactsBuilder a = new FactsBuilder(ok);
        a.duration("10-year", "P10Y");
        a.date("2020", "2020");
        a.date("2030", "2030");
        assertTrue(run(a.build()).isEmpty(), "2020 plus ten years ends in 2030");
        String broken = "Norvik's 10-year concession, which began in 2020, runs until 2028.";
        FactsBuilder b = new FactsBuilder(broken);
        b.duration("10-year", "P10Y");
        b.date("2020", "2020");
        b.date("2028", "2028");
        List<Finding> found = run(b.build());
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("counted from \"2020\""), found.get(0).message());
    }

    @Test
    void seedShapeAcrossSentencesHolds() {
        String body = "This contract gives Microsoft a non-exclusive license to OpenAI IP through 2032. "
                + "Most of OpenAI's cloud will be served by Azure over the six years covered by this deal.";
        FactsBuilder b = new FactsBuilder(body);
        b.date("2032", "2032");
        b.duration("six years", "P6Y");
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void brokenAcrossSentencesIsFlagged() {
        String body = "This contract gives Microsoft a non-exclusive license to OpenAI IP through 2032. "
                + "Most of OpenAI's cloud will be served by Azure over the nine years covered by this deal.";
        FactsBuilder b = new FactsBuilder(body);
        b.date("2032", "2032");
        b.duration("nine years", "P9Y");
        assertEquals(1, run(b.build()).size());
    }

    @Test
    void explicitStartIsUsed() {
        String body = "The 18-month lease runs from January 2025 until June 2026.";
        FactsBuilder b = new FactsBuilder(body);
        b.duration("18-month", "P18M");
        b.date("January 2025", "2025-01");
        b.date("June 2026", "2026-06");
        assertTrue(run(b.build()).isEmpty());
        String broken = "The 18-month lease runs from January 2025 until June 2027.";
        FactsBuilder c = new FactsBuilder(broken);
        c.duration("18-month", "P18M");
        c.date("January 2025", "2025-01");
        c.date("June 2027", "2027-06");
        assertEquals(1, run(c.build()).size());
    }

    @Test
    void offsetsAndPastEndsAreIgnored() {
        String body = "Six years ago the firms signed a pact that ran until 2021.";
        FactsBuilder b = new FactsBuilder(body);
        b.duration("Six years", "P6Y");
        b.date("2021", "2021");
        assertTrue(run(b.build()).isEmpty());
        String past = "The firms had a ten-year pact until 2021.";
        FactsBuilder c = new FactsBuilder(past);
        c.duration("ten-year", "P10Y");
        c.date("2021", "2021");
        assertTrue(run(c.build()).isEmpty(), "an end before publication gives no implied start");
    }

    @Test
    void signingDateIsTheStartAndReportingPeriodsAreIgnored() {
        String body = "In 2024 Ironbridge signed a four-year contract, through 2028, to buy robots.";
        FactsBuilder b = new FactsBuilder(body);
        b.date("2024", "2024");
        b.duration("four-year", "P4Y");
        b.date("2028", "2028");
        assertTrue(run(b.build()).isEmpty());
        String period = "Revenue for the three months to September rose from a year earlier.";
        FactsBuilder c = new FactsBuilder(period);
        c.duration("three months", "P3M");
        c.date("September", "2026-09");
        assertTrue(run(c.build()).isEmpty());
    }

    @Test
    void aTermFollowedByItsEndIsCheckedFromTheSigningDay() {
        String body = "Daewon said on March 3 it had signed a contract to supply testers to SK Hynix over seven years through 2028.";
        FactsBuilder b = new FactsBuilder(body).date(java.time.LocalDate.of(2026, 3, 3));
        b.date("March 3", "2026-03-03");
        b.duration("seven years", "P7Y");
        b.date("2028", "2028");
        List<Finding> found = run(b.build());
        assertEquals(1, found.size());
        String ok = "Daewon said on March 3 it had signed a contract to supply testers to SK Hynix over two years through 2028.";
        FactsBuilder c = new FactsBuilder(ok).date(java.time.LocalDate.of(2026, 3, 3));
        c.date("March 3", "2026-03-03");
        c.duration("two years", "P2Y");
        c.date("2028", "2028");
        assertTrue(run(c.build()).isEmpty());
        String period = "Its 12 months ended June were the best in its history.";
        FactsBuilder d = new FactsBuilder(period).date(java.time.LocalDate.of(2026, 8, 3));
        d.duration("12 months", "P12M");
        d.date("June", "2026-06");
        assertTrue(run(d.build()).isEmpty());
    }

    @Test
    void aTermThroughAYearCountsCalendarYears() {
        String body = "Daewon said on March 3 it had signed a contract to supply testers to SK Hynix over three years through 2028.";
        FactsBuilder b = new FactsBuilder(body).date(java.time.LocalDate.of(2026, 3, 3));
        b.date("March 3", "2026-03-03");
        b.duration("three years", "P3Y");
        b.date("2028", "2028");
        assertTrue(run(b.build()).isEmpty(), "2026, 2027 and 2028 are three years");
    }

    @Test
    void aSeasonStartsTheTerm() {
        String body = "The league signed an eight-year deal, starting with the 2026 season and running through 2030.";
        FactsBuilder b = new FactsBuilder(body).date(java.time.LocalDate.of(2025, 5, 1));
        b.duration("eight-year", "P8Y");
        b.date("2026", "2026");
        b.date("2030", "2030");
        List<Finding> found = run(b.build());
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).spans().size(), "length, start and end are all evidence");
    }

    @Test
    void theEndMayComeInALaterSentenceAboutTheDeal() {
        String body = "Nordlicht will license its archive to Lexara in a six-year deal worth 84 million euros. "
                + "Lexara will use it to train models. The licence takes effect in August and runs through 2035.";
        FactsBuilder b = new FactsBuilder(body).date(java.time.LocalDate.of(2026, 3, 2));
        b.duration("six-year", "P6Y");
        b.date("August", "2026-08");
        b.date("2035", "2035");
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(List.of("six-year", "August", "2035"),
                found.get(0).spans().stream().map(f::text).sorted((x, y) -> body.indexOf(x) - body.indexOf(y)).toList());
        String ok = body.replace("2035", "2032");
        FactsBuilder c = new FactsBuilder(ok).date(java.time.LocalDate.of(2026, 3, 2));
        c.duration("six-year", "P6Y");
        c.date("August", "2026-08");
        c.date("2032", "2032");
        assertTrue(run(c.build()).isEmpty());
    }

    @Test
    void theLengthOfAnOptionIsNotTheTermsAndBeginStartsIt() {
        String body = "The contract runs for five years. Work will begin on 1 October 2026 and the agreement expires on "
                + "30 September 2031, with two optional one-year extensions.";
        FactsBuilder b = new FactsBuilder(body);
        b.duration("five years", "P5Y");
        b.date("1 October 2026", "2026-10-01");
        b.date("30 September 2031", "2031-09-30");
        b.duration("one-year", "P1Y");
        assertTrue(run(b.build()).isEmpty(), "five years from 1 October 2026 end on 30 September 2031");
        String off = body.replace("2031", "2030");
        FactsBuilder c = new FactsBuilder(off);
        c.duration("five years", "P5Y");
        c.date("1 October 2026", "2026-10-01");
        c.date("30 September 2030", "2030-09-30");
        c.duration("one-year", "P1Y");
        ArticleFacts f = c.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("five years", "1 October 2026", "30 September 2030"),
                found.get(0).spans().stream().map(f::text).toList());
    }

    /** A delivery schedule told with start and end, then "the {@code years}-year delivery period". */
    private static ArticleFacts deliveries(String years, String iso) {
        String body = "Deliveries are scheduled to start in the first quarter of 2028 and finish by the end of 2031. "
                + "The airline will finance half the jets. Net debt stays low during the " + years
                + "-year delivery period.";
        FactsBuilder b = new FactsBuilder(body);
        b.date("first quarter of 2028", "2028-Q1");
        b.date("end of 2031", "2031");
        b.duration(years + "-year", iso);
        return b.build();
    }

    @Test
    void aDefiniteLengthReferringBackToASchedule() {
        ArticleFacts f = deliveries("seven", "P7Y");
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("first quarter of 2028", "end of 2031", "seven-year"),
                found.get(0).spans().stream().map(f::text).toList());
        assertTrue(run(deliveries("four", "P4Y")).isEmpty(), "2028 through 2031 is four years");
    }

    @Test
    void aDeadlineIsNoTerm() {
        String body = "The licences run for 15 years, from 1 January 2027 until the end of 2041. Winners must cover "
                + "95% of the island within three years of the licence start.";
        FactsBuilder b = new FactsBuilder(body);
        b.duration("15 years", "P15Y");
        b.date("1 January 2027", "2027-01-01");
        b.date("end of 2041", "2041");
        b.duration("three years", "P3Y");
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void aLengthAfterABareInIsNoTerm() {
        String body = "The fiscal year ending March 2026 looks strong. Deal momentum is the best we have seen in six "
                + "quarters.";
        FactsBuilder b = new FactsBuilder(body);
        b.date(java.time.LocalDate.of(2025, 7, 17));
        b.date("March 2026", "2026-03");
        b.duration("six quarters", "P18M");
        assertTrue(run(b.build()).isEmpty(), "'in six quarters' looks back; a fiscal year's end ends no term");
    }

    @Test
    void aSigningDateAfterTheLengthIsItsStart() {
        String ok = "The club plays under a 99-year lease that was signed in 1998 and runs until 2097.";
        FactsBuilder a = new FactsBuilder(ok);
        a.date(java.time.LocalDate.of(2025, 8, 12));
        a.duration("99-year", "P99Y");
        a.date("1998", "1998");
        a.date("2097", "2097");
        assertTrue(run(a.build()).isEmpty(), "1998 plus 99 years ends in 2097");
        String broken = "The club plays under a 99-year lease that was signed in 1998 and runs until 2087.";
        FactsBuilder b = new FactsBuilder(broken);
        b.date(java.time.LocalDate.of(2025, 8, 12));
        b.duration("99-year", "P99Y");
        b.date("1998", "1998");
        b.date("2087", "2087");
        List<Finding> found = run(b.build());
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("counted from \"1998\""), found.get(0).message());
    }

    @Test
    void aSentenceAboutTheDealFarOnMayGiveItsEnd() {
        String body = "AMD will supply chips to Stratacore under a six-year deal. Deliveries start soon. Brandt spoke. "
                + "He was pleased. Analysts agreed. Shares rose. The agreement, which runs through 2035, has options.";
        FactsBuilder b = new FactsBuilder(body);
        b.date(java.time.LocalDate.of(2024, 11, 6));
        b.duration("six-year", "P6Y");
        b.date("2035", "2035");
        List<Finding> found = run(b.build());
        assertEquals(1, found.size(), "2024 plus six years ends in 2030, not 2035");

        String other = body.replace("Analysts agreed.", "It also signed a contract with Dell.");
        FactsBuilder c = new FactsBuilder(other);
        c.date(java.time.LocalDate.of(2024, 11, 6));
        c.duration("six-year", "P6Y");
        c.date("2035", "2035");
        assertTrue(run(c.build()).isEmpty(), "another deal told between: 'the agreement' may be that one");
    }

    @Test
    void aLengthSomethingLastedRefersBackToTheSpanTold() {
        String body = "The firms coordinated prices from 2014 to 2021, officials said. Verpak rejected this. Over the "
                + "nine years the arrangement lasted, sales were large.";
        FactsBuilder b = new FactsBuilder(body);
        b.date(java.time.LocalDate.of(2026, 1, 21));
        b.date("2014", "2014");
        b.date("2021", "2021");
        b.duration("nine years", "P9Y");
        assertEquals(1, run(b.build()).size(), "2014 to 2021 is seven or eight years");
        String ok = body.replace("nine years", "seven years");
        FactsBuilder c = new FactsBuilder(ok);
        c.date(java.time.LocalDate.of(2026, 1, 21));
        c.date("2014", "2014");
        c.date("2021", "2021");
        c.duration("seven years", "P7Y");
        assertTrue(run(c.build()).isEmpty());
    }

    @Test
    void aHorizonOrAChoiceOfLengthsIsNoTerm() {
        String body = "If a rival chip proves better in the next two or three years, Keystone would be locked in until 2027.";
        FactsBuilder b = new FactsBuilder(body);
        b.date(java.time.LocalDate.of(2022, 6, 1));
        b.duration("two", "P2Y");
        b.duration("three years", "P3Y");
        b.date("2027", "2027");
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void theFirstYearsOfATermAreNoTermButAFirstContractsLengthIs() {
        String part = "The 10-year contract starts on July 1, 2025 and runs until June 30, 2035. The initial term is "
                + "worth A$780 million over the first five years.";
        FactsBuilder b = new FactsBuilder(part);
        b.date(java.time.LocalDate.of(2024, 10, 3));
        b.duration("10-year", "P10Y");
        b.date("July 1, 2025", "2025-07-01");
        b.date("June 30, 2035", "2035-06-30");
        b.duration("five years", "P5Y");
        assertTrue(run(b.build()).isEmpty());
        String first = "Keystone signed its first five-year contract, which runs until 2035.";
        FactsBuilder c = new FactsBuilder(first);
        c.date(java.time.LocalDate.of(2025, 3, 1));
        c.duration("five-year", "P5Y");
        c.date("2035", "2035");
        assertEquals(1, run(c.build()).size(), "a first contract's length is its term");
    }

    @Test
    void aBondsTenorMustFitItsMaturityWithinAYear() {
        String list = "Rheinwerk sold €1 billion of four-year notes due March 2030 and €1.25 billion of eight-year notes "
                + "due March 2034.";
        FactsBuilder b = new FactsBuilder(list);
        b.date(java.time.LocalDate.of(2026, 3, 10));
        b.duration("four-year", "P4Y");
        b.date("March 2030", "2030-03");
        b.duration("eight-year", "P8Y");
        b.date("March 2034", "2034-03");
        assertTrue(run(b.build()).isEmpty(), "each tranche is paired with its own maturity");
        for (String year : List.of("2031", "2033", "2034")) {
            String body = "The eight-year bonds, which mature in July " + year + ", priced at 98 basis points over swaps.";
            FactsBuilder c = new FactsBuilder(body);
            c.date(java.time.LocalDate.of(2025, 7, 23));
            c.duration("eight-year", "P8Y");
            c.date("July " + year, year + "-07");
            assertEquals(year.equals("2031") ? 1 : 0, run(c.build()).size(), year);
        }
    }

    @Test
    void aLockUpsLengthMustEndWhenItsExpiryIsSaid() {
        String body = "Hoshino has agreed not to sell any further shares for 180 days. Analysts warned the stock could "
                + "fall when the lock-ups expire in %s.";
        for (String month : List.of("February", "May")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, month));
            b.date(java.time.LocalDate.of(2023, 11, 15));
            b.duration("180 days", "P180D");
            b.date(month, month.equals("May") ? "2024-05" : "2024-02");
            assertEquals(month.equals("February") ? 1 : 0, run(b.build()).size(), month);
        }
    }
}
