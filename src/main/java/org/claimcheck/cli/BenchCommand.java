package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimcheck.bench.Bench;
import org.claimcheck.ingest.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimcheck bench}: speed, load time and heap of claimcheck against plain CoreNLP on the same texts. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures claimcheck end to end (extract, claims, check, index) with 1 and N threads and "
                + "plain CoreNLP tokenize,ssplit,pos,lemma,ner (default settings) with 1 and 2 threads, on the "
                + "corpus and the MEANTIME texts repeated to the size asked, after a warm-up: load time, tokens/s, "
                + "articles/s, time per stage, peak heap, ratios and the targets of issue 7.",
                "Run it on an otherwise idle machine; give the JVM its usual heap (the launcher's -Xmx3g).",
                "Example: claimcheck bench --articles 300"})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "300",
            description = "articles per timed run (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads of the parallel claimcheck run (default: number of cores)")
    Integer threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "50",
            description = "articles each system processes before it is timed (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--heap-check",
            description = "also process 10,000 articles and compare the heap after 1,000 and after 10,000")
    boolean heapCheck;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "article folder (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--meantime", paramLabel = "DIR", defaultValue = "../shared/data/meantime",
            description = "MEANTIME corpus folder, used when present (default: ${DEFAULT-VALUE})")
    Path meantime;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (articles < 1 || warmup < 0) {
            System.err.println("claimcheck bench: --articles must be at least 1 and --warmup at least 0");
            return 2;
        }
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        try {
            return Bench.run(new Bench.Settings(articles, n, warmup, heapCheck, corpus, meantime), out);
        } catch (InputException | IOException e) {
            System.err.println("claimcheck bench: " + e.getMessage());
            return 2;
        }
    }
}
