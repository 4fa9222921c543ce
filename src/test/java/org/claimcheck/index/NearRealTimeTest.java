package org.claimcheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching while another thread indexes: every search sees whole articles, never fewer than before. */
class NearRealTimeTest {

    private static final int ARTICLES = 300;
    private static final int CLAIMS = 3;

    @TempDir
    Path dir;

    @Test
    void searchesWhileIndexingSeeWholeArticlesInOrder() throws Exception {
        SyntheticFacts generator = new SyntheticFacts(7, 50, CLAIMS);
        try (FactIndex index = FactIndex.open(dir)) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int n = 0; n < ARTICLES; n++) {
                        index.index(generator.article(n));
                        if (n % 50 == 0) {
                            index.index(generator.article(n / 2));
                        }
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            writer.start();
            List<Long> seen = new ArrayList<>();
            while (writer.isAlive()) {
                SearchResult r = index.search("outlet:\"synthetic wire\"", 1, true);
                assertTrue(r.exact());
                assertEquals(0, r.total() % CLAIMS, "a search saw part of an article: " + r.total());
                long years = r.facets().get("year").stream().mapToLong(FacetCount::count).sum();
                assertTrue(years <= r.total(), "facet counts beyond the matches");
                seen.add(r.total());
            }
            writer.join();
            assertEquals(null, failure.get());
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) >= seen.get(i - 1), "claims disappeared between searches: " + seen);
            }
            assertEquals((long) ARTICLES * CLAIMS, index.search("outlet:\"synthetic wire\"", 1, false).total());
            assertEquals(ARTICLES, index.articleCount());
        }
    }
}
