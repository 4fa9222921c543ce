package org.claimcheck.extract;

/**
 * A recognizer's hit in the repaired text, before it is mapped back to the body: offsets are into the
 * repaired text, {@code value} is the normalized payload (Money, Percent, TimeValue, duration string, Party).
 */
public record Found(int start, int end, Object value) {
}
