package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.claimcheck.model.Money;
import org.claimcheck.model.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyRecognizerTest {

    /** The one money mention in {@code text}; checks its span text too. */
    private static Money only(String text, String expectedSpan) {
        List<Found> found = MoneyRecognizer.find(text);
        assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
        Found f = found.get(0);
        assertEquals(expectedSpan, text.substring(f.start(), f.end()));
        return (Money) f.value();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It paid $50B for it.|$50B|50000000000|USD|EXACT",
        "a $1.5bn round|$1.5bn|1500000000|USD|EXACT",
        "worth €3 million in cash|€3 million|3000000|EUR|EXACT",
        "a £13 billion contract|£13 billion|13000000000|GBP|EXACT",
        "some 50 billion dollars of chips|50 billion dollars|50000000000|USD|APPROX",
        "debt of US$2.3 trillion|US$2.3 trillion|2300000000000|USD|EXACT",
        "investing up to $50 billion in|$50 billion|50000000000|USD|UP_TO",
        "about $7.5 billion a quarter|$7.5 billion|7500000000|USD|APPROX",
        "nearly ¥180 billion|¥180 billion|180000000000|JPY|APPROX",
        "more than $38 billion|$38 billion|38000000000|USD|MORE_THAN",
        "at least €2bn|€2bn|2000000000|EUR|AT_LEAST",
        "less than $100,000|$100,000|100000|USD|LESS_THAN",
        "raised ₹2,400 crore|₹2,400 crore|24000000000|INR|EXACT",
        "a ₩2.1 trillion deal|₩2.1 trillion|2100000000000|KRW|EXACT",
        "pay ₩48,000 a share|₩48,000|48000|KRW|EXACT",
        "a ₽5 billion fine|₽5 billion|5000000000|RUB|EXACT",
        "a Rs 600 crore loan|Rs 600 crore|6000000000|INR|EXACT",
        "Five billion dollars went to chips|Five billion dollars|5000000000|USD|EXACT",
        "a fee of 15 cents|15 cents|0.15|USD|EXACT",
        "priced at A$4.20 a share|A$4.20|4.2|AUD|EXACT",
    })
    void normalizes(String text, String span, String amount, String currency, String qualifier) {
        Money m = only(text, span);
        assertEquals(amount, m.amount().toPlainString());
        assertEquals(currency, m.currency());
        assertEquals(Qualifier.valueOf(qualifier), m.qualifier());
        assertNull(m.amountHigh());
    }

    /** A currency word shared by several countries takes its code from the nationality before it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "revenue of 3.1 billion Danish kroner in 2024|3.1 billion Danish kroner|DKK",
        "a 2.4 billion Norwegian crown order|2.4 billion Norwegian crown|NOK",
        "sold for 12 billion Swedish kronor|12 billion Swedish kronor|SEK",
        "sold for 12 billion kronor|12 billion kronor|SEK",
        "a fee of 5 million pounds sterling|5 million pounds sterling|GBP",
        "a loan of 9 billion Egyptian pounds|9 billion Egyptian pounds|EGP",
        "worth 3 billion Hong Kong dollars|3 billion Hong Kong dollars|HKD",
        "raised 400 million South African rand|400 million South African rand|ZAR",
        "a 300 million Saudi riyal contract|300 million Saudi riyal|SAR",
        "fined 80 billion Indian rupees|80 billion Indian rupees|INR",
        "paid 2 billion Mexican pesos|2 billion Mexican pesos|MXN",
        "paid 2 billion Philippine pesos|2 billion Philippine pesos|PHP",
    })
    void readsCurrencyWordsByNationality(String text, String span, String currency) {
        assertEquals(currency, only(text, span).currency());
    }

    @Test
    void leavesCurrencyWordsOfNoOneCountryAlone() {
        assertTrue(MoneyRecognizer.find("a bonus of 20 billion crowns").isEmpty());
        assertTrue(MoneyRecognizer.find("it cost 40 million shillings").isEmpty());
    }

    @Test
    void readsRanges() {
        Money m = only("valued at $10-12 billion by analysts", "$10-12 billion");
        assertEquals(Qualifier.RANGE, m.qualifier());
        assertEquals("10000000000", m.amount().toPlainString());
        assertEquals("12000000000", m.amountHigh().toPlainString());

        Money b = only("between €2 billion and €3 billion", "€2 billion and €3 billion");
        assertEquals("2000000000", b.amount().toPlainString());
        assertEquals("3000000000", b.amountHigh().toPlainString());
    }

    @Test
    void fromToIsAChangeNotARange() {
        List<Found> found = MoneyRecognizer.find("cut its target from US$55 billion to US$27 billion.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("55000000000", ((Money) found.get(0).value()).amount().toPlainString());
        assertEquals("27000000000", ((Money) found.get(1).value()).amount().toPlainString());
    }

    @Test
    void exchangeRatesAreNotAmounts() {
        assertTrue(MoneyRecognizer.find("The dollar was trading at 92.27 yen to the dollar.").isEmpty());
        assertTrue(MoneyRecognizer.find("The euro bought 1.08 dollars per euro.").isEmpty());
        Money converted = only("It converted 500 million yen to dollars.", "500 million yen");
        assertEquals("500000000", converted.amount().toPlainString());
    }

    @Test
    void ignoresNumbersWithoutCurrency() {
        assertTrue(MoneyRecognizer.find("It sold 50 billion chips in 2025 and 30 percent more.").isEmpty());
    }

    @Test
    void amountsAreExactDecimals() {
        // seeded random amounts: the parsed value must equal the written digits times the scale, exactly
        long seed = 42L;
        Random r = new Random(seed);
        for (int i = 0; i < 500; i++) {
            long whole = r.nextInt(1000);
            int frac = r.nextInt(100);
            String num = whole + "." + (frac < 10 ? "0" + frac : String.valueOf(frac));
            String text = "a deal worth $" + num + " billion.";
            Money m = only(text, "$" + num + " billion");
            assertEquals(new java.math.BigDecimal(num).movePointRight(9).compareTo(m.amount()), 0,
                    "seed " + seed + " case " + i + ": " + text);
        }
    }
}
