package org.claimcheck.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Stream;
import org.claimcheck.io.AtomicFile;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;

/**
 * Remembers each article's facts line between runs, so that a re-run over an archive redoes only the
 * articles that changed. An entry is keyed by the SHA-256 of the article (id, date, title, source, url,
 * body) together with the settings and the tool's code, so any change to one of them misses. Entries are
 * one small file each ({@code <dir>/ab/abcdef….json}), written atomically as soon as an article is done:
 * a killed run keeps every article it finished. Thread-safe. The cache is an aid, never a source of
 * failure: an entry that cannot be read is a miss, one that cannot be written is counted and skipped.
 */
public final class ResultCache {

    private final Path dir;
    private final String settings;
    private final Set<String> used = new ConcurrentSkipListSet<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder writeFailures = new LongAdder();

    /**
     * @param dir      the cache folder (created on first store)
     * @param settings everything besides the article that decides its facts (see {@link #settings})
     */
    public ResultCache(Path dir, String settings) {
        this.dir = dir;
        this.settings = settings;
    }

    /** The cache folder that goes with an output file: {@code facts.jsonl.cache} beside it. */
    public static Path besideOutput(Path out) {
        Path abs = out.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".cache");
    }

    /**
     * The settings part of the key: the tool's code (see {@link #codeFingerprint()}), the depth of
     * processing and the content of every extra gazetteer file, in the order given.
     */
    public static String settings(Claimcheck.Depth depth, List<Path> gazetteers) throws IOException {
        StringBuilder sb = new StringBuilder("code=").append(codeFingerprint()).append(";depth=").append(depth);
        for (Path g : gazetteers) {
            sb.append(";gazetteer=").append(sha256(Files.readAllBytes(g)));
        }
        return sb.toString();
    }

    /** Wraps a pipeline function: cached facts when the article is unchanged, else computes and stores. */
    public Function<Article, ArticleFacts> around(Function<Article, ArticleFacts> compute) {
        return article -> {
            String key = key(article);
            used.add(key);
            ArticleFacts cached = lookup(key, article);
            if (cached != null) {
                hits.increment();
                return cached;
            }
            misses.increment();
            ArticleFacts facts = compute.apply(article);
            store(key, facts);
            return facts;
        };
    }

    /** The entry key of an article under these settings. */
    public String key(Article a) {
        String joined = String.join("\u0000", settings, a.id(), a.date() == null ? "" : a.date().toString(),
                a.title(), a.source(), a.url(), a.body());
        return sha256(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Articles served from the cache so far. */
    public long hits() {
        return hits.sum();
    }

    /** Articles computed so far. */
    public long misses() {
        return misses.sum();
    }

    /** Entries that could not be written (the articles were still processed and output). */
    public long writeFailures() {
        return writeFailures.sum();
    }

    /**
     * Deletes the entries this instance did not look up, so the cache mirrors the last complete output
     * instead of growing with every edit. Call only after the run's output was written. Best effort: an
     * entry that cannot be deleted stays (it is only a stale file).
     *
     * @return the number of entries deleted
     */
    public int prune() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> stale;
        try (Stream<Path> files = Files.walk(dir, 2)) {
            stale = files.filter(Files::isRegularFile).filter(f -> !used.contains(keyOf(f))).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
        int deleted = 0;
        for (Path f : stale) {
            try {
                deleted += Files.deleteIfExists(f) ? 1 : 0;
            } catch (IOException e) {
                // left in place: a stale entry is never looked up again
            }
        }
        return deleted;
    }

    private static String keyOf(Path entry) {
        String name = entry.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : "";
    }

    private Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    private ArticleFacts lookup(String key, Article article) {
        String line;
        try {
            line = Files.readString(entry(key), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        try {
            ArticleFacts f = FactsJson.read(line.strip());
            if (!f.article().id().equals(article.id())) {
                return null;
            }
            return new ArticleFacts(article, f.sentences(), f.mentions(), f.claims(), f.findings(), f.warnings());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void store(String key, ArticleFacts facts) {
        try {
            AtomicFile.write(entry(key), FactsJson.line(facts) + "\n");
        } catch (IOException | UncheckedIOException e) {
            writeFailures.increment();
        }
    }

    /**
     * A fingerprint of the running code: the SHA-256 of the jar (or of every file of the classes folder)
     * that holds this class, so a rebuilt tool never reuses facts of an older one.
     */
    static String codeFingerprint() {
        return Fingerprint.VALUE;
    }

    private static final class Fingerprint {
        static final String VALUE = compute();

        private static String compute() {
            try {
                Path code = Path.of(ResultCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                MessageDigest md = digest();
                if (Files.isDirectory(code)) {
                    try (Stream<Path> files = Files.walk(code)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            md.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                            md.update(Files.readAllBytes(f));
                        }
                    }
                } else {
                    try (InputStream in = Files.newInputStream(code)) {
                        byte[] buf = new byte[1 << 16];
                        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                            md.update(buf, 0, n);
                        }
                    }
                }
                return HexFormat.of().formatHex(md.digest());
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return "unknown-" + System.nanoTime();
            }
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
