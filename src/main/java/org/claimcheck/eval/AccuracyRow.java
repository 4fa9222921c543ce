package org.claimcheck.eval;

import java.util.OptionalDouble;

/**
 * An accuracy over matched pairs: how many of {@code total} compared fields were right (e.g. the money
 * qualifier of value-matched MONEY mentions, or the modality of claims paired by trigger).
 */
public record AccuracyRow(String section, String label, int correct, int total) {

    public String name() {
        return section + " " + label;
    }

    /** correct / total, empty when nothing was compared. */
    public OptionalDouble accuracy() {
        return Counts.ratio(correct, total);
    }
}
