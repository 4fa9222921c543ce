package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.claimcheck.ingest.InputException;
import org.claimcheck.io.AtomicFile;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.pipeline.Batch;
import org.claimcheck.pipeline.Claimcheck;
import org.claimcheck.pipeline.ResultCache;

/**
 * What extract, check and run share: expand the inputs, process them in parallel in input order, write
 * one JSON line per article (to a file atomically, or to stdout), report failures as one line each, and
 * end with a count. Exit code 0 when every input was processed, 1 when any failed, 2 on bad arguments.
 */
final class BatchRunner {

    /** Counts of one batch run. */
    static final class Counts {
        int processed;
        int failed;
        long mentions;
        long claims;
        long findings;
        final long[] byType = new long[org.claimcheck.model.MentionType.values().length];
    }

    private BatchRunner() {
    }

    static int run(InputOptions in, List<Path> fallback, Path out, Claimcheck.Depth depth,
                   Function<ArticleFacts, String> format, Consumer<ArticleFacts> each, Counts counts,
                   PrintStream err) {
        List<Path> files;
        Claimcheck cc;
        ResultCache cache;
        try {
            files = in.files(fallback);
            cc = new Claimcheck(in.gazetteer(), depth, new org.claimcheck.pipeline.StageTimes());
            in.defaultDate();
            cache = out == null || in.noCache ? null
                    : new ResultCache(ResultCache.besideOutput(out), ResultCache.settings(depth, in.gazetteers));
        } catch (InputException e) {
            err.println("claimcheck: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("claimcheck: " + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("claimcheck: no article files (.txt, .md, .jsonl) in " + (in.inputs.isEmpty() ? fallback : in.inputs));
            return 2;
        }
        AtomicFile file = null;
        try {
            Writer w;
            if (out != null) {
                file = new AtomicFile(out);
                w = file.writer();
            } else {
                w = new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8);
            }
            Writer writer = w;
            try (Progress progress = new Progress("claimcheck", -1, out == null && System.console() != null)) {
                Function<Article, ArticleFacts> process = cache == null ? cc::process : cache.around(cc::process);
                new Batch(in.threads()).run(files, in.defaultDate(), process, o -> {
                    progress.step();
                    if (!o.ok()) {
                        counts.failed++;
                        err.println("claimcheck: " + o.error());
                        return;
                    }
                    counts.processed++;
                    ArticleFacts f = o.facts();
                    counts.mentions += f.mentions().size();
                    f.mentions().forEach(m -> counts.byType[m.type().ordinal()]++);
                    counts.claims += f.claims().size();
                    counts.findings += f.findings().size();
                    try {
                        writer.write(format.apply(f));
                        writer.write('\n');
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    if (each != null) {
                        each.accept(f);
                    }
                });
                writer.flush();
                if (file != null) {
                    file.commit();
                }
                if (cache != null) {
                    cache.prune();
                }
                if (in.profile) {
                    double secs = progress.seconds();
                    err.print(cc.times().report());
                    err.printf(Locale.ROOT, "  wall      %8.2f s  %.0f tokens/s, %.2f articles/s (%d threads)%n", secs,
                            cc.times().tokens() / secs, counts.processed / secs, in.threads());
                }
            }
        } catch (IOException | java.io.UncheckedIOException | InputException e) {
            err.println("claimcheck: cannot write " + (out == null ? "stdout" : out) + ": " + e.getMessage());
            return 1;
        } finally {
            if (file != null) {
                try {
                    file.close();
                } catch (IOException e) {
                    err.println("claimcheck: " + e.getMessage());
                }
            }
        }
        err.printf(Locale.ROOT, "claimcheck: %d processed, %d failed%s%s%n", counts.processed, counts.failed,
                cache == null ? "" : cacheNote(cache), out == null ? "" : " -> " + out);
        return counts.failed > 0 ? 1 : 0;
    }

    private static String cacheNote(ResultCache cache) {
        return String.format(Locale.ROOT, " (%d unchanged, reused from cache%s)", cache.hits(),
                cache.writeFailures() == 0 ? "" : "; " + cache.writeFailures() + " cache entries not written");
    }
}
