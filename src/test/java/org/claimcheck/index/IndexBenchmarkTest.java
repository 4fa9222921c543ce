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
    void severalRunsEachIndexTheClaimsIntoAnEmptyIndexAndLeaveOnlyTheLast(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("bench");
        IndexBenchmark.Result r = IndexBenchmark.run(
                new IndexBenchmark.Settings(1_000, 3, 2, 2, dir, 0, 3), n -> { });
        assertEquals(3, r.runs().size());
        r.runs().forEach(run -> assertTrue(run.claimsPerSecond() > 0 && run.indexSeconds() > 0));
        List<Double> rates = r.runs().stream().map(IndexBenchmark.Run::claimsPerSecond).sorted().toList();
        assertEquals(rates.get(1), r.median().claimsPerSecond(), "the middle of three rates");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(dir), left.toList(), "the earlier runs' indexes are removed");
        }
        try (FactIndex index = FactIndex.openReadOnly(dir)) {
            assertEquals(1_000, index.claimCount(), "each run starts from an empty index: no claim is added twice");
        }
    }

    @Test
    void theMedianOfAnEvenNumberOfRunsIsTheLowerMiddleOne() {
        List<IndexBenchmark.Run> runs = List.of(run(40_000), run(55_000), run(48_000), run(60_000));
        IndexBenchmark.Result r = new IndexBenchmark.Result(1, 1, runs, 1, 1, List.of(), null);
        assertEquals(48_000, r.median().claimsPerSecond());
    }

    private static IndexBenchmark.Run run(double rate) {
        return new IndexBenchmark.Run(1, rate, 1, 1, 0);
    }

    @Test
    void refusesADirectoryThatHoldsFiles(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("keep.txt"), "not an index");
        assertThrows(IllegalArgumentException.class, () -> IndexBenchmark.run(
                new IndexBenchmark.Settings(100, 1, 1, 1, tmp, 0), n -> { }));
        assertTrue(Files.exists(tmp.resolve("keep.txt")));
    }
}
