package org.claimcheck.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.claimcheck.ingest.ArticleReader;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;

/**
 * Runs a per-article function over many inputs on a fixed pool of threads, streaming: files are read one
 * at a time, at most a small window of articles is in flight, and results are handed on in input order
 * (so output is the same whatever the thread count). Bad inputs become one-line errors and the batch
 * goes on.
 */
public final class Batch {

    /** The outcome for one article or one unreadable input. */
    public record Outcome(ArticleFacts facts, String error, String origin) {
        public boolean ok() {
            return error == null;
        }
    }

    private final int threads;
    private final int window;

    public Batch(int threads) {
        this.threads = Math.max(1, threads);
        this.window = this.threads * 4;
    }

    /**
     * Processes every article in {@code files} (already expanded) with {@code fn}; {@code sink} receives
     * each outcome in input order, on the calling thread.
     */
    public void run(List<Path> files, LocalDate defaultDate, Function<Article, ArticleFacts> fn,
                    Consumer<Outcome> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimcheck-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        try {
            for (Path file : files) {
                for (ArticleReader.Result r : ArticleReader.readAll(file, defaultDate)) {
                    if (r.error() != null) {
                        String err = r.error();
                        inFlight.add(java.util.concurrent.CompletableFuture.completedFuture(
                                new Outcome(null, err, file.toString())));
                    } else {
                        Article a = r.article();
                        inFlight.add(pool.submit(() -> apply(fn, a)));
                    }
                    while (inFlight.size() >= window) {
                        sink.accept(take(inFlight.poll()));
                    }
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(take(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome apply(Function<Article, ArticleFacts> fn, Article a) {
        try {
            return new Outcome(fn.apply(a), null, a.origin());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                    + e.getMessage().lines().findFirst().orElse("");
            return new Outcome(null, a.origin() + ": processing failed: " + msg, a.origin());
        }
    }

    private static Outcome take(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            return new Outcome(null, "processing failed: " + e.getCause(), "?");
        }
    }
}
