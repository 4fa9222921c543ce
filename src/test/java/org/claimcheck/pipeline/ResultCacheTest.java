package org.claimcheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.claimcheck.io.AtomicFile;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Party;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result cache on hand-made facts (no CoreNLP): reuse, invalidation, kills and pruning. */
class ResultCacheTest {

    private static final String SETTINGS = "test-settings";

    @TempDir
    Path tmp;

    /** A stand-in pipeline: one PARTY mention on the body's first word; counts its calls. */
    private static final class FakePipeline implements Function<Article, ArticleFacts> {
        final AtomicInteger calls = new AtomicInteger();
        final List<String> seen = new ArrayList<>();
        String failOn;

        @Override
        public ArticleFacts apply(Article a) {
            if (a.id().equals(failOn)) {
                throw new IllegalStateException("killed while processing " + a.id());
            }
            calls.incrementAndGet();
            seen.add(a.id());
            String body = a.body();
            int end = body.indexOf(' ');
            Span first = new Span(0, end);
            Mention m = Mention.party(first, first.of(body), new Party(first.of(body), PartyKind.ORGANIZATION, null,
                    null)).withSentence(0).withIndex(0);
            return new ArticleFacts(a, List.of(new Sentence(0, new Span(0, body.length()), false)), List.of(m),
                    List.of(), List.of(), List.of("fake"));
        }
    }

    private static Article article(String id, String body) {
        return new Article(id, LocalDate.of(2026, 4, 27), "Title " + id, "", "", body, id + ".md");
    }

    private static List<Article> articles() {
        return List.of(article("a", "Acme bought Beta for $5 billion."), article("b", "Gamma sued Delta on Monday."),
                article("c", "Epsilon hired Zeta as CEO."));
    }

    private Path cacheDir() {
        return tmp.resolve("facts.jsonl.cache");
    }

    private static List<String> lines(Function<Article, ArticleFacts> fn, List<Article> in) {
        return in.stream().map(fn).map(FactsJson::line).toList();
    }

    @Test
    void unchangedArticlesAreReusedWithIdenticalLines() {
        FakePipeline first = new FakePipeline();
        List<String> before = lines(new ResultCache(cacheDir(), SETTINGS).around(first), articles());
        assertEquals(3, first.calls.get());

        FakePipeline second = new FakePipeline();
        ResultCache again = new ResultCache(cacheDir(), SETTINGS);
        List<String> after = lines(again.around(second), articles());
        assertEquals(0, second.calls.get(), "nothing changed, nothing recomputed");
        assertEquals(3, again.hits());
        assertEquals(before, after);
    }

    @Test
    void reusedFactsCarryTheArticleAsRead() {
        lines(new ResultCache(cacheDir(), SETTINGS).around(new FakePipeline()), articles());
        Article a = articles().get(0);
        ArticleFacts reused = new ResultCache(cacheDir(), SETTINGS).around(new FakePipeline()).apply(a);
        assertEquals(a, reused.article());
        assertEquals("Acme", reused.mention(0).span().of(a.body()));
    }

    @Test
    void changedBodyDateOrSettingsAreRedone() {
        lines(new ResultCache(cacheDir(), SETTINGS).around(new FakePipeline()), articles());

        List<Article> edited = new ArrayList<>(articles());
        edited.set(1, article("b", "Gamma sued Delta on Tuesday."));
        FakePipeline p = new FakePipeline();
        lines(new ResultCache(cacheDir(), SETTINGS).around(p), edited);
        assertEquals(List.of("b"), p.seen);

        Article c = articles().get(2);
        Article redated = new Article(c.id(), LocalDate.of(2026, 4, 28), c.title(), "", "", c.body(), c.origin());
        FakePipeline q = new FakePipeline();
        new ResultCache(cacheDir(), SETTINGS).around(q).apply(redated);
        assertEquals(List.of("c"), q.seen);

        FakePipeline r = new FakePipeline();
        lines(new ResultCache(cacheDir(), "other-settings").around(r), articles());
        assertEquals(3, r.calls.get());
    }

