package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimcheck.index.FactIndex;
import org.claimcheck.index.IncompatibleIndexException;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Span;
import org.claimcheck.pipeline.Claimcheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code claimcheck run}: the main job. Extracts facts from the inputs (default {@code corpus/}),
 * writes them to {@code out/facts.jsonl}, prints every finding with its sentences and a summary.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The main job: extracts mentions, claims and findings from the inputs (default: corpus/), "
                + "writes out/facts.jsonl, prints each finding with its sentences and a summary.",
                "Example: claimcheck run ../shared/seed --date 2026-04-27"})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    InputOptions in;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "out/facts.jsonl",
            description = "facts file (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
            description = "claim index to update (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--no-index", description = "do not update the claim index")
    boolean noIndex;

    @Override
    public Integer call() {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BatchRunner.Counts counts = new BatchRunner.Counts();
        FactIndex ix = null;
        if (!noIndex) {
            try {
                ix = FactIndex.open(index);
            } catch (IncompatibleIndexException | IOException e) {
                System.err.println("claimcheck run: " + e.getMessage());
                return 1;
            }
        }
        FactIndex sink = ix;
        int code;
        try {
            code = BatchRunner.run(in, List.of(Path.of("corpus")), out, Claimcheck.Depth.FINDINGS, FactsJson::line,
                    f -> {
                        printFindings(stdout, f);
                        if (sink != null) {
                            try {
                                sink.index(f);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    }, counts, System.err);
            if (ix != null) {
                ix.commit();
                ix.close();
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("claimcheck run: index " + index + ": " + e.getMessage());
            return 1;
        }
        if (code == 2) {
            return code;
        }
        stdout.printf(Locale.ROOT, "%nArticles: %d processed, %d failed%n", counts.processed, counts.failed);
        StringBuilder types = new StringBuilder();
        for (MentionType t : MentionType.values()) {
            types.append(String.format(Locale.ROOT, " %s %d", t, counts.byType[t.ordinal()]));
        }
        stdout.printf(Locale.ROOT, "Mentions: %d (%s)%n", counts.mentions, types.toString().strip());
        stdout.printf(Locale.ROOT, "Claims:   %d%nFindings: %d%nFacts:    %s%n", counts.claims, counts.findings, out);
        if (!noIndex) {
            stdout.printf(Locale.ROOT, "Index:    %s (search it: ./claimcheck search 'party:Amazon' --index %s)%n", index,
                    index);
        }
        return code;
    }

    static void printFindings(PrintStream out, ArticleFacts f) {
        if (f.findings().isEmpty()) {
            return;
        }
        String body = f.article().body();
        out.printf(Locale.ROOT, "%n== %s (%s) %s%n", f.article().id(), f.article().date(), f.article().title());
        for (Finding fd : f.findings()) {
            out.printf(Locale.ROOT, "  [%s] %s: %s%n", fd.severity().name().toLowerCase(Locale.ROOT), fd.type(),
                    fd.message());
            for (Span s : fd.spans()) {
                Sentence sent = sentenceAt(f, s.start());
                String text = sent == null ? s.of(body) : sent.span().of(body);
                out.printf(Locale.ROOT, "      @%d \"%s\" in: %s%n", s.start(), s.of(body), oneLine(text));
            }
        }
    }

    private static Sentence sentenceAt(ArticleFacts f, int pos) {
        for (Sentence s : f.sentences()) {
            if (s.span().start() <= pos && pos < s.span().end()) {
                return s;
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 220 ? t.substring(0, 217) + "..." : t;
    }
}
