package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimcheck.model.TimeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRecognizerTest {

    private static final LocalDate PUB = LocalDate.of(2026, 4, 27); // a Monday

    private static TimeValue only(String text, String span, Tense tense, LocalDate anchor) {
        List<TimexCandidate> found = DateRecognizer.find(text);
        assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
        TimexCandidate c = found.get(0);
        assertEquals(span, text.substring(c.start(), c.end()));
        return DateResolver.resolve(c, anchor, tense);
    }

    @ParameterizedTest(name = "{0} [{2}]")
    @CsvSource(delimiter = '|', value = {
        "It closed on February 16, 2026.|February 16, 2026|PAST|2026-02-16|2026-02-16|2026-02-16",
        "In October, they announced it.|October|PAST|2025-10|2025-10-01|2025-10-31",
        "In October they will announce it.|October|FUTURE|2026-10|2026-10-01|2026-10-31",
        "In February OpenAI announced it.|February|PAST|2026-02|2026-02-01|2026-02-28",
        "Last quarter, revenue rose.|Last quarter|PAST|2026-Q1|2026-01-01|2026-03-31",
        "On Monday, the firms said.|Monday|PAST|2026-04-27|2026-04-27|2026-04-27",
        "On Friday, the firms said.|Friday|PAST|2026-04-24|2026-04-24|2026-04-24",
        "a licence through 2032|2032|PRESENT|2032|2032-01-01|2032-12-31",
        "in the first quarter of 2026|first quarter of 2026|PAST|2026-Q1|2026-01-01|2026-03-31",
        "results for Q3 2025|Q3 2025|PAST|2025-Q3|2025-07-01|2025-09-30",
        "in the first half of 2025|first half of 2025|PAST|2025-H1|2025-01-01|2025-06-30",
        "sales fell last year|last year|PAST|2025|2025-01-01|2025-12-31",
        "growth earlier this year|earlier this year|PAST|2026|2026-01-01|2026-12-31",
        "it launches next month|next month|FUTURE|2026-05|2026-05-01|2026-05-31",
        "the deal signed yesterday|yesterday|PAST|2026-04-26|2026-04-26|2026-04-26",
        "two years ago it began|two years ago|PAST|2024|2024-01-01|2024-12-31",
        "It was agreed on 3 March 2026.|3 March 2026|PAST|2026-03-03|2026-03-03|2026-03-03",
        "by early 2027|early 2027|FUTURE|2027|2027-01-01|2027-12-31",
        "sales last week|last week|PAST|2026-W17|2026-04-20|2026-04-26",
    })
    void resolvesAgainstPublicationDate(String text, String span, String tense, String value, String begin,
                                        String end) {
        TimeValue t = only(text, span, Tense.valueOf(tense), PUB);
        assertEquals(value, t.value());
        assertEquals(LocalDate.parse(begin), t.begin());
        assertEquals(LocalDate.parse(end), t.end());
    }

    @Test
    void withoutAnchorRelativeDatesStayUnresolved() {
        TimeValue t = only("In October, they announced it.", "October", Tense.PAST, null);
        assertEquals("XXXX-10", t.value());
        assertNull(t.begin());
        assertFalse(t.resolved());
        assertEquals("2032", only("through 2032", "2032", Tense.PRESENT, null).value());
    }

    @Test
    void dayRangesKeepBothEnds() {
        TimeValue t = only("held October 13-15, 2026 in town", "October 13-15, 2026", Tense.FUTURE, PUB);
        assertEquals(LocalDate.of(2026, 10, 13), t.begin());
        assertEquals(LocalDate.of(2026, 10, 15), t.end());
    }

    @Test
    void skipsNonDates() {
        assertTrue(DateRecognizer.find("It may rise. They march on. 2,026 jobs and 2030 employees.").isEmpty());
        assertTrue(DateRecognizer.find("$2026 and 2026%").isEmpty());
    }

    @Test
    void nearestMonthInPresentTense() {
        // a timeline line in the historical present, April 2026: November is last November
        assertEquals("2025-11", only("In November they sign a deal.", "November", Tense.PRESENT, PUB).value());
        assertEquals("2026-06", only("In June they sign a deal.", "June", Tense.PRESENT, PUB).value());
    }
}
