package org.claimcheck.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.claimcheck.extract.Gazetteer;
import org.claimcheck.index.FactIndex;
import org.claimcheck.ingest.InputException;
import org.claimcheck.io.FileTrees;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.nlp.NlpPipeline;
import org.claimcheck.nlp.PlainCoreNlp;
import org.claimcheck.pipeline.Claimcheck;
import org.claimcheck.pipeline.StageTimes;

/**
 * The speed benchmark behind {@code claimcheck bench}. In one JVM and on the same texts it measures
 * claimcheck end to end (repair, tagging, mentions, parse, claims, check, and indexing into a temporary
 * Lucene index) with one thread and with N, then plain CoreNLP {@code tokenize,ssplit,pos,lemma,ner}
 * with default settings with one and two threads; each system is warmed up before it is timed. It reports
 * load times, tokens/s, articles/s, time per stage, peak heap and garbage collection, the ratios between
 * the systems and the targets, and optionally whether the heap stays flat from 1,000 to 10,000
 * articles.
 */
public final class Bench {

    /** Heap-check points: articles processed before each measurement. */
    static final int HEAP_FIRST = 1_000;
    static final int HEAP_LAST = 10_000;

    private static final double TARGET_TOKENS_PER_SECOND = 3_000;
    private static final double TARGET_RATIO_ONE = 3.5;
    private static final double TARGET_RATIO_TWO = 2.0;
    private static final double TARGET_LOAD_SECONDS = 10;
    private static final double TARGET_PEAK_GB = 2.5;
    private static final double TARGET_HEAP_GROWTH = 0.10;

    private static final Article PROBE = new Article("bench-probe", LocalDate.of(2026, 4, 27), "", "", "",
            "Acme Corp said on Monday that it would buy Beta Inc for $5 billion.", "bench");

    /**
     * What to run.
     *
     * @param articles  articles per timed run
     * @param threads   the N of the multi-threaded claimcheck run
     * @param warmup    articles processed by each system before it is timed
     * @param heapCheck also process {@value #HEAP_LAST} articles and compare the heap after
     *                  {@value #HEAP_FIRST} and after {@value #HEAP_LAST}
     */
    public record Settings(int articles, int threads, int warmup, boolean heapCheck, Path corpus, Path meantime) {
    }

    /** One timed run. */
    record Run(String system, int threads, int articles, int failed, long tokens, double seconds, long peakHeap,
               long gcCount, long gcMillis, String stages) {
        double tokensPerSecond() {
            return tokens / seconds;
        }

        double articlesPerSecond() {
            return articles / seconds;
        }
    }

    private final Settings settings;
    private final PrintStream out;
    private final List<Run> runs = new ArrayList<>();

