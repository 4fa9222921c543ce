package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranges of durations written with one unit, and "a quarter" as a fraction rather than three months. */
class DurationRangeTest {

    private static List<String> found(String text) {
        return DurationRecognizer.find(text).stream()
                .map(f -> text.substring(f.start(), f.end()) + "=" + f.value()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the process would take between 60 and 90 days.|60=P60D|90 days=P90D",
        "a delay of two to three years|two=P2Y|three years=P3Y",
        "in four or five months|four=P4M|five months=P5M",
        "within 6-8 weeks|6=P6W|8 weeks=P8W",
    })
    void bothEndsOfARangeAreDurations(String text, String first, String second) {
        assertEquals(List.of(first, second), found(text));
    }

    @Test
    void aRangeNeedsASmallerFirstNumber() {
        // a year before "and" is no end of the range, nor is a larger number
        assertEquals(List.of("two years=P2Y"), found("It opened in 2009 and two years later it closed."));
        assertEquals(List.of("three years=P3Y"), found("It sold 10 or three years of stock."));
        assertEquals(List.of("90 days=P90D"), found("It paid $60 to 90 days of interest."));
    }

    @Test
    void aQuarterOfSomethingIsAFraction() {
        assertTrue(found("it wants to eliminate 789, or about a quarter, of its 3,200 dealers").isEmpty());
        assertTrue(found("more than a quarter of its revenue").isEmpty());
        assertEquals(List.of("a quarter=P3M"), found("sales fell for a quarter before they rose"));
        assertEquals(List.of("three quarters=P9M"), found("three quarters of growth"));
    }
}
