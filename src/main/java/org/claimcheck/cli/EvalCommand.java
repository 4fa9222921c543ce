package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.claimcheck.eval.EvalReport;
import org.claimcheck.eval.GoldDocument;
import org.claimcheck.eval.GoldLoad;
import org.claimcheck.eval.GoldSet;
import org.claimcheck.eval.MeantimeReader;
import org.claimcheck.eval.Predictions;
import org.claimcheck.eval.Regression;
import org.claimcheck.eval.ReportWriter;
import org.claimcheck.eval.Scorer;
import org.claimcheck.ingest.ArticleReader;
import org.claimcheck.ingest.InputException;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.nlp.PlainCoreNlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck eval}: runs the pipeline (or reads a facts file) over gold articles and scores it,
 * then checks the scores against {@code expected-scores.json}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores extraction against a gold set: mentions (strict, relaxed, value), claims and "
                + "claim fields, findings, and on MEANTIME event participants and time anchors.",
                "Prints a table per set and checks the scores against <gold>/" + Regression.FILE
                        + ": OK, FAIL (dropped below) or ROSE (update the file in the same change).",
                "Exits 1 when a score dropped, a gold file is invalid or a facts line is bad."})
public final class EvalCommand implements Callable<Integer> {

    private final Supplier<Function<Article, ArticleFacts>> pipeline;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", defaultValue = "gold", paramLabel = "DIR",
            description = "project gold folder (default: ${DEFAULT-VALUE})")
    Path gold;

    @Option(names = "--set", split = ",", paramLabel = "SET",
            description = "dev, test or all; repeatable or comma-separated (default: dev,test, or none "
                    + "when --meantime is given)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--meantime", paramLabel = "DIR",
            description = "also score the MEANTIME corpus in this folder (set name 'meantime')")
    Path meantime;

    @Option(names = "--facts", paramLabel = "FILE",
            description = "score this facts file (JSON Lines from 'extract') instead of running the pipeline")
    Path facts;

    @Option(names = "--report", paramLabel = "FILE", description = "write the JSON report here")
    Path report;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "write every false positive, false negative and mismatch here (tab-separated)")
    Path errors;

    @Option(names = "--expected", paramLabel = "FILE",
            description = "expected scores (default: <gold>/" + Regression.FILE + ")")
    Path expected;

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "score a baseline instead of claimcheck: 'corenlp' (plain CoreNLP "
                    + PlainCoreNlp.ANNOTATORS + " with default settings); no regression check")
    String baseline;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "score only these articles: article files, gold .json files or folders of them")
    List<Path> inputs = new ArrayList<>();

    /**
     * Pipeline for event-annotated corpora (MEANTIME annotates every event with a participant, speech
     * verbs included), or null to use {@link #pipeline} for every set.
     */
    private final Supplier<Function<Article, ArticleFacts>> eventPipeline;

    /** @param pipeline gives the extraction pipeline; called once, and only when no facts file is given */
    public EvalCommand(Supplier<Function<Article, ArticleFacts>> pipeline) {
        this(pipeline, null);
    }

    /**
     * @param pipeline      the pipeline for the project's gold sets
     * @param eventPipeline the pipeline for MEANTIME, whose claims cover every event with a party
     */
    public EvalCommand(Supplier<Function<Article, ArticleFacts>> pipeline,
                       Supplier<Function<Article, ArticleFacts>> eventPipeline) {
        this.pipeline = pipeline;
        this.eventPipeline = eventPipeline;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        Set<String> only = selectedIds(problems);
        if (baseline != null && !baseline.equals("corenlp")) {
            err.println("claimcheck eval: unknown baseline '" + baseline + "' (known: corenlp)");
            return 2;
        }
        Function<Article, ArticleFacts> predict = predictions(problems);

        List<EvalReport> reports = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        for (String set : setsToRun()) {
            GoldLoad load = set.equals("meantime") ? MeantimeReader.readAll(meantime) : GoldSet.load(gold, set);
            problems.addAll(load.errors());
            List<GoldDocument> docs = load.documents().stream()
                    .filter(d -> only == null || only.contains(d.id())).toList();
            err.printf("scoring %s: %d articles%n", set, docs.size());
            err.flush();
            Function<Article, ArticleFacts> setPredict = set.equals("meantime") && eventPipeline != null
                    && facts == null && baseline == null ? eventPipeline.get() : predict;
            reports.add(Scorer.score(set, docs, setPredict));
            credits.add(set.equals("meantime") ? MeantimeReader.CREDIT : "");
        }
        problems.forEach(err::println);

        boolean dropped = false;
        Path expectedFile = expected != null ? expected : gold.resolve(Regression.FILE);
        for (int i = 0; i < reports.size(); i++) {
            EvalReport r = reports.get(i);
            out.println(ReportWriter.table(r, credits.get(i)));
            if (only == null && baseline == null) {
                dropped |= regression(r, expectedFile, out, err);
            }
        }
        if (baseline != null) {
            out.println("regression check skipped: baseline " + baseline + " scored");
        } else if (only != null) {
            out.println("regression check skipped: only some articles were scored");
        }
        if (report != null) {
            Files.writeString(report, ReportWriter.json(reports, credits), StandardCharsets.UTF_8);
        }
        if (errors != null) {
            Files.writeString(errors, ReportWriter.errors(reports.stream().flatMap(r -> r.errors().stream())
                    .toList()), StandardCharsets.UTF_8);
        }
        out.flush();
        err.flush();
        return dropped || !problems.isEmpty() ? 1 : 0;
    }

    private List<String> setsToRun() {
        Set<String> out = new LinkedHashSet<>(sets);
        if (out.isEmpty() && meantime == null) {
            out.add("dev");
            out.add("test");
        }
        if (meantime != null) {
            out.add("meantime");
        }
        return List.copyOf(out);
    }

    private Function<Article, ArticleFacts> predictions(List<String> problems) throws IOException {
        if (baseline != null) {
            return new PlainCoreNlp()::facts;
        }
        if (facts == null) {
            return pipeline.get();
        }
        Map<String, ArticleFacts> byId = Predictions.read(facts, problems);
        return a -> byId.get(a.id());
    }

    /** Ids of the INPUT articles, or null when none were given (score everything). */
    private Set<String> selectedIds(List<String> problems) {
        if (inputs.isEmpty()) {
            return null;
        }
        Set<String> ids = new TreeSet<>();
        for (Path in : inputs) {
            try (Stream<Path> files = Files.isDirectory(in) ? Files.walk(in) : Stream.of(in)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".json")) {
                        ids.add(GoldSet.idOf(f));
                    } else if (ArticleReader.accepts(f)) {
                        ArticleReader.read(f, null).forEach(a -> ids.add(a.id()));
                    } else if (name.endsWith(".xml")) {
                        ids.add(MeantimeReader.read(f).id());
                    }
                }
            } catch (IOException | InputException e) {
                problems.add(in + ": " + e.getMessage());
            }
        }
        return ids;
    }

    /** Prints the regression lines for one report; true when a score dropped. */
    private static boolean regression(EvalReport r, Path file, PrintWriter out, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            out.println("no " + file + ": regression check skipped");
            return false;
        }
        try {
            List<Regression.Check> checks = Regression.check(file, r);
            if (checks.isEmpty()) {
                out.println("no expected scores for set " + r.set() + " in " + file);
            }
            checks.forEach(c -> out.println(c.line()));
            out.println();
            return checks.stream().anyMatch(c -> c.status() == Regression.Status.FAIL);
        } catch (IOException e) {
            err.println(e.getMessage());
            return true;
        }
    }
}
