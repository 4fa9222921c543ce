package org.claimcheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.claimcheck.model.Money;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.TimeValue;
import org.junit.jupiter.api.Test;

/** Reading CoreNLP's normalized values into records, for the baseline (no CoreNLP needed). */
class BaselineValuesTest {

    @Test
    void moneyInScientificNotationWithCurrencySymbol() {
        Money m = BaselineValues.money("$5.0E10");
        assertEquals(new BigDecimal("50000000000"), m.amount());
        assertEquals("USD", m.currency());
        assertEquals(Qualifier.EXACT, m.qualifier());
        assertEquals("EUR", BaselineValues.money("€3000000.0").currency());
        assertEquals("GBP", BaselineValues.money("£1.3E10").currency());
    }

    @Test
    void moneyBoundsAndRanges() {
        assertEquals(Qualifier.UP_TO, BaselineValues.money("<=$5.0E10").qualifier());
        assertEquals(Qualifier.AT_LEAST, BaselineValues.money(">=$2.0E6").qualifier());
        assertEquals(Qualifier.MORE_THAN, BaselineValues.money(">$1.0E9").qualifier());
        assertEquals(Qualifier.LESS_THAN, BaselineValues.money("<$1.0E9").qualifier());
        assertEquals(Qualifier.APPROX, BaselineValues.money("~$1.5E9").qualifier());
        Money r = BaselineValues.money("$1.0E10-$1.2E10");
        assertEquals(Qualifier.RANGE, r.qualifier());
        assertEquals(new BigDecimal("10000000000"), r.amount());
        assertEquals(new BigDecimal("12000000000"), r.amountHigh());
    }

    @Test
    void centsAndUnknownUnits() {
        Money cents = BaselineValues.money("¢50.0");
        assertEquals(new BigDecimal("0.5"), cents.amount());
        assertEquals("USD", cents.currency());
        assertEquals(BaselineValues.UNKNOWN_CURRENCY, BaselineValues.money("50.0").currency());
        assertEquals("SEK", BaselineValues.money("SEK50.0").currency());
        assertNull(BaselineValues.money("lots"));
        assertNull(BaselineValues.money(null));
    }

    @Test
    void percents() {
        Percent p = BaselineValues.percent("%27.0");
        assertEquals(new BigDecimal("27"), p.value());
        assertEquals(Qualifier.EXACT, p.qualifier());
        assertEquals(Qualifier.MORE_THAN, BaselineValues.percent(">%5.0").qualifier());
        assertEquals(new BigDecimal("12"), BaselineValues.percent("%10.0-%12.0").valueHigh());
    }

    @Test
    void timexIntervals() {
        assertEquals(new TimeValue("2026-02-16", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 16)),
                BaselineValues.time("2026-02-16"));
        assertEquals(new TimeValue("2024-02", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)),
                BaselineValues.time("2024-02"));
        assertEquals(new TimeValue("2026-Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                BaselineValues.time("2026-Q1"));
        assertEquals(new TimeValue("2032", LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31)),
                BaselineValues.time("2032"));
        assertEquals(new TimeValue("PRESENT_REF", null, null), BaselineValues.time("PRESENT_REF"));
        assertEquals(new TimeValue("2026-13", null, null), BaselineValues.time("2026-13"));
    }
}
