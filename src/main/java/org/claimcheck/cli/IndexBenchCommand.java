package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimcheck.index.IndexBenchmark;
import org.claimcheck.io.FileTrees;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck bench-index}: builds an index of generated claims and reports indexing throughput,
 * index size per claim and search latency, against the targets of the index issue.
 */
@Command(name = "bench-index", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Indexes deterministically generated claims (seeded) and times party, range and phrase "
                + "queries (10 hits, with highlighting).",
                "Targets: indexing >= 50,000 claims/s; search p50 <= 5 ms, p99 <= 50 ms."})
public final class IndexBenchCommand implements Callable<Integer> {

    static final double TARGET_CLAIMS_PER_SECOND = 50_000;
    static final double TARGET_P50_MS = 5;
    static final double TARGET_P99_MS = 50;

    @Spec
    CommandSpec spec;

    @Option(names = "--claims", defaultValue = "1000000", paramLabel = "N",
            description = "claims to generate (default: ${DEFAULT-VALUE})")
    long claims;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "indexing threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queries", defaultValue = "1000", paramLabel = "N",
            description = "timed queries of each kind (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--warmup", defaultValue = "200000", paramLabel = "N",
            description = "claims indexed untimed into a throwaway index first, so that the timed run measures "
                    + "compiled code; 0 times a cold start (default: ${DEFAULT-VALUE})")
    long warmup;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
            description = "timed indexing runs of the same claims, each into an empty index; the median rate "
                    + "is compared with the target, since one run's rate swings with the load of a shared "
                    + "machine (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "build the index here and keep it (default: a temporary folder, removed afterwards)")
    Path dir;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (claims < 1 || threads < 1 || queries < 1 || runs < 1 || warmup < 0) {
            err.println("claimcheck bench-index: --claims, --threads, --queries and --runs must be at least 1, "
                    + "--warmup at least 0");
            return 2;
        }
        Path target = dir != null ? dir : Files.createTempDirectory("claimcheck-bench-");
        IndexBenchmark.Result r;
        try {
            out.printf(Locale.ROOT, "bench-index: %,d claims, seed %d, %d threads, %d queries per kind, in %s; "
                    + "warm-up %,d claims; %d timed run%s%n", claims, seed, threads, queries, target, warmup, runs,
                    runs == 1 ? "" : "s");
            out.flush();
            r = IndexBenchmark.run(new IndexBenchmark.Settings(claims, seed, threads, queries, target, warmup, runs), n -> {
                out.printf(Locale.ROOT, "  %,d claims indexed%n", n);
                out.flush();
            });
        } catch (IllegalArgumentException e) {
            err.println("claimcheck bench-index: " + e.getMessage());
            return 2;
        } finally {
            if (dir == null) {
                FileTrees.delete(target);
            }
        }
        for (int i = 0; i < r.runs().size(); i++) {
            IndexBenchmark.Run run = r.runs().get(i);
            out.printf(Locale.ROOT, "run %d: indexed %,d claims (%,d articles) in %.1f s: %,.0f claims/s; "
                    + "%.1f CPU-seconds, %,.0f claims per CPU-second%n", i + 1, r.claims(), r.articles(),
                    run.indexSeconds(), run.claimsPerSecond(), run.cpuSeconds(), r.claimsPerCpuSecond(run));
        }
        IndexBenchmark.Run median = r.median();
        double low = r.runs().stream().mapToDouble(IndexBenchmark.Run::claimsPerSecond).min().orElseThrow();
        double high = r.runs().stream().mapToDouble(IndexBenchmark.Run::claimsPerSecond).max().orElseThrow();
        out.printf(Locale.ROOT, "indexing: median %,.0f claims/s over %d run%s (lowest %,.0f, highest %,.0f)  "
                        + "[target >= %,.0f: %s]%n", median.claimsPerSecond(), r.runs().size(),
                r.runs().size() == 1 ? "" : "s", low, high, TARGET_CLAIMS_PER_SECOND,
                verdict(median.claimsPerSecond() >= TARGET_CLAIMS_PER_SECOND));
        out.printf(Locale.ROOT, "  (timed: building documents, adding, flushing, merging, committing; the median run "
                + "took %.1f s elapsed less %.1f s the threads spent generating the facts)%n",
                median.elapsedSeconds(), median.generationSeconds());
        out.printf(Locale.ROOT,
                "  median run used %.1f CPU-seconds: %,.0f claims per CPU-second (the rate per free core)%n",
                median.cpuSeconds(), r.claimsPerCpuSecond(median));
        out.printf(Locale.ROOT, "index size %,d bytes: %.0f bytes per claim%n", r.bytes(), r.bytesPerClaim());
        for (IndexBenchmark.Latency l : r.latencies()) {
            out.printf(Locale.ROOT, "search %-6s %5d queries: p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  "
                    + "(CPU p50 %6.2f ms, p99 %6.2f ms)%n",
                    l.kind(), l.queries(), l.p50(), l.p99(), l.max(), l.cpuP50(), l.cpuP99());
        }
        IndexBenchmark.Latency all = r.overall();
        out.printf(Locale.ROOT, "search all    %5d queries: p50 %6.2f ms  p99 %6.2f ms  "
                        + "[targets p50 <= %.0f: %s, p99 <= %.0f: %s]  (CPU p50 %6.2f ms, p99 %6.2f ms)%n",
                all.queries(), all.p50(), all.p99(), TARGET_P50_MS, verdict(all.p50() <= TARGET_P50_MS),
                TARGET_P99_MS, verdict(all.p99() <= TARGET_P99_MS), all.cpuP50(), all.cpuP99());
        out.println("load average at the end: " + String.format(Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " on " + Runtime.getRuntime().availableProcessors() + " cores (figures above include waiting "
                + "for a core when the load exceeds the core count)");
        out.flush();
        return 0;
    }

    private static String verdict(boolean met) {
        return met ? "OK" : "MISSED";
    }
}
