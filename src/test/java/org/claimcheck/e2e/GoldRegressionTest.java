package org.claimcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Runs the whole pipeline over the gold set (and MEANTIME when {@code ../shared} is there) and fails
 * when any score in {@code gold/expected-scores.json} drops below its tolerance: a change that makes
 * extraction worse does not pass CI. A score that rose is printed as ROSE, to be written into the file.
 */
@Tag("corpus")
class GoldRegressionTest {

    @Test
    void scoresDoNotDropBelowExpectations() {
        List<String> args = new ArrayList<>(List.of("eval", "--set", "dev,test"));
        Path meantime = Path.of("..", "shared", "data", "meantime");
        if (Files.isDirectory(meantime)) {
            args.add("--meantime");
            args.add(meantime.toString());
        } else {
            System.err.println("../shared/data/meantime is absent: MEANTIME scores not checked");
        }
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args.toArray(String[]::new));
        System.out.println(out);
        assertEquals(0, code, () -> "eval reported a drop or a bad gold file:\n" + err + "\n" + out);
    }
}
