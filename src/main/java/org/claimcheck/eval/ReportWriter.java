package org.claimcheck.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Renders an {@link EvalReport}: a fixed-width table for people, a JSON report for tools, and the
 * errors file (tab-separated, one FP/FN/mismatch per line) for the developer who fixes them.
 * Undefined ratios print as {@code n/a} in tables and {@code null} in JSON.
 */
public final class ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /** The tables, with an optional credit line for the data (e.g. MEANTIME's licence). */
    public static String table(EvalReport r, String credit) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "set %s: %d articles%n", r.set(), r.articles().size()));
        if (credit != null && !credit.isEmpty()) {
            sb.append("gold: ").append(credit).append(System.lineSeparator());
        }
        sb.append(String.format(Locale.ROOT, "%n%-10s %-20s %6s %6s %6s %7s %7s %7s%n", "score", "label", "TP", "FP",
                "FN", "P", "R", "F1"));
        String section = null;
        for (ScoreRow row : r.scores()) {
            if (section != null && !section.equals(row.section())) {
                sb.append(System.lineSeparator());
            }
            section = row.section();
            Counts c = row.counts();
            sb.append(String.format(Locale.ROOT, "%-10s %-20s %6d %6d %6d %7s %7s %7s%n", row.section(), row.label(),
                    c.tp(), c.fp(), c.fn(), ratio(c.precision()), ratio(c.recall()), ratio(c.f1())));
        }
        if (!r.accuracies().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%n%-10s %-20s %8s %6s %7s%n", "accuracy", "field", "correct",
                    "total", "acc"));
            for (AccuracyRow a : r.accuracies()) {
                sb.append(String.format(Locale.ROOT, "%-10s %-20s %8d %6d %7s%n", a.section(), a.label(), a.correct(),
                        a.total(), ratio(a.accuracy())));
            }
        }
        if (!r.notes().isEmpty()) {
            sb.append(System.lineSeparator());
            r.notes().forEach(n -> sb.append("note: ").append(n).append(System.lineSeparator()));
        }
        return sb.toString();
    }

    private static String ratio(OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%.3f", d.getAsDouble()) : "n/a";
    }

    /** The JSON report of several sets: {@code {"reports": [...]}}, credits aligned with the reports. */
    public static String json(List<EvalReport> reports, List<String> credits) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("reports");
        for (int i = 0; i < reports.size(); i++) {
            arr.add(json(reports.get(i), credits.get(i)));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON report of one set. */
    public static ObjectNode json(EvalReport r, String credit) {
        ObjectNode o = JSON.createObjectNode();
        o.put("set", r.set());
        if (credit != null && !credit.isEmpty()) {
            o.put("gold", credit);
        }
        ArrayNode ids = o.putArray("articles");
        r.articles().forEach(ids::add);
        ArrayNode scores = o.putArray("scores");
        for (ScoreRow row : r.scores()) {
            ObjectNode s = scores.addObject();
            s.put("name", row.name());
            s.put("section", row.section());
            s.put("label", row.label());
            s.put("tp", row.counts().tp());
            s.put("fp", row.counts().fp());
            s.put("fn", row.counts().fn());
            put(s, "precision", row.counts().precision());
            put(s, "recall", row.counts().recall());
            put(s, "f1", row.counts().f1());
        }
        ArrayNode acc = o.putArray("accuracy");
        for (AccuracyRow a : r.accuracies()) {
            ObjectNode s = acc.addObject();
            s.put("name", a.name());
            s.put("section", a.section());
            s.put("label", a.label());
            s.put("correct", a.correct());
            s.put("total", a.total());
            put(s, "accuracy", a.accuracy());
        }
        o.put("errors", r.errors().size());
        ArrayNode notes = o.putArray("notes");
        r.notes().forEach(notes::add);
        return o;
    }

    private static void put(ObjectNode o, String field, OptionalDouble d) {
        if (d.isPresent()) {
            o.put(field, Math.round(d.getAsDouble() * 10000) / 10000.0);
        } else {
            o.putNull(field);
        }
    }

    /** The errors file: a header line, then one tab-separated line per error in {@link ErrorEntry#ORDER}. */
    public static String errors(List<ErrorEntry> errors) {
        StringBuilder sb = new StringBuilder("article\tstart\tend\tscore\tlabel\tkind\ttext\texpected\tpredicted\n");
        for (ErrorEntry e : errors) {
            sb.append(String.join("\t", e.article(), Integer.toString(e.span().start()),
                    Integer.toString(e.span().end()), e.section(), e.label(), e.kind(), clean(e.text()),
                    clean(e.expected()), clean(e.predicted()))).append('\n');
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace("\r", "").replace("\n", "\\n");
    }
}
