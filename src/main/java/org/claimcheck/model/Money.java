package org.claimcheck.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact decimal amount of money. {@code amountHigh} is set only for {@link Qualifier#RANGE}.
 *
 * @param currency ISO 4217 code (USD, EUR, GBP, JPY, ...)
 */
public record Money(BigDecimal amount, BigDecimal amountHigh, String currency, Qualifier qualifier) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(qualifier, "qualifier");
        amount = strip(amount);
        amountHigh = amountHigh == null ? null : strip(amountHigh);
        if ((qualifier == Qualifier.RANGE) != (amountHigh != null)) {
            throw new IllegalArgumentException("amountHigh goes with RANGE and only with it");
        }
    }

    public static Money of(String amount, String currency, Qualifier q) {
        return new Money(new BigDecimal(amount), null, currency, q);
    }

    private static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The upper end of the amount: {@code amountHigh} for ranges, else {@code amount}. */
    public BigDecimal high() {
        return amountHigh != null ? amountHigh : amount;
    }
}
