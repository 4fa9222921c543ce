package org.claimcheck.eval;

/**
 * One line of a P/R/F1 table: {@code section} is the kind of score ("strict", "relaxed", "value",
 * "claim", "finding", "link"), {@code label} what it counts ("DATE", "PARTY/PERSON", "TOTAL").
 */
public record ScoreRow(String section, String label, Counts counts) {

    /** The row's name in reports and in the expected-scores file, e.g. {@code value DATE}. */
    public String name() {
        return section + " " + label;
    }
}
