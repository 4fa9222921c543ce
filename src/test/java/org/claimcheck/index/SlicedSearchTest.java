package org.claimcheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index of many segments is searched in several slices at once (Lucene puts at most five segments in a
 * slice); its hits, totals and facet counts must be those of the same claims in one segment.
 */
class SlicedSearchTest {

    private static final int ARTICLES = 40;

    @Test
    void manySegmentsGiveTheSameResultsAsOne(@TempDir Path tmp) throws Exception {
        SyntheticFacts generator = new SyntheticFacts(11, 30, 4);
        List<String> queries = List.of("event:invest", "amount:>=1B", "date:[2020 TO 2026]",
                "\"expand data center capacity\"", "modality:reported party:\"" + SyntheticFacts.partyName(0) + "\"");
        try (FactIndex one = FactIndex.open(tmp.resolve("one"));
             FactIndex many = FactIndex.open(tmp.resolve("many"), false)) {
            for (int n = 0; n < ARTICLES; n++) {
                one.index(generator.article(n));
                many.index(generator.article(n));
                many.commit();
            }
            one.commit();
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("many")))) {
                assertTrue(reader.leaves().size() > 5, "more segments than one slice takes: " + reader.leaves().size());
            }
            for (String q : queries) {
                SearchResult a = one.search(q, 1000, true);
                SearchResult b = many.search(q, 1000, true);
                assertFalse(a.hits().isEmpty(), q + " finds something");
                assertEquals(a.total(), b.total(), q);
                assertEquals(ids(a), ids(b), q);
                assertEquals(a.facets(), b.facets(), q);
            }
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.articleId() + "/" + h.claimId()).toList();
    }
}
