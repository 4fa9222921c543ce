package org.claimcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.pipeline.Claimcheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimcheck check}: the findings of each article, one JSON line per article. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Flags where an article contradicts itself (dates, amounts, sums, durations, sequences, "
                + "percentages, roles) and writes {id, findings} per article (JSON Lines).",
                "Example: claimcheck check corpus/ --out findings.jsonl"})
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    InputOptions in;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (atomically) instead of stdout")
    Path out;

    @Override
    public Integer call() {
        if (in.inputs.isEmpty()) {
            System.err.println("claimcheck check: give at least one INPUT file or folder");
            return 2;
        }
        return BatchRunner.run(in, List.of(), out, Claimcheck.Depth.FINDINGS, CheckCommand::line, null,
                new BatchRunner.Counts(), System.err);
    }

    static String line(ArticleFacts f) {
        ObjectNode o = FactsJson.MAPPER.createObjectNode();
        o.put("id", f.article().id());
        ArrayNode arr = o.putArray("findings");
        for (Finding fd : f.findings()) {
            arr.add(FactsJson.finding(fd, f.article().body()));
        }
        return o.toString();
    }
}
