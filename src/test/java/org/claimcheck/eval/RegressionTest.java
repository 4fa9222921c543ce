package org.claimcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionTest {

    @TempDir
    Path tmp;

    @Test
    void dropBelowToleranceFailsRiseAboveItIsReported() {
        assertEquals(Regression.Status.OK, Regression.compare("x", OptionalDouble.of(0.89), 0.90, 0.01).status());
        assertEquals(Regression.Status.OK, Regression.compare("x", OptionalDouble.of(0.91), 0.90, 0.01).status());
        assertEquals(Regression.Status.FAIL, Regression.compare("x", OptionalDouble.of(0.885), 0.90, 0.01).status());
        assertEquals(Regression.Status.ROSE, Regression.compare("x", OptionalDouble.of(0.915), 0.90, 0.01).status());
        assertEquals(Regression.Status.FAIL, Regression.compare("x", OptionalDouble.empty(), 0.90, 0.01).status());
        assertTrue(Regression.compare("x", OptionalDouble.of(0.95), 0.90, 0.01).line().contains("update"));
    }

    @Test
    void checksTheScoresListedForTheReportsSet() throws IOException {
        // relaxed DATE: TP 3, FP 1, FN 0 gives P 0.75, R 1.0, F1 6/7 = 0.857
        EvalReport r = new EvalReport("dev", List.of("a"), List.of(new ScoreRow("relaxed", "DATE",
                new Counts(3, 1, 0))), List.of(), List.of(), List.of());
        Path f = tmp.resolve(Regression.FILE);
        Files.writeString(f, "{\"sets\": {\"dev\": {\"relaxed DATE F1\": {\"expected\": 0.86, \"tolerance\": 0.01},"
                + " \"relaxed DATE P\": {\"expected\": 0.9, \"tolerance\": 0.02},"
                + " \"relaxed DATE R\": {\"expected\": 0.9, \"tolerance\": 0.05},"
                + " \"claim TOTAL F1\": {\"expected\": 0.5, \"tolerance\": 0.1}},"
                + " \"test\": {\"relaxed DATE F1\": {\"expected\": 0.99, \"tolerance\": 0}}}}", StandardCharsets.UTF_8);
        List<Regression.Check> checks = Regression.check(f, r);
        assertEquals(List.of("relaxed DATE F1 OK", "relaxed DATE P FAIL", "relaxed DATE R ROSE", "claim TOTAL F1 FAIL"),
                checks.stream().map(c -> c.name() + " " + c.status()).toList());
        Files.writeString(f, "{\"sets\": {\"dev\": {\"relaxed DATE F1\": 0.86}}}", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> Regression.check(f, r));
        assertTrue(e.getMessage().contains("sets.dev.relaxed DATE F1"), e.getMessage());
    }
}
