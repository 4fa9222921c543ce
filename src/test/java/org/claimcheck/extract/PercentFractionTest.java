package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.Percent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Percentages given as a fraction of one percent. */
class PercentFractionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Dow posted a modest gain of half a percent or 39 points.|half a percent|0.5",
        "rates fell by a quarter of one per cent|a quarter of one per cent|0.25",
        "up three-quarters of a percent|three-quarters of a percent|0.75",
    })
    void fractionsOfOnePercent(String text, String span, String value) {
        List<Found> f = PercentRecognizer.find(text);
        assertEquals(1, f.size(), f::toString);
        assertEquals(span, text.substring(f.get(0).start(), f.get(0).end()));
        assertEquals(value, ((Percent) f.get(0).value()).value().toPlainString());
    }

    @Test
    void halfAPercentagePointIsNoPercent() {
        assertTrue(PercentRecognizer.find("rates rose half a percentage point").isEmpty());
    }
}
