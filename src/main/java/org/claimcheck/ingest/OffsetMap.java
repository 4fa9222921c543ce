package org.claimcheck.ingest;

import org.claimcheck.model.Span;

/**
 * Maps character offsets of a repaired text back to the original body. {@code origin[i]} is the body
 * offset of repaired character {@code i}; an inserted character maps to the body character after it.
 */
public final class OffsetMap {

    private final int[] origin;
    private final int bodyLength;

    OffsetMap(int[] origin, int bodyLength) {
        this.origin = origin;
        this.bodyLength = bodyLength;
    }

    /** The identity map for a text that needed no repair. */
    public static OffsetMap identity(int length) {
        int[] o = new int[length];
        for (int i = 0; i < length; i++) {
            o[i] = i;
        }
        return new OffsetMap(o, length);
    }

    /** Body offset of the repaired-text position {@code i} (0 ≤ i ≤ repaired length). */
    public int toBody(int i) {
        return i >= origin.length ? bodyLength : origin[i];
    }

    /**
     * The body span covering the repaired span {@code [start, end)}: from the body position of its
     * first character to just after the body position of its last one.
     */
    public Span toBody(int start, int end) {
        if (end <= start) {
            int p = toBody(start);
            return new Span(p, p);
        }
        int s = origin[start];
        int e = origin[end - 1] + 1;
        return new Span(s, Math.max(s, e));
    }
}
