package org.claimcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.extract.Gazetteer;
import org.claimcheck.ingest.ArticleReader;
import org.claimcheck.ingest.InputException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every batch command shares: inputs, default date, threads, gazetteer, profile. */
public final class InputOptions {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "article files (.txt, .md with optional front matter, .jsonl) or folders, walked recursively")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "publication date for articles that give none (relative dates resolve against it)")
    String date;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of cores)")
    Integer threads;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "extra gazetteer file(s), same format as models/gazetteer.tsv")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--no-cache",
            description = "with --out FILE: process every article again instead of reusing FILE.cache/")
    boolean noCache;

    @Option(names = "--profile", description = "print time per stage and tokens/s at the end")
    boolean profile;

    LocalDate defaultDate() throws InputException {
        return date == null ? null : ArticleReader.parseDate("--date", date);
    }

    int threads() {
        return threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    }

    Gazetteer gazetteer() throws IOException {
        return gazetteers.isEmpty() ? Gazetteer.defaults() : Gazetteer.withFiles(gazetteers);
    }

    List<Path> files(List<Path> fallback) throws InputException {
        return ArticleReader.expand(inputs.isEmpty() ? fallback : inputs);
    }
}
