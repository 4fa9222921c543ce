package org.claimcheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The regression check against {@code gold/expected-scores.json}:
 * <pre>
 * {"sets": {"dev": {"value DATE F1": {"expected": 0.95, "tolerance": 0.02}, ...}, "test": {...},
 *           "meantime": {...}}}
 * </pre>
 * Score names are those of {@link EvalReport#metric}. A score below {@code expected - tolerance} is
 * FAIL (also when it can no longer be computed), above {@code expected + tolerance} is ROSE (update the
 * file in the same change), else OK.
 */
public final class Regression {

    /** The expected-scores file's name in the gold folder. */
    public static final String FILE = "expected-scores.json";

    private Regression() {
    }

    /** How a score compares with its expectation. */
    public enum Status { OK, FAIL, ROSE }

    /** One checked score. */
    public record Check(String name, Status status, OptionalDouble measured, double expected, double tolerance) {

        public String line() {
            String m = measured.isPresent() ? String.format(Locale.ROOT, "%.3f", measured.getAsDouble()) : "n/a";
            String hint = switch (status) {
                case OK -> "";
                case FAIL -> "  dropped below the expected score";
                case ROSE -> "  rose: update " + FILE + " in this change";
            };
            return String.format(Locale.ROOT, "%-4s  %-36s %6s  (expected %.3f ± %.3f)%s", status, name, m, expected,
                    tolerance, hint);
        }
    }

    /**
     * Checks the report against the expectations for its set; an empty list when the file has none for it.
     *
     * @throws IOException when the file cannot be read or is malformed (the message names the field)
     */
    public static List<Check> check(Path file, EvalReport report) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException(file + ": cannot read: " + e.getMessage(), e);
        }
        JsonNode set = root == null ? null : root.path("sets").get(report.set());
        List<Check> out = new ArrayList<>();
        if (set == null || set.isNull()) {
            return out;
        }
        for (Map.Entry<String, JsonNode> e : set.properties()) {
            JsonNode exp = e.getValue().get("expected");
            JsonNode tol = e.getValue().get("tolerance");
            if (exp == null || !exp.isNumber() || tol == null || !tol.isNumber()) {
                throw new IOException(file + ": sets." + report.set() + "." + e.getKey()
                        + ": want {\"expected\": number, \"tolerance\": number}");
            }
            out.add(compare(e.getKey(), report.metric(e.getKey()), exp.doubleValue(), tol.doubleValue()));
        }
        return out;
    }

    static Check compare(String name, OptionalDouble measured, double expected, double tolerance) {
        Status s;
        if (measured.isEmpty() || measured.getAsDouble() < expected - tolerance - 1e-9) {
            s = Status.FAIL;
        } else if (measured.getAsDouble() > expected + tolerance + 1e-9) {
            s = Status.ROSE;
        } else {
            s = Status.OK;
        }
        return new Check(name, s, measured, expected, tolerance);
    }
}
