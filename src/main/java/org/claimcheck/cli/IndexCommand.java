package org.claimcheck.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimcheck.index.FactIndex;
import org.claimcheck.index.IncompatibleIndexException;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.ArticleFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck index}: adds facts to the Lucene claim index (one document per claim and per article),
 * replacing an article's earlier documents, or deletes articles.
 */
@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds articles' facts to the claim index, one document per claim and per article. "
                + "Re-indexing an article replaces its documents; --delete removes one.",
                "Ends with counts; exits 1 when a facts line was bad or the index must be rebuilt."})
public final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--facts", paramLabel = "FILE",
            description = "facts file (JSON Lines from 'extract'); repeatable")
    List<Path> facts = new ArrayList<>();

    @Option(names = "--index", defaultValue = "index", paramLabel = "DIR",
            description = "index folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--delete", paramLabel = "ID", description = "remove the article with this id; repeatable")
    List<String> delete = new ArrayList<>();

    @picocli.CommandLine.Mixin
    InputOptions in;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (facts.isEmpty() && delete.isEmpty() && in.inputs.isEmpty()) {
            err.println("claimcheck index: give article INPUT files or folders, --facts FILE or --delete ID");
            return 2;
        }
        List<Path> articles;
        try {
            articles = in.inputs.isEmpty() ? List.of() : in.files(List.of());
            in.defaultDate();
        } catch (org.claimcheck.ingest.InputException e) {
            err.println("claimcheck index: " + e.getMessage());
            return 2;
        }
        for (Path file : facts) {
            if (!Files.isReadable(file)) {
                err.println("claimcheck index: cannot read facts file " + file);
                return 2;
            }
        }
        Counts counts = new Counts();
        try (FactIndex ix = FactIndex.open(index)) {
            for (String id : delete) {
                if (ix.delete(id)) {
                    counts.deleted++;
                } else {
                    err.println("claimcheck index: no article '" + id + "' in " + index);
                    counts.notFound++;
                }
            }
            for (Path file : facts) {
                indexFile(ix, file, counts, err);
            }
            if (!articles.isEmpty()) {
                indexArticles(ix, articles, counts, err);
            }
            ix.commit();
            out.printf(Locale.ROOT, "indexed %d articles (%d claims), deleted %d, not found %d, bad lines %d; "
                            + "index %s holds %d articles, %d claims%n", counts.articles, counts.claims,
                    counts.deleted, counts.notFound, counts.bad, index, ix.articleCount(), ix.claimCount());
        } catch (IncompatibleIndexException e) {
            err.println("claimcheck index: " + e.getMessage());
            return 1;
        }
        out.flush();
        return counts.bad > 0 ? 1 : 0;
    }

    /** Runs the pipeline over article files and indexes each article's facts as it comes. */
    private void indexArticles(FactIndex ix, List<Path> files, Counts counts, PrintWriter err) throws IOException {
        org.claimcheck.pipeline.Claimcheck cc;
        try {
            cc = new org.claimcheck.pipeline.Claimcheck(in.gazetteer(), org.claimcheck.pipeline.Claimcheck.Depth.FINDINGS,
                    new org.claimcheck.pipeline.StageTimes());
            new org.claimcheck.pipeline.Batch(in.threads()).run(files, in.defaultDate(), cc::process, o -> {
                if (!o.ok()) {
                    err.println("claimcheck index: " + o.error());
                    counts.bad++;
                    return;
                }
                try {
                    ix.index(o.facts());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                counts.articles++;
                counts.claims += o.facts().claims().size();
            });
        } catch (org.claimcheck.ingest.InputException e) {
            err.println("claimcheck index: " + e.getMessage());
            counts.bad++;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void indexFile(FactIndex ix, Path file, Counts counts, PrintWriter err) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                ArticleFacts f;
                try {
                    f = FactsJson.read(line);
                } catch (RuntimeException e) {
                    err.println(file + ":" + n + ": skipped: " + e.getMessage());
                    counts.bad++;
                    continue;
                }
                ix.index(f);
                counts.articles++;
                counts.claims += f.claims().size();
            }
        }
    }

    /** What a run did. */
    private static final class Counts {
        long articles;
        long claims;
        long deleted;
        long notFound;
        long bad;
    }
}
