package org.claimcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.claimcheck.check.Perturbation;
import org.claimcheck.check.Perturber;
import org.claimcheck.eval.GoldDocument;
import org.claimcheck.eval.MeantimeReader;
import org.claimcheck.ingest.ArticleReader;
import org.claimcheck.ingest.InputException;
import org.claimcheck.io.AtomicFile;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Span;
import org.claimcheck.pipeline.Claimcheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claimcheck perturb}: injects labelled contradictions into consistent articles ({@link Perturber}) and
 * either writes them (perturbed {@code .md} with front matter, plus {@code labels.jsonl}) or, with
 * {@code --measure}, runs the pipeline on the originals and the perturbed articles and reports recall per
 * type and false findings per clean article.
 */
@Command(name = "perturb", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Injects labelled contradictions (date, amount, sum, duration, sequence) into consistent "
                + "articles; writes them with labels.jsonl, or measures the checker on them (--measure).",
                "Example: claimcheck perturb corpus --out /tmp/perturbed --seed 7",
                "         claimcheck perturb corpus --gold gold --meantime ../shared/data/meantime --measure"})
public final class PerturbCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "article files or folders")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "write perturbed articles and labels.jsonl here")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--per-article", paramLabel = "K", defaultValue = "1",
            description = "perturbations per article and type, each with its own seed (default: ${DEFAULT-VALUE})")
    int perArticle;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "gold folder: articles with annotated inconsistencies are not clean and are skipped")
    Path gold;

    @Option(names = "--meantime", paramLabel = "DIR", description = "also use the MEANTIME articles in this folder")
    Path meantime;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for articles that give none")
    String date;

    @Option(names = "--measure", description = "run the pipeline and report recall per type and false findings")
    boolean measure;

    @Option(names = "--limit", paramLabel = "N", description = "use at most N articles of each collection")
    Integer limit;

    @Override
    public Integer call() throws IOException {
        if (!measure && out == null) {
            System.err.println("claimcheck perturb: give --out DIR or --measure");
            return 2;
        }
        Map<String, List<Article>> collections = new TreeMap<>();
        try {
            collections.put("articles", readArticles());
        } catch (InputException e) {
            System.err.println("claimcheck perturb: " + e.getMessage());
            return 2;
        }
        if (meantime != null) {
            collections.put("meantime", limited(MeantimeReader.readAll(meantime).documents().stream()
                    .map(GoldDocument::article).toList()));
        }
        Claimcheck pipeline = Claimcheck.defaults();
        Tally tally = new Tally();
        List<String> labels = new ArrayList<>();
        for (Map.Entry<String, List<Article>> e : collections.entrySet()) {
            for (Article a : e.getValue()) {
                ArticleFacts facts = pipeline.process(a);
                tally.clean(e.getKey(), facts.findings().size());
                for (int k = 0; k < perArticle; k++) {
                    for (Perturbation p : Perturber.perturb(facts, seed + k)) {
                        Perturbation named = perArticle == 1 ? p : withSuffix(p, k);
                        if (measure) {
                            tally.perturbed(e.getKey(), p.type(), detected(pipeline.process(named.article()), named));
                        } else {
                            write(named);
                            labels.add(label(named, a.id()));
                        }
                    }
                }
            }
        }
        if (measure) {
            System.out.print(tally.report());
        } else {
            AtomicFile.write(out.resolve("labels.jsonl"), String.join("\n", labels) + (labels.isEmpty() ? "" : "\n"));
            System.err.printf(Locale.ROOT, "claimcheck perturb: %d perturbed articles -> %s%n", labels.size(), out);
        }
        return 0;
    }

    private List<Article> readArticles() throws InputException {
        LocalDate fallback = date == null ? null : ArticleReader.parseDate("--date", date);
        TreeSet<String> inconsistent = inconsistentIds();
        List<Article> out = new ArrayList<>();
        for (Path p : ArticleReader.expand(inputs)) {
            for (Article a : ArticleReader.read(p, fallback)) {
                if (!inconsistent.contains(a.id())) {
                    out.add(a);
                }
            }
        }
        return limited(out);
    }

    private List<Article> limited(List<Article> all) {
        return limit == null || all.size() <= limit ? all : all.subList(0, limit);
    }

    /** Ids of the gold articles that annotate at least one inconsistency. */
    private TreeSet<String> inconsistentIds() {
        TreeSet<String> ids = new TreeSet<>();
        if (gold == null) {
            return ids;
        }
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = FactsJson.MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8));
                if (n.path("inconsistencies").size() > 0) {
                    ids.add(n.path("id").asText());
                }
            }
        } catch (IOException e) {
            System.err.println("claimcheck perturb: cannot read gold folder: " + e.getMessage());
        }
        return ids;
    }

    /** True when a finding of the injected type covers the changed text. */
    static boolean detected(ArticleFacts facts, Perturbation p) {
        for (Finding f : facts.findings()) {
            if (f.type() == p.type() && f.spans().stream().anyMatch(s -> s.overlaps(p.changed()))) {
                return true;
            }
        }
        return false;
    }

    private static Perturbation withSuffix(Perturbation p, int k) {
        Article a = p.article();
        Article renamed = new Article(a.id() + "-" + (k + 1), a.date(), a.title(), a.source(), a.url(), a.body(),
                a.origin());
        return new Perturbation(renamed, p.type(), p.spans(), p.changed(), p.operation(), p.description());
    }

    private void write(Perturbation p) throws IOException {
        Files.createDirectories(out);
        Article a = p.article();
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("id: ").append(a.id()).append('\n');
        if (a.date() != null) {
            sb.append("date: ").append(a.date()).append('\n');
        }
        if (!a.title().isEmpty()) {
            sb.append("title: ").append(a.title().replace('\n', ' ')).append('\n');
        }
        sb.append("source: claimcheck perturb\n---\n").append(a.body());
        AtomicFile.write(out.resolve(a.id() + ".md"), sb.toString());
    }

    private static String label(Perturbation p, String source) {
        ObjectNode o = FactsJson.MAPPER.createObjectNode();
        o.put("id", p.article().id());
        o.put("source", source);
        o.put("type", p.type().name());
        o.put("operation", p.operation());
        ArrayNode spans = o.putArray("spans");
        for (Span s : p.spans()) {
            ObjectNode sn = spans.addObject();
            sn.put("start", s.start());
            sn.put("end", s.end());
            sn.put("text", s.of(p.article().body()));
            sn.put("changed", s.equals(p.changed()));
        }
        o.put("description", p.description());
        return o.toString();
    }

    /** Counts per collection: clean articles and their findings, perturbations and detections per type. */
    private static final class Tally {
        private final Map<String, int[]> clean = new TreeMap<>();
        private final Map<String, Map<FindingType, int[]>> perturbed = new TreeMap<>();

        void clean(String collection, int findings) {
            int[] c = clean.computeIfAbsent(collection, k -> new int[2]);
            c[0]++;
            c[1] += findings;
        }

        void perturbed(String collection, FindingType type, boolean hit) {
            int[] c = perturbed.computeIfAbsent(collection, k -> new TreeMap<>()).computeIfAbsent(type, k -> new int[2]);
            c[0]++;
            c[1] += hit ? 1 : 0;
        }

        String report() {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, int[]> e : clean.entrySet()) {
                int[] c = e.getValue();
                sb.append(String.format(Locale.ROOT, "%-9s clean articles %4d  findings %4d  per article %.3f%n",
                        e.getKey(), c[0], c[1], c[0] == 0 ? 0.0 : (double) c[1] / c[0]));
                for (Map.Entry<FindingType, int[]> t : perturbed.getOrDefault(e.getKey(), Map.of()).entrySet()) {
                    int[] p = t.getValue();
                    sb.append(String.format(Locale.ROOT, "%-9s %-18s perturbed %4d  detected %4d  recall %.2f%n",
                            e.getKey(), t.getKey(), p[0], p[1], p[0] == 0 ? 0.0 : (double) p[1] / p[0]));
                }
            }
            return sb.toString();
        }
    }
}
