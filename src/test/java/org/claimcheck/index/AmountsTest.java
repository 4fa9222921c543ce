package org.claimcheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "10B              | 10000000000   | -",
        "2.5bn            | 2500000000    | -",
        "$38 billion      | 38000000000   | USD",
        "US$1.2m          | 1200000       | USD",
        "EUR500m          | 500000000     | EUR",
        "₩2.1 trillion    | 2100000000000 | KRW",
        "500 million eur  | 500000000     | EUR",
        "£3 trillion      | 3000000000000 | GBP",
        "1,200,000        | 1200000       | -",
        "750k             | 750000        | -",
        "0.05             | 0.05          | -",
    })
    void readsQueryAmounts(String text, String value, String currency) {
        Amounts.QueryAmount a = Amounts.parse(text).orElseThrow();
        assertEquals(0, new BigDecimal(value).compareTo(a.value()), text + " -> " + a.value());
        assertEquals(currency, a.currency());
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        for (String bad : new String[] {"", "ten", "10X", "$", "1,00", "$10 EUR", "10 billions"}) {
            assertTrue(Amounts.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void storesExactUnitsAndBoundsRoundInward() {
        assertEquals(380_000_000_000_000L, Amounts.toUnits(new BigDecimal("38000000000")));
        assertEquals(1235L, Amounts.toUnitsBound(new BigDecimal("0.12341"), true));
        assertEquals(1234L, Amounts.toUnitsBound(new BigDecimal("0.12349"), false));
        assertEquals(Long.MAX_VALUE, Amounts.toUnits(new BigDecimal("1e30")));
    }

    @Test
    void displaysAmountsForPeople() {
        assertEquals("USD 38 billion", Amounts.display(new BigDecimal("38000000000"), "USD"));
        assertEquals("EUR 2.5 billion", Amounts.display(new BigDecimal("2500000000"), "EUR"));
        assertEquals("GBP 250,000", Amounts.display(new BigDecimal("250000"), "GBP"));
        assertEquals("USD 1,234.5", Amounts.display(new BigDecimal("1234.50"), "USD"));
        assertEquals("JPY 1.2 trillion", Amounts.display(new BigDecimal("1200000000000"), "JPY"));
    }

    @Test
    void currencyKeysDifferAndAreNonNegative() {
        assertTrue(Amounts.currencyKey("USD") != Amounts.currencyKey("EUR"));
        assertEquals(Amounts.currencyKey("usd"), Amounts.currencyKey("USD"));
        assertTrue(Amounts.currencyKey("ZZZ") >= 0);
    }
}