    private Bench(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Runs the benchmark, printing as it goes; returns 0, or 1 when an article failed. */
    public static int run(Settings settings, PrintStream out) throws InputException, IOException {
        return new Bench(settings, out).run();
    }

    private int run() throws InputException, IOException {
        BenchTexts texts = BenchTexts.load(settings.corpus(), settings.meantime());
        List<Article> articles = texts.take(settings.articles());
        int warm = Math.min(settings.warmup(), settings.articles());
        out.printf(Locale.ROOT, "claimcheck bench: %,d articles per run (%d distinct texts, repeated), %,d chars; "
                        + "threads 1 and %d; warm-up %d articles; max heap %s%n", articles.size(), texts.distinct(),
                texts.chars(articles.size()), settings.threads(), warm, gb(HeapMeter.maxBytes()));
        texts.notes().forEach(n -> out.println("  " + n));

        HeapMeter.resetPeak();
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.defaults();
        new Claimcheck(gazetteer, Claimcheck.Depth.FINDINGS, new StageTimes()).process(PROBE);
        double ready = seconds(t0);
        out.printf(Locale.ROOT, "%nload%n  claimcheck  %5.1f s until the first article is done (tagging pipeline "
                        + "%.1f s, then gazetteer, parser and first article)%n", ready,
                NlpPipeline.shared().loadMillis() / 1e3);
        warmUp("claimcheck", articles.subList(0, warm), claimcheck(gazetteer, new StageTimes())::process);

        Run one = claimcheckRun(gazetteer, articles, 1);
        Run many = claimcheckRun(gazetteer, articles, settings.threads());
        long claimcheckPeak = HeapMeter.peakBytes();
        if (settings.heapCheck()) {
            heapCheck(gazetteer, texts);
        }

        HeapMeter.resetPeak();
        PlainCoreNlp plain = new PlainCoreNlp();
        out.printf(Locale.ROOT, "  corenlp     %5.1f s (%s, default settings)%n", plain.loadMillis() / 1e3,
                PlainCoreNlp.ANNOTATORS);
        warmUp("corenlp", articles.subList(0, warm), plain::tokens);
        Run plainOne = plainRun(plain, articles, 1);
        Run plainTwo = plainRun(plain, articles, 2);
        long bothPeak = HeapMeter.peakBytes();

        printTable();
        out.printf(Locale.ROOT, "%ntime per stage, claimcheck with %d threads (thread-seconds)%n%s", many.threads(),
                many.stages());
        printRatios(one, many, plainOne, plainTwo);
        printTargets(ready, many, plainOne, plainTwo, claimcheckPeak);
        out.printf(Locale.ROOT, "  (peak heap with both pipelines loaded, during the CoreNLP runs: %s)%n",
                gb(bothPeak));
        return runs.stream().anyMatch(r -> r.failed() > 0) ? 1 : 0;
    }

    private static Claimcheck claimcheck(Gazetteer gazetteer, StageTimes times) {
        return new Claimcheck(gazetteer, Claimcheck.Depth.FINDINGS, times);
    }

    private void warmUp(String system, List<Article> articles, Consumer<Article> work) {
        long t0 = System.nanoTime();
        int failed = work(articles, settings.threads(), work);
        out.printf(Locale.ROOT, "  %-11s warm-up: %d articles in %.1f s%s%n", system, articles.size(), seconds(t0),
                failed == 0 ? "" : ", " + failed + " failed");
    }

    private Run claimcheckRun(Gazetteer gazetteer, List<Article> articles, int threads) throws IOException {
        StageTimes times = new StageTimes();
        Claimcheck cc = claimcheck(gazetteer, times);
        Path dir = Files.createTempDirectory("claimcheck-bench-index");
        try {
            return timed("claimcheck", threads, articles, times, () -> {
                try (FactIndex index = FactIndex.open(dir)) {
                    int failed = work(articles, threads, a -> {
                        ArticleFacts facts = cc.process(a);
                        long i0 = System.nanoTime();
                        indexOne(index, facts);
                        times.add("index", System.nanoTime() - i0);
                    });
                    long c0 = System.nanoTime();
                    index.commit();
                    times.add("index", System.nanoTime() - c0);
                    return failed;
                }
            });
        } finally {
            FileTrees.delete(dir);
        }
    }

    private Run plainRun(PlainCoreNlp plain, List<Article> articles, int threads) throws IOException {
        StageTimes times = new StageTimes();
        return timed("corenlp", threads, articles, times, () -> work(articles, threads, a -> {
            long t0 = System.nanoTime();
            times.addTokens(plain.tokens(a));
            times.add("tag", System.nanoTime() - t0);
        }));
    }

    /** The body of a timed run; returns the number of failed articles. */
    private interface Body {
        int run() throws IOException;
    }

    private Run timed(String system, int threads, List<Article> articles, StageTimes times, Body body)
            throws IOException {
        HeapMeter.resetPeak();
        long[] gc0 = HeapMeter.gcCountAndMillis();
        long t0 = System.nanoTime();
        int failed = body.run();
        double secs = seconds(t0);
        long[] gc1 = HeapMeter.gcCountAndMillis();
        Run r = new Run(system, threads, articles.size(), failed, times.tokens(), secs, HeapMeter.peakBytes(),
                gc1[0] - gc0[0], gc1[1] - gc0[1], times.report());
        runs.add(r);
        out.printf(Locale.ROOT, "  %-11s %d thread%s: %.1f s, %,.0f tokens/s%s%n", system, threads,
                threads == 1 ? "" : "s", secs, r.tokensPerSecond(), failed == 0 ? "" : ", " + failed + " failed");
        return r;
    }

    private void heapCheck(Gazetteer gazetteer, BenchTexts texts) throws IOException {
        out.printf(Locale.ROOT, "%nheap check: %,d articles with %d threads, indexed; heap after full GC%n", HEAP_LAST,
                settings.threads());
        Claimcheck cc = claimcheck(gazetteer, new StageTimes());
        Path dir = Files.createTempDirectory("claimcheck-bench-heap");
        try (FactIndex index = FactIndex.open(dir)) {
            Consumer<Article> work = a -> indexOne(index, cc.process(a));
            long t0 = System.nanoTime();
            work(texts.range(0, HEAP_FIRST), settings.threads(), work);
            index.commit();
            long first = HeapMeter.usedAfterGc();
            out.printf(Locale.ROOT, "  after %,6d articles: %s (%.0f s)%n", HEAP_FIRST, mb(first), seconds(t0));
            for (int from = HEAP_FIRST; from < HEAP_LAST; from += HEAP_FIRST) {
                work(texts.range(from, from + HEAP_FIRST), settings.threads(), work);
            }
            index.commit();
            long last = HeapMeter.usedAfterGc();
            double growth = (double) (last - first) / first;
            out.printf(Locale.ROOT, "  after %,6d articles: %s (%.0f s)%n", HEAP_LAST, mb(last), seconds(t0));
            out.printf(Locale.ROOT, "  growth %+.1f%% (target within %.0f%%): %s%n", growth * 100,
                    TARGET_HEAP_GROWTH * 100, Math.abs(growth) <= TARGET_HEAP_GROWTH ? "OK" : "MISSED");
        } finally {
            FileTrees.delete(dir);
        }
    }

    private void printTable() {
        out.printf(Locale.ROOT, "%n%-11s %7s %8s %10s %8s %9s %10s %9s %9s%n", "system", "threads", "articles",
                "tokens", "seconds", "tokens/s", "articles/s", "peak heap", "GC");
        for (Run r : runs) {
            out.printf(Locale.ROOT, "%-11s %7d %8d %,10d %8.1f %,9.0f %10.2f %9s %4d/%.1fs%n", r.system(), r.threads(),
                    r.articles(), r.tokens(), r.seconds(), r.tokensPerSecond(), r.articlesPerSecond(), gb(r.peakHeap()),
                    r.gcCount(), r.gcMillis() / 1e3);
        }
    }

    private void printRatios(Run one, Run many, Run plainOne, Run plainTwo) {
        out.printf(Locale.ROOT, "%nspeed ratios (articles/s on the same articles)%n");
        ratio("claimcheck " + many.threads() + " threads / corenlp 1 thread", many, plainOne, TARGET_RATIO_ONE);
        ratio("claimcheck " + many.threads() + " threads / corenlp 2 threads", many, plainTwo, TARGET_RATIO_TWO);
        ratio("claimcheck 1 thread / corenlp 1 thread", one, plainOne, 0);
        ratio("claimcheck " + many.threads() + " threads / claimcheck 1 thread", many, one, 0);
    }

    private void ratio(String label, Run a, Run b, double target) {
        double r = a.articlesPerSecond() / b.articlesPerSecond();
        out.printf(Locale.ROOT, "  %-44s %5.2fx%s%n", label, r,
                target == 0 ? "" : String.format(Locale.ROOT, "  (target >= %.1fx: %s)", target, ok(r >= target)));
    }

    private void printTargets(double load, Run many, Run plainOne, Run plainTwo, long peak) {
        out.printf(Locale.ROOT, "%ntargets (issue 7)%n");
        out.printf(Locale.ROOT, "  end-to-end, %d threads >= %,.0f tokens/s: %,.0f  %s%n", many.threads(),
                TARGET_TOKENS_PER_SECOND, many.tokensPerSecond(),
                ok(many.tokensPerSecond() >= TARGET_TOKENS_PER_SECOND));
        out.printf(Locale.ROOT, "  load <= %.0f s: %.1f s  %s%n", TARGET_LOAD_SECONDS, load,
                ok(load <= TARGET_LOAD_SECONDS));
        out.printf(Locale.ROOT, "  peak heap <= %.1f GB (load, warm-up and claimcheck runs): %s  %s%n", TARGET_PEAK_GB,
                gb(peak), ok(peak <= TARGET_PEAK_GB * (1L << 30)));
    }

    private static String ok(boolean met) {
        return met ? "OK" : "MISSED";
    }

    /** Applies {@code work} to every article on a pool of {@code threads}; returns how many threw. */
    private static int work(List<Article> articles, int threads, Consumer<Article> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger failed = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    try {
                        work.accept(a);
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return failed.get();
    }

    private static void indexOne(FactIndex index, ArticleFacts facts) {
        try {
            index.index(facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
    }
}
