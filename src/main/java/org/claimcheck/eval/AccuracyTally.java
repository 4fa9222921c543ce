package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Correct/total counts of one accuracy section, by label in declared order. */
final class AccuracyTally {

    private final String section;
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    AccuracyTally(String section, List<String> labels) {
        this.section = section;
        labels.forEach(l -> counts.put(l, new int[2]));
    }

    void add(String label, boolean correct) {
        int[] c = counts.computeIfAbsent(label, k -> new int[2]);
        c[0] += correct ? 1 : 0;
        c[1]++;
    }

    /** The rows that compared anything. */
    List<AccuracyRow> rows() {
        List<AccuracyRow> out = new ArrayList<>();
        counts.forEach((label, c) -> {
            if (c[1] > 0) {
                out.add(new AccuracyRow(section, label, c[0], c[1]));
            }
        });
        return out;
    }
}