    @Test
    void keyDependsOnContentAndSettingsOnly() {
        ResultCache cache = new ResultCache(cacheDir(), SETTINGS);
        Article a = articles().get(0);
        Article moved = new Article(a.id(), a.date(), a.title(), a.source(), a.url(), a.body(), "elsewhere/a.md");
        assertEquals(cache.key(a), cache.key(moved));
        assertNotEquals(cache.key(a), cache.key(a.withBody(a.body() + " ")));
        assertNotEquals(cache.key(a), new ResultCache(cacheDir(), "x").key(a));
        assertEquals(64, cache.key(a).length());
    }

    @Test
    void killedRunLeavesOldOutputAndKeepsFinishedArticles() throws IOException {
        Path out = tmp.resolve("facts.jsonl");
        Files.writeString(out, "old output\n", StandardCharsets.UTF_8);
        FakePipeline dying = new FakePipeline();
        dying.failOn = "c";
        Function<Article, ArticleFacts> fn = new ResultCache(cacheDir(), SETTINGS).around(dying);
        AtomicFile file = new AtomicFile(out);
        try {
            assertThrows(IllegalStateException.class, () -> {
                for (Article a : articles()) {
                    file.writer().write(FactsJson.line(fn.apply(a)) + "\n");
                }
            });
            file.writer().flush();
            // the process "dies" here: no commit
            assertEquals("old output\n", Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            file.close();
        }
        assertEquals("old output\n", Files.readString(out, StandardCharsets.UTF_8));

        FakePipeline resumed = new FakePipeline();
        lines(new ResultCache(cacheDir(), SETTINGS).around(resumed), articles());
        assertEquals(List.of("c"), resumed.seen, "finished articles survive the kill");
    }

    @Test
    void unreadableEntryIsAMiss() throws IOException {
        ResultCache cache = new ResultCache(cacheDir(), SETTINGS);
        Article a = articles().get(0);
        cache.around(new FakePipeline()).apply(a);
        String key = cache.key(a);
        Files.writeString(cacheDir().resolve(key.substring(0, 2)).resolve(key + ".json"), "{not json",
                StandardCharsets.UTF_8);
        FakePipeline p = new FakePipeline();
        ArticleFacts f = new ResultCache(cacheDir(), SETTINGS).around(p).apply(a);
        assertEquals(1, p.calls.get());
        assertEquals("Acme", f.mention(0).text());
    }

    @Test
    void pruneKeepsOnlyWhatTheRunUsed() throws IOException {
        lines(new ResultCache(cacheDir(), SETTINGS).around(new FakePipeline()), articles());
        assertEquals(3, entries());
        ResultCache second = new ResultCache(cacheDir(), SETTINGS);
        lines(second.around(new FakePipeline()), articles().subList(0, 2));
        assertEquals(1, second.prune());
        assertEquals(2, entries());
        FakePipeline p = new FakePipeline();
        lines(new ResultCache(cacheDir(), SETTINGS).around(p), articles());
        assertEquals(List.of("c"), p.seen);
    }

    @Test
    void settingsFollowDepthAndGazetteerContent() throws IOException {
        Path g = tmp.resolve("extra.tsv");
        Files.writeString(g, "Acme\tORGANIZATION\n", StandardCharsets.UTF_8);
        String one = ResultCache.settings(Claimcheck.Depth.FINDINGS, List.of(g));
        assertEquals(one, ResultCache.settings(Claimcheck.Depth.FINDINGS, List.of(g)));
        assertNotEquals(one, ResultCache.settings(Claimcheck.Depth.MENTIONS, List.of(g)));
        Files.writeString(g, "Acme Corp\tORGANIZATION\n", StandardCharsets.UTF_8);
        assertNotEquals(one, ResultCache.settings(Claimcheck.Depth.FINDINGS, List.of(g)));
        assertTrue(one.startsWith("code="));
    }

    private long entries() throws IOException {
        try (Stream<Path> s = Files.walk(cacheDir())) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
