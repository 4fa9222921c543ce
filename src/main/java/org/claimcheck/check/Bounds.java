package org.claimcheck.check;

import java.math.BigDecimal;

/**
 * A closed interval of decimals that a stated amount or percentage allows; a null end is unbounded.
 * Built by {@link Amounts} from the value, its qualifier and the precision it was written with.
 */
record Bounds(BigDecimal lo, BigDecimal hi) {

    /**
     * True when the intervals share more than one end point: "$2 billion" (1.5 to 2.5) and "$3 billion"
     * (2.5 to 3.5) only touch, and do not agree.
     */
    boolean overlaps(Bounds o) {
        boolean aboveOther = o.hi != null && lo != null && lo.compareTo(o.hi) >= 0;
        boolean belowOther = hi != null && o.lo != null && hi.compareTo(o.lo) <= 0;
        return !aboveOther && !belowOther;
    }

    /** The interval of sums {@code x + y} for x in this and y in {@code o}. */
    Bounds plus(Bounds o) {
        return new Bounds(lo == null || o.lo == null ? null : lo.add(o.lo),
                hi == null || o.hi == null ? null : hi.add(o.hi));
    }
}
