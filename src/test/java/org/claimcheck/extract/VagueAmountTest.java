package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.Money;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts given by their order of magnitude and percentages given as a fraction of one percent. */
class VagueAmountTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cerberus agreed to take on billions of dollars in pension costs.|billions of dollars|2000000000|USD",
        "it spent millions of euros on lawyers|millions of euros|2000000|EUR",
        "tens of millions of pounds were lost|tens of millions of pounds|20000000|GBP",
        "hundreds of billions of U.S. dollars|hundreds of billions of U.S. dollars|200000000000|USD",
    })
    void orderOfMagnitudeIsTheLeastItCanBe(String text, String span, String amount, String currency) {
        List<Found> f = MoneyRecognizer.find(text);
        assertEquals(1, f.size(), f::toString);
        assertEquals(span, text.substring(f.get(0).start(), f.get(0).end()));
        Money m = (Money) f.get(0).value();
        assertEquals(amount, m.amount().toPlainString());
        assertEquals(currency, m.currency());
        assertEquals(Qualifier.AT_LEAST, m.qualifier());
    }

    @Test
    void countsOfOtherThingsAreNoMoney() {
        assertTrue(MoneyRecognizer.find("millions of users and billions of shares").isEmpty());
    }

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
