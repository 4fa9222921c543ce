package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of one section, kept by label in the order the labels were first declared, with a micro
 * TOTAL. A scorer declares its labels up front so that tables always list them in the same order.
 */
final class Tally {

    private final String section;
    private final Map<String, Counts> counts = new LinkedHashMap<>();

    Tally(String section, List<String> labels) {
        this.section = section;
        labels.forEach(l -> counts.put(l, Counts.ZERO));
    }

    void add(String label, int tp, int fp, int fn) {
        counts.merge(label, new Counts(tp, fp, fn), Counts::plus);
    }

    /** The rows that counted anything, then TOTAL over them (when {@code total} is set and any row counted). */
    List<ScoreRow> rows(boolean total) {
        List<ScoreRow> out = new ArrayList<>();
        Counts sum = Counts.ZERO;
        for (Map.Entry<String, Counts> e : counts.entrySet()) {
            Counts c = e.getValue();
            if (c.tp() + c.fp() + c.fn() > 0) {
                out.add(new ScoreRow(section, e.getKey(), c));
                sum = sum.plus(c);
            }
        }
        if (total && !out.isEmpty()) {
            out.add(new ScoreRow(section, "TOTAL", sum));
        }
        return out;
    }

    /** Rows for the given labels only (no TOTAL). */
    List<ScoreRow> rowsFor(List<String> labels) {
        return rows(false).stream().filter(r -> labels.contains(r.label())).toList();
    }
}
