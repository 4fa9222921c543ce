package org.claimcheck.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a batch: a progress bar (articles, rate, ETA) on a terminal, plain log lines every
 * ten seconds otherwise. {@code total} may be -1 when unknown (a .jsonl archive's line count).
 */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;
    private final PrintStream log;
    private final long start = System.nanoTime();
    private long lastLog = System.nanoTime();
    private long done;
    private final long total;

    Progress(String task, long total, boolean quiet) {
        this.total = total;
        boolean tty = System.console() != null && !quiet;
        this.bar = tty ? new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(total, 0))
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed().setConsumer(
                        new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build() : null;
        this.log = quiet ? null : System.err;
    }

    void step() {
        done++;
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (log != null && now - lastLog > 10_000_000_000L) {
            lastLog = now;
            double secs = (now - start) / 1e9;
            log.printf(Locale.ROOT, "claimcheck: %d%s articles, %.1f articles/s%n", done,
                    total > 0 ? "/" + total : "", done / Math.max(secs, 1e-9));
        }
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
