package org.claimcheck.model;

import java.util.Objects;

/**
 * When a claim's event holds.
 *
 * @param mention index of the DATE mention it comes from, or -1 when derived (e.g. "the same day", a span
 *                computed from a duration)
 * @param span    the words that give the time
 */
public record ClaimTime(TimeValue value, int mention, Span span) {
    public ClaimTime {
        Objects.requireNonNull(value, "value");
    }
}
