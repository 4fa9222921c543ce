package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.io.FactsJson;
import org.claimcheck.pipeline.Claimcheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimcheck extract}: articles in, one JSON line of facts per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts mentions (parties, money, dates, durations, percents), claims and findings "
                + "from articles and writes one JSON object per article (JSON Lines).",
                "Example: claimcheck extract corpus/ --out facts.jsonl"})
public final class ExtractCommand implements Callable<Integer> {

    @Mixin
    InputOptions in;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (atomically) instead of stdout")
    Path out;

    @Option(names = "--mentions-only", description = "stop after mentions (no parse, claims or findings)")
    boolean mentionsOnly;

    @Override
    public Integer call() {
        if (in.inputs.isEmpty()) {
            System.err.println("claimcheck extract: give at least one INPUT file or folder");
            return 2;
        }
        return BatchRunner.run(in, List.of(), out, mentionsOnly ? Claimcheck.Depth.MENTIONS : Claimcheck.Depth.FINDINGS,
                FactsJson::line, null, new BatchRunner.Counts(), System.err);
    }
}
