package org.claimcheck.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A normalized time: the TIMEX3 {@code value} ({@code 2026-02-16}, {@code 2025-10}, {@code 2026-Q1},
 * {@code 2032}, {@code PRESENT_REF}, {@code XXXX-10} when no anchor was known) and the calendar
 * interval it denotes, first and last day inclusive. {@code begin}/{@code end} are null when the value
 * is unresolved; an open interval ("until 2030") has a null {@code begin}.
 */
public record TimeValue(String value, LocalDate begin, LocalDate end) {

    public TimeValue {
        Objects.requireNonNull(value, "value");
        if (begin != null && end != null && end.isBefore(begin)) {
            throw new IllegalArgumentException("interval ends before it begins: " + value);
        }
    }

    public boolean resolved() {
        return begin != null || end != null;
    }

    /** True when the two intervals share at least one day (unresolved values are never compatible). */
    public boolean overlaps(TimeValue o) {
        if (!resolved() || !o.resolved()) {
            return false;
        }
        LocalDate b1 = begin == null ? LocalDate.MIN : begin;
        LocalDate e1 = end == null ? LocalDate.MAX : end;
        LocalDate b2 = o.begin == null ? LocalDate.MIN : o.begin;
        LocalDate e2 = o.end == null ? LocalDate.MAX : o.end;
        return !e1.isBefore(b2) && !e2.isBefore(b1);
    }
}
