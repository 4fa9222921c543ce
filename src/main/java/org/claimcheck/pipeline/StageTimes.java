package org.claimcheck.pipeline;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe totals of time spent per stage and tokens seen, for {@code --profile} and {@code bench}. */
public final class StageTimes {

    private final Map<String, LongAdder> nanos = new ConcurrentSkipListMap<>();
    private final LongAdder tokens = new LongAdder();

    public void add(String stage, long ns) {
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(ns);
    }

    public void addTokens(int n) {
        tokens.add(n);
    }

    public long tokens() {
        return tokens.sum();
    }

    public long nanos(String stage) {
        LongAdder a = nanos.get(stage);
        return a == null ? 0 : a.sum();
    }

    /** One line per stage: name, seconds, share of the total. */
    public String report() {
        long total = nanos.values().stream().mapToLong(LongAdder::sum).sum();
        StringBuilder sb = new StringBuilder();
        for (String stage : new String[] {"repair", "tag", "mentions", "parse", "claims", "check", "index"}) {
            long ns = nanos(stage);
            if (ns == 0) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "  %-9s %8.2f s  %5.1f%%%n", stage, ns / 1e9,
                    total == 0 ? 0.0 : 100.0 * ns / total));
        }
        sb.append(String.format(Locale.ROOT, "  %-9s %8.2f s  (%d tokens)%n", "total", total / 1e9, tokens()));
        return sb.toString();
    }
}
