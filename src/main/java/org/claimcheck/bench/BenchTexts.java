package org.claimcheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.eval.GoldDocument;
import org.claimcheck.eval.GoldLoad;
import org.claimcheck.eval.MeantimeReader;
import org.claimcheck.ingest.ArticleReader;
import org.claimcheck.ingest.InputException;
import org.claimcheck.model.Article;

/**
 * The benchmark's texts: the articles of the corpus folder and, where present, the MEANTIME texts,
 * repeated in order to the number asked. Each copy gets its own id ({@code id#2}, {@code id#3}, ...) so an
 * index holds every copy.
 */
final class BenchTexts {

    private final List<Article> sources;
    private final List<String> notes;

    private BenchTexts(List<Article> sources, List<String> notes) {
        this.sources = List.copyOf(sources);
        this.notes = List.copyOf(notes);
    }

    /** Reads the corpus (required) and MEANTIME (skipped with a note when the folder is absent). */
    static BenchTexts load(Path corpus, Path meantime) throws InputException {
        List<Article> sources = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int fromCorpus = 0;
        for (Path f : ArticleReader.expand(List.of(corpus))) {
            for (ArticleReader.Result r : ArticleReader.readAll(f, null)) {
                if (r.article() != null) {
                    sources.add(r.article());
                    fromCorpus++;
                } else {
                    notes.add("skipped " + r.error());
                }
            }
        }
        notes.add(fromCorpus + " articles from " + corpus);
        if (meantime != null && Files.isDirectory(meantime)) {
            GoldLoad load = MeantimeReader.readAll(meantime);
            for (GoldDocument d : load.documents()) {
                sources.add(d.article());
            }
            notes.add(load.documents().size() + " MEANTIME texts from " + meantime);
            load.errors().forEach(e -> notes.add("skipped " + e));
        } else {
            notes.add("no MEANTIME texts: " + meantime + " is absent; corpus only");
        }
        if (sources.isEmpty()) {
            throw new InputException("no articles to benchmark in " + corpus);
        }
        return new BenchTexts(sources, notes);
    }

    List<String> notes() {
        return notes;
    }

    int distinct() {
        return sources.size();
    }

    /** The first {@code n} articles of the sources repeated in order. */
    List<Article> take(int n) {
        return range(0, n);
    }

    /** Articles {@code from} (inclusive) to {@code to} (exclusive) of the endless repetition. */
    List<Article> range(int from, int to) {
        List<Article> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            Article a = sources.get(i % sources.size());
            int copy = i / sources.size() + 1;
            out.add(copy == 1 ? a : new Article(a.id() + "#" + copy, a.date(), a.title(), a.source(), a.url(),
                    a.body(), a.origin()));
        }
        return out;
    }

    /** Characters in the first {@code n} articles. */
    long chars(int n) {
        return take(n).stream().mapToLong(a -> a.body().length()).sum();
    }
}
