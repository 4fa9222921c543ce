package org.claimcheck.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A percentage as an exact decimal ({@code 27} for "27 percent"), with its qualifier. */
public record Percent(BigDecimal value, BigDecimal valueHigh, Qualifier qualifier) {

    public Percent {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        value = strip(value);
        valueHigh = valueHigh == null ? null : strip(valueHigh);
    }

    private static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
