package org.claimcheck.eval;

import java.util.OptionalDouble;

/**
 * True positives, false positives and false negatives of one score, with micro precision, recall and F1.
 * A ratio whose denominator is zero is undefined (empty): precision with no prediction, recall with no
 * gold item, F1 with neither. Tables print it as {@code n/a}, the JSON report as {@code null}. F1 is
 * computed as {@code 2tp / (2tp + fp + fn)}, which is the harmonic mean of P and R when both are defined
 * and 0 when nothing matched.
 */
public record Counts(int tp, int fp, int fn) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public OptionalDouble precision() {
        return ratio(tp, tp + fp);
    }

    public OptionalDouble recall() {
        return ratio(tp, tp + fn);
    }

    public OptionalDouble f1() {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    static OptionalDouble ratio(int num, int den) {
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) num / den);
    }
}
