package org.claimcheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactIndexTest {

    @TempDir
    Path dir;

    private FactIndex index;

    @BeforeEach
    void fill() throws IOException {
        index = FactIndex.open(dir.resolve("index"));
        index.index(FixtureFacts.amazon());
        index.index(FixtureFacts.microsoft());
        index.index(FixtureFacts.google());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    /** The uids ("article/claim") of every hit, sorted. */
    private String hits(String query) throws IOException {
        SearchResult r = index.search(query, 100, false);
        assertEquals(r.hits().size(), r.total(), "total for " + query);
        TreeSet<String> ids = new TreeSet<>();
        r.hits().forEach(h -> ids.add(h.claimId() == null ? h.articleId() : h.articleId() + "/" + h.claimId()));
        return String.join(" ", ids);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // parties: whole name any case, words of a name, roles, kinds
        "party:\"Amazon Web Services\"   | amz-1/c1",
        "party:\"amazon web services\"   | amz-1/c1",
        "party:Amazon                    | ''",
        "partyword:amazon                | amz-1/c1",
        "partyword:anthropic             | amz-1/c1",
        "partyword:(services anthropic)  | amz-1/c1",
        "role:recipient kind:organization | amz-1/c1 ms-1/c1",
        "party:Frontier                  | ms-1/c1 ms-1/c2",
        "agent:Frontier                  | ms-1/c2",
        "recipient:Frontier              | ms-1/c1",
        "patient:Wiz                     | gg-1/c1",
        "role:patient                    | gg-1/c1",
        "kind:organization -party:Google | amz-1/c1 ms-1/c1 ms-1/c2",
        // event class and lemma
        "event:INVEST                    | amz-1/c1",
        "event:pay                       | gg-1/c2 ms-1/c2",
        "lemma:license                   | ms-1/c1",
        "event:invest OR event:acquire   | amz-1/c1 gg-1/c1",
        // amounts: exact, comparisons, ranges, currencies, interval claims
        "amount:38B                      | amz-1/c1",
        "amount:38000000000              | amz-1/c1",
        "amount:\"$38 billion\"          | amz-1/c1",
        "amount:>=10B                    | amz-1/c1 gg-1/c1 gg-1/c2",
        "amount:>=\"$38 billion\"        | amz-1/c1",
        "amount:>38B                     | ''",
        "amount:<2.5bn                   | ''",
        "amount:<=2.5bn                  | ms-1/c2",
        "amount:[30B TO 35B]             | gg-1/c1",
        "amount:11B                      | gg-1/c2",
        "amount:{12B TO *]               | amz-1/c1 gg-1/c1",
        "amount:2.5bn                    | ms-1/c2",
        "amount:EUR2.5bn                 | ms-1/c2",
        "amount:$2.5bn                   | ''",
        "currency:usd                    | amz-1/c1 gg-1/c1 gg-1/c2",
        "amount:[\"$1 billion\" TO 40bn] | amz-1/c1 gg-1/c1 gg-1/c2",
        // a currency in the amount: figures and stated ranges of that currency only
        "amount:<=USD11B                 | gg-1/c2",
        "amount:<=EUR11B                 | ms-1/c2",
        "amount:[EUR1bn TO EUR3bn]       | ms-1/c2",
        "amount:>=USD32B                 | amz-1/c1 gg-1/c1",
        "amount:>USD32B                  | amz-1/c1",
        "amount:>=GBP1                   | ''",
        "percent:12                      | ms-1/c2",
        "percent:>=12.5%                 | ''",
        // claim time: intervals intersect the asked date
        "date:2026                       | amz-1/c1 amz-1/c2 gg-1/c2 ms-1/c1",
        "date:2026-Q1                    | amz-1/c1 amz-1/c2 gg-1/c2 ms-1/c1",
        "date:2026-04                    | amz-1/c1 gg-1/c2 ms-1/c1",
        "date:2026-03-15                 | amz-1/c1 amz-1/c2 gg-1/c2 ms-1/c1",
        "date:[2026-01 TO 2026-02]       | amz-1/c1 gg-1/c2 ms-1/c1",
        "date:>=2031                     | ms-1/c1",
        "date:>2032                      | ''",
        "date:2025-Q1                    | gg-1/c1 gg-1/c2",
        "date:<2025                      | gg-1/c2",
        "date:2026-H2 event:license      | ms-1/c1",
        // article fields
        "published:2026-02               | amz-1/c1 amz-1/c2",
        "published:[2025 TO 2025-12-31]  | ms-1/c1 ms-1/c2",
        "article:ms-1                    | ms-1/c1 ms-1/c2",
        "title:licence                   | ms-1/c1 ms-1/c2",
        "title:(wiz OR anthropic)        | amz-1/c1 amz-1/c2 gg-1/c1 gg-1/c2",
        "title:\"licence for frontier\"  | ms-1/c1 ms-1/c2",
        "-title:licence event:pay        | gg-1/c2",
        "title:wiz OR event:license      | gg-1/c1 gg-1/c2 ms-1/c1",
        "title:merger                    | ''",
        "outlet:\"example wire\" event:acquire | gg-1/c1",
        // modality and attribution
        "modality:reported               | amz-1/c2 gg-1/c1",
        "source:\"Sundar Pichai\"        | gg-1/c1",
        "source:openai cue:say           | amz-1/c2",
        // words of the clause
        "\"stateful runtime\"            | amz-1/c2",
        "invests                         | amz-1/c1",
        "text:revenue                    | ms-1/c2",
        // articles instead of claims
        "type:article party:Frontier     | ms-1",
        "type:article title:Wiz          | gg-1",
        // everything together
        "party:\"Amazon Web Services\" event:INVEST amount:>=10B date:[2026-01 TO 2026-06] | amz-1/c1",
    })
    void findsClaimsByEveryField(String query, String expected) throws IOException {
        assertEquals(expected, hits(query), query);
    }

    @Test
    void hitCarriesDisplayFieldsAndHighlight() throws IOException {
        SearchResult r = index.search("\"stateful runtime\"", 10, false);
        FactHit h = r.hits().get(0);
        assertEquals("amz-1", h.articleId());
        assertEquals("c2", h.claimId());
        assertEquals("2026-03", h.time());
        assertEquals("LAUNCH", h.event());
        assertEquals("The stateful runtime launches in March 2026", h.text());
        assertEquals(List.of(new Span(4, 20)), h.marks());
        assertEquals("stateful runtime", h.text().substring(4, 20));

        FactHit invest = index.search("event:invest", 10, false).hits().get(0);
        assertEquals(List.of("Amazon Web Services (agent)", "Anthropic (recipient)"), invest.parties());
        assertEquals(List.of("USD 38 billion"), invest.amounts());
        assertEquals(List.of(), invest.marks());
        assertEquals("2026-02-16", invest.published().toString());

        FactHit range = index.search("event:pay party:Google", 10, false).hits().get(0);
        assertEquals(List.of("USD 10 billion to USD 12 billion"), range.amounts());
    }

    @Test
    void typedClausesScoreAsOneConstantClauseEach() throws IOException {
        // a typed (amount, date) clause matches or not: 1 per clause, whether it hits a figure or a stated range
        assertEquals(1.0f, index.search("amount:38B", 10, false).hits().get(0).score());
        assertEquals(1.0f, index.search("amount:11B", 10, false).hits().get(0).score());
        assertEquals(2.0f, index.search("amount:>=10B date:2026", 10, false).hits().get(0).score());
    }

    @Test
    void equalScoresAreOrderedByNewestArticleThenId() throws IOException {
        List<String> order = index.search("outlet:\"example wire\"", 10, false).hits().stream()
                .map(h -> h.articleId() + "/" + h.claimId()).toList();
        // every hit scores the same; gg-1 has no date, so it comes last
        assertEquals(List.of("amz-1/c1", "amz-1/c2", "ms-1/c1", "ms-1/c2", "gg-1/c1", "gg-1/c2"), order);

        index.index(new SyntheticFacts(5, 10, 11).article(0));
        List<String> claims = index.search("article:syn-0", 20, false).hits().stream().map(FactHit::claimId).toList();
        // ids compare as text, so c10 and c11 come before c2
        assertEquals(List.of("c1", "c10", "c11", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"), claims);
    }

    @Test
    void facetsCountAllMatchesByPartyEventAndYear() throws IOException {
        SearchResult r = index.search("party:Frontier OR party:Google", 1, true);
        assertEquals(4, r.total());
        assertTrue(r.exact());
        assertEquals(1, r.hits().size());
        assertEquals(List.of(new FacetCount("Frontier", 2), new FacetCount("Google", 2),
                new FacetCount("Microsoft", 1), new FacetCount("Wiz", 1)), r.facets().get("party"));
        assertEquals(List.of(new FacetCount("PAY", 2), new FacetCount("ACQUIRE", 1), new FacetCount("LICENSE", 1)),
                r.facets().get("event"));
        // ms-1/c1 begins 2025, gg-1/c1 2025-Q1, gg-1/c2 has an open start so its end year, ms-1/c2 has no time
        assertEquals(List.of(new FacetCount("2025", 2), new FacetCount("2030", 1), new FacetCount("undated", 1)),
                r.facets().get("year"));
        assertEquals(List.of("party", "event", "year"), List.copyOf(r.facets().keySet()));
    }

    @Test
    void reindexingReplacesAnArticlesClaims() throws IOException {
        assertEquals(6, index.claimCount());
        index.index(FixtureFacts.amazon());
        index.index(FixtureFacts.amazon());
        assertEquals(6, index.claimCount());
        assertEquals(3, index.articleCount());
        ArticleFacts shorter = FixtureFacts.amazon();
        shorter = shorter.withClaims(shorter.claims().subList(1, 2));
        index.index(shorter);
        assertEquals(5, index.claimCount());
        assertEquals("amz-1/c2", hits("article:amz-1"));
    }

    @Test
    void flushingBufferedDocumentsKeepsThemSearchable() throws IOException {
        assertTrue(index.flushBuffered(), "three articles were buffered");
        assertFalse(index.flushBuffered(), "nothing left in memory");
        assertEquals(6, index.claimCount());
        assertEquals("ms-1/c1 ms-1/c2", hits("party:Frontier"));
    }

    @Test
    void deleteRemovesOneArticle() throws IOException {
        assertTrue(index.delete("ms-1"));
        assertEquals("", hits("party:Frontier"));
        assertEquals(4, index.claimCount());
        assertEquals(2, index.articleCount());
        assertFalse(index.delete("ms-1"));
        assertFalse(index.delete("MS-1"), "article ids are case-sensitive");
    }

    @Test
    void committedIndexReopensReadOnly() throws IOException {
        index.commit();
        index.close();
        try (FactIndex ro = FactIndex.openReadOnly(dir.resolve("index"))) {
            assertEquals(6, ro.claimCount());
            assertEquals("amz-1/c1", hitsIn(ro, "amount:>=38B"));
            assertThrows(IllegalStateException.class, () -> ro.delete("ms-1"));
        }
        index = FactIndex.open(dir.resolve("index"));
        assertEquals(6, index.claimCount());
    }

    @Test
    void factsSurviveTheJsonLinesRoundTrip() throws IOException {
        ArticleFacts read = FactsJson.read(FactsJson.line(FixtureFacts.google()));
        index.index(read);
        assertEquals("gg-1/c1", hits("amount:32B source:\"sundar pichai\""));
        assertEquals(6, index.claimCount());
    }

    private static String hitsIn(FactIndex ix, String query) throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        ix.search(query, 100, false).hits().forEach(h -> ids.add(h.articleId() + "/" + h.claimId()));
        return String.join(" ", ids);
    }

    @Test
    void refusesAnIndexOfAnotherSchema() throws IOException {
        Path old = dir.resolve("old");
        try (FSDirectory d = FSDirectory.open(old);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(FactDocuments.SCHEMA_KEY, "0").entrySet());
            w.commit();
        }
        IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, () -> FactIndex.open(old));
        assertTrue(e.getMessage().contains("schema version 0"), e.getMessage());
        assertTrue(e.getMessage().contains("rebuild"), e.getMessage());
        assertThrows(IncompatibleIndexException.class, () -> FactIndex.openReadOnly(old));

        Path plain = dir.resolve("plain");
        try (FSDirectory d = FSDirectory.open(plain);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.commit();
        }
        e = assertThrows(IncompatibleIndexException.class, () -> FactIndex.open(plain));
        assertTrue(e.getMessage().contains("no claimcheck schema"), e.getMessage());
    }

    @Test
    void readOnlyOpenOfAMissingIndexSaysSo() {
        IOException e = assertThrows(IOException.class, () -> FactIndex.openReadOnly(dir.resolve("none")));
        assertTrue(e.getMessage().contains("no index"), e.getMessage());
    }
}
