package org.claimcheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.claimcheck.io.FileTrees;
import org.claimcheck.model.ArticleFacts;

/**
 * Indexes a generated set of claims and times queries against it: indexing throughput, index size per
 * claim, and search latency percentiles for party, range and phrase queries (parse, search, stored fields
 * and highlighting included, 10 hits, no facets).
 */
public final class IndexBenchmark {

    /** Claims per generated article. */
    public static final int CLAIMS_PER_ARTICLE = 10;
    /** Size of the generated party-name pool. */
    public static final int PARTIES = 20_000;

    /**
     * What to run. {@code warmup} claims (generated with another seed) are first indexed, untimed, into a
     * throwaway index beside {@code dir}, so that the timed run measures compiled code, as a long indexing
     * job spends nearly all its time in; 0 times a cold start. The same claims are then indexed {@code runs}
     * times, each into an empty index (the last one into {@code dir}, where the queries are timed): on a
     * shared machine one run's rate swings with the neighbours' load, and the median of several is the figure
     * to compare with a target.
     */
    public record Settings(long claims, long seed, int threads, int queries, Path dir, long warmup, int runs) {

        public Settings {
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be at least 1");
            }
        }

        /** One timed run. */
        public Settings(long claims, long seed, int threads, int queries, Path dir, long warmup) {
            this(claims, seed, threads, queries, dir, warmup, 1);
        }
    }

    /**
     * One timed indexing run. The clock runs from the first article to the end of the commit that makes the
     * index durable; {@code elapsedSeconds} is all of it, {@code generationSeconds} the part the indexing
     * threads spent making up the synthetic facts (their summed wall time divided by the number of threads),
     * and {@code indexSeconds} the difference: building the documents (stored JSON included), adding them,
     * flushing segments, the merges running meanwhile and the commit. {@code cpuSeconds} is the process CPU
     * time over the same span less the generating threads' CPU time (merges and garbage collection
     * included), so {@code claims / cpuSeconds} is the rate per fully available core.
     */
    public record Run(double indexSeconds, double claimsPerSecond, double cpuSeconds, double elapsedSeconds,
                      double generationSeconds) {
    }

    /**
     * Latency percentiles of one kind of query, in milliseconds: wall-clock, and CPU time of the searching
     * thread (what the query costs when the machine is shared and the wall clock includes waiting for a core).
     */
    public record Latency(String kind, int queries, double p50, double p99, double max, double cpuP50,
                          double cpuP99) {
    }

    /**
     * What was measured: every indexing run in order, the size of the last index and the query latencies
     * on it.
     */
    public record Result(long claims, long articles, List<Run> runs, long bytes, double bytesPerClaim,
                         List<Latency> latencies, Latency overall) {

        /** The run with the median rate (the lower middle one for an even count). */
        public Run median() {
            List<Run> sorted = new ArrayList<>(runs);
            sorted.sort(java.util.Comparator.comparingDouble(Run::claimsPerSecond));
            return sorted.get((sorted.size() - 1) / 2);
        }

        /** Claims indexed per second of one core's CPU time in {@code run}. */
        public double claimsPerCpuSecond(Run run) {
            return claims / run.cpuSeconds();
        }
    }

    private IndexBenchmark() {
    }

    /**
     * Runs the benchmark. {@code progress} is told the number of claims indexed so far now and then.
     *
     * @throws IllegalArgumentException when the target directory already holds files
     */
    public static Result run(Settings s, LongConsumer progress) throws IOException, InterruptedException {
        if (Files.isDirectory(s.dir())) {
            try (Stream<Path> files = Files.list(s.dir())) {
                if (files.findAny().isPresent()) {
                    throw new IllegalArgumentException(s.dir() + " is not empty; give an empty or new directory");
                }
            }
        }
        if (s.warmup() > 0) {
            warmUp(s);
        }
        SyntheticFacts generator = new SyntheticFacts(s.seed(), PARTIES, CLAIMS_PER_ARTICLE);
        long articles = articles(s.claims());
        List<Run> runs = new ArrayList<>();
        for (int i = 1; i < s.runs(); i++) {
            Path scratch = scratchBeside(s.dir(), "claimcheck-run-");
            try (FactIndex index = FactIndex.open(scratch)) {
                runs.add(timedRun(index, generator, articles, s.threads(), progress));
            } finally {
                FileTrees.delete(scratch);
            }
        }
        try (FactIndex index = FactIndex.open(s.dir())) {
            runs.add(timedRun(index, generator, articles, s.threads(), progress));
            long claims = index.claimCount();
            long bytes = size(s.dir());
            Map<String, List<String>> queries = queries(s.seed(), s.queries());
            List<Latency> latencies = new ArrayList<>();
            List<double[]> all = new ArrayList<>();
            for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
                time(index, kind.getValue(), 50);
            }
            for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
                double[][] ms = time(index, kind.getValue(), kind.getValue().size());
                latencies.add(latency(kind.getKey(), ms[0], ms[1]));
                all.add(ms[0]);
                all.add(ms[1]);
            }
            Latency overall = latency("all", concat(all, 0), concat(all, 1));
            return new Result(claims, articles, List.copyOf(runs), bytes, (double) bytes / claims, latencies, overall);
        }
    }

    /** Indexes all articles into {@code index}, commits, and reports the run's figures. */
    private static Run timedRun(FactIndex index, SyntheticFacts generator, long articles, int threads,
                                LongConsumer progress) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        Generation generation = indexAll(index, generator, articles, threads, progress);
        index.commit();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double generationSeconds = generation.wallNanos() / 1e9 / threads;
        double seconds = elapsed - generationSeconds;
        double cpuSeconds = (processCpuNanos() - cpu0 - generation.cpuNanos()) / 1e9;
        return new Run(seconds, index.claimCount() / seconds, cpuSeconds, elapsed, generationSeconds);
    }

    /** A new empty directory next to {@code dir}. */
    private static Path scratchBeside(Path dir, String prefix) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, prefix);
    }

    private static long articles(long claims) {
        return (claims + CLAIMS_PER_ARTICLE - 1) / CLAIMS_PER_ARTICLE;
    }

    /** Indexes the warm-up claims into a temporary index next to the real one, then deletes it. */
    private static void warmUp(Settings s) throws IOException, InterruptedException {
        Path scratch = scratchBeside(s.dir(), "claimcheck-warmup-");
        try {
            try (FactIndex index = FactIndex.open(scratch)) {
                SyntheticFacts other = new SyntheticFacts(s.seed() + 1, PARTIES, CLAIMS_PER_ARTICLE);
                indexAll(index, other, articles(s.warmup()), s.threads(), n -> { });
                index.commit();
            }
        } finally {
            FileTrees.delete(scratch);
        }
    }

    /** Articles each indexing thread generates before it indexes them (generation is not timed). */
    static final int BATCH = 500;

    /** Wall and CPU nanoseconds the indexing threads spent generating facts, summed over the threads. */
    private record Generation(long wallNanos, long cpuNanos) {
    }

    /**
     * Each thread generates a batch of its articles, then indexes it, and so on; the time and CPU each
     * thread spends generating is added up so that it can be taken out of the indexing figures. A thread
     * that is done writes one of the in-memory segments, so that the final commit does not write them all
     * in one thread while the others wait.
     */
    private static Generation indexAll(FactIndex index, SyntheticFacts generator, long articles, int threads,
                                       LongConsumer progress) throws InterruptedException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        AtomicLong generationWall = new AtomicLong();
        AtomicLong generationCpu = new AtomicLong();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                jobs.add(pool.submit(() -> {
                    List<ArticleFacts> batch = new ArrayList<>(BATCH);
                    for (long n = first; n < articles; ) {
                        long wall = System.nanoTime();
                        long cpu = mx.getCurrentThreadCpuTime();
                        batch.clear();
                        for (; n < articles && batch.size() < BATCH; n += threads) {
                            batch.add(generator.article(n));
                        }
                        generationCpu.addAndGet(mx.getCurrentThreadCpuTime() - cpu);
                        generationWall.addAndGet(System.nanoTime() - wall);
                        for (ArticleFacts facts : batch) {
                            try {
                                index.index(facts);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            long claims = done.addAndGet(CLAIMS_PER_ARTICLE);
                            if (claims % 100_000 == 0) {
                                progress.accept(claims);
                            }
                        }
                    }
                    index.flushBuffered();
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof UncheckedIOException u) {
                        throw u.getCause();
                    }
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Generation(generationWall.get(), generationCpu.get());
    }

    /** Party, range and phrase queries, drawn from the same pools as the facts. */
    static Map<String, List<String>> queries(long seed, int perKind) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Map<String, List<String>> q = new LinkedHashMap<>();
        List<String> party = new ArrayList<>();
        List<String> range = new ArrayList<>();
        List<String> phrase = new ArrayList<>();
        String[] events = {"invest", "acquire", "license", "pay"};
        for (int i = 0; i < perKind; i++) {
            double u = r.nextDouble();
            party.add("party:\"" + SyntheticFacts.partyName((int) (PARTIES * u * u * u)) + "\""
                    + (i % 2 == 0 ? "" : " event:" + events[r.nextInt(events.length)]));
            int year = 2015 + r.nextInt(18);
            range.add(switch (i % 3) {
                case 0 -> "amount:>=" + (1 + r.nextInt(99)) + "B date:" + year + "-Q" + (1 + r.nextInt(4));
                case 1 -> "amount:[" + (1 + r.nextInt(50)) + "m TO " + (100 + r.nextInt(900)) + "m] event:"
                        + events[r.nextInt(events.length)] + " date:[" + year + "-01 TO " + year + "-06]";
                default -> "amount:>=\"$" + (1 + r.nextInt(500)) + " million\" published:" + (2018 + r.nextInt(9));
            });
            String p = SyntheticFacts.PHRASES[r.nextInt(SyntheticFacts.PHRASES.length)];
            phrase.add((i % 2 == 0 ? "\"" + p + "\"" : "\"" + p + "\" date:>=" + year));
        }
        q.put("party", party);
        q.put("range", range);
        q.put("phrase", phrase);
        return q;
    }

    /** Wall-clock and thread-CPU milliseconds of each query: {@code [wall[], cpu[]]}. */
    private static double[][] time(FactIndex index, List<String> queries, int count) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[count];
        double[] cpu = new double[count];
        for (int i = 0; i < count; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            index.search(queries.get(i % queries.size()), 10, false);
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        return new double[][] {wall, cpu};
    }

    /** Every other array of {@code parts}, starting at {@code first}, joined. */
    private static double[] concat(List<double[]> parts, int first) {
        List<double[]> picked = new ArrayList<>();
        for (int i = first; i < parts.size(); i += 2) {
            picked.add(parts.get(i));
        }
        return picked.stream().flatMapToDouble(Arrays::stream).toArray();
    }

    private static Latency latency(String kind, double[] wall, double[] cpu) {
        double[] w = wall.clone();
        double[] c = cpu.clone();
        Arrays.sort(w);
        Arrays.sort(c);
        return new Latency(kind, w.length, percentile(w, 50), percentile(w, 99), w[w.length - 1],
                percentile(c, 50), percentile(c, 99));
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path f : files.toList()) {
                total += Files.isRegularFile(f) ? Files.size(f) : 0;
            }
            return total;
        }
    }
}
