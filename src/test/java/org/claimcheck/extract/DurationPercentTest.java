package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationPercentTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "over the six years covered|six years|P6Y",
        "a six-year licence|six-year|P6Y",
        "within 18 months|18 months|P18M",
        "for a decade|a decade|P10Y",
        "two and a half years of talks|two and a half years|P2.5Y",
        "a 24-hour outage|24-hour|PT24H",
        "six straight days of losses|six straight days|P6D",
        "for more than a year|a year|P1Y",
        "three quarters of growth|three quarters|P9M",
        "accepted an improved one three weeks after|three weeks|P3W",
        "twenty-one days of talks|twenty-one days|P21D",
        "for two hundred days|two hundred days|P200D",
        "paid for its shares a week later|a week|P1W",
        "a month after the filing|a month|P1M",
        "sales have fallen in recent years|recent years|PXY",
        "over the past few months the shares|few months|PXM",
        "it took a few weeks to close|a few weeks|PXW",
        "the brand has been built over the years|years|PXY",
        "the two companies have competed for decades|decades|PXDE",
        "the site went down within minutes|minutes|PTXM",
        "talks dragged on for a year and a half|a year and a half|P1.5Y",
        "its engineers are a year ahead of rivals|a year|P1Y",
        "secures supply for the next decade|next decade|P10Y",
    })
    void durations(String text, String span, String iso) {
        List<Found> f = DurationRecognizer.find(text);
        assertEquals(1, f.size(), f::toString);
        assertEquals(span, text.substring(f.get(0).start(), f.get(0).end()));
        assertEquals(iso, f.get(0).value());
    }

    @Test
    void agesRatesAndDatesAreNotDurations() {
        assertTrue(DurationRecognizer.find("a 35-year-old founder, $5bn a year, two years ago").isEmpty());
        assertTrue(DurationRecognizer.find("revenue of $4 million a year earlier").isEmpty(), "a comparison period");
        assertTrue(DurationRecognizer.find("a few years ago, in the years 2009 and 2010").isEmpty(),
                "a date and named years");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "owning about 27 percent of it|27 percent|27|APPROX",
        "a 4.5% stake|4.5%|4.5|EXACT",
        "up 12 per cent on the year|12 per cent|12|EXACT",
        "more than 51% of shares|51%|51|MORE_THAN",
    })
    void percents(String text, String span, String value, String q) {
        List<Found> f = PercentRecognizer.find(text);
        assertEquals(1, f.size(), f::toString);
        assertEquals(span, text.substring(f.get(0).start(), f.get(0).end()));
        Percent p = (Percent) f.get(0).value();
        assertEquals(value, p.value().toPlainString());
        assertEquals(Qualifier.valueOf(q), p.qualifier());
    }

    @Test
    void percentagePointsAreNotPercents() {
        assertTrue(PercentRecognizer.find("margins rose 3 percentage points").isEmpty());
    }
}
