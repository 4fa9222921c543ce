package org.claimcheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's bookkeeping on a small run; no timing is asserted. */
class IndexBenchmarkTest {

    @Test
    void indexesTheRequestedClaimsAndRemovesTheWarmUpIndex(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("bench");
        IndexBenchmark.Result r = IndexBenchmark.run(
                new IndexBenchmark.Settings(2_000, 7, 2, 5, dir, 1_000), n -> { });
        assertEquals(2_000, r.claims());
        assertEquals(200, r.articles());
        assertTrue(r.bytes() > 0, "the index has files");
        assertEquals(3, r.latencies().size(), "party, range and phrase queries");
        r.latencies().forEach(l -> assertEquals(5, l.queries()));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(dir), left.toList(), "only the benchmark index is left, not the warm-up one");
        }
        try (FactIndex index = FactIndex.openReadOnly(dir)) {
            assertEquals(2_000, index.claimCount(), "the warm-up claims went elsewhere");
            assertEquals(200, index.articleCount());
        }
    }

    @Test
    void refusesADirectoryThatHoldsFiles(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("keep.txt"), "not an index");
        assertThrows(IllegalArgumentException.class, () -> IndexBenchmark.run(
                new IndexBenchmark.Settings(100, 1, 1, 1, tmp, 0), n -> { }));
        assertTrue(Files.exists(tmp.resolve("keep.txt")));
    }
}
