package org.claimcheck.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.ArticleFacts;

/**
 * The claim index in one directory: add, replace and delete articles' facts, and search them with the
 * {@link FactQueryParser} language. Searches see every change made through this object before they were
 * called (near-real-time: no commit needed); other processes see changes after {@link #commit()}.
 * Thread-safe: articles may be indexed from several threads while others search.
 */
public final class FactIndex implements Closeable {

    /** Facet values returned per dimension. */
    public static final int FACET_TOP = 10;
    /** Up to this many matches are counted exactly when facets are not requested. */
    static final int TOTAL_HITS_THRESHOLD = 1000;

    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
            new SortedNumericSortField(FactDocuments.SORT_PUBLISHED, SortField.Type.LONG, true),
            new SortField(FactDocuments.SORT_UID, SortField.Type.STRING_VAL));

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FactQueryParser parser;
    private final Highlighting highlighting;
    private final AtomicBoolean changed = new AtomicBoolean();
    private final ExecutorService slices;

    private FactIndex(Path path, Directory directory, IndexWriter writer, SearcherManager searchers,
                      Analyzer analyzer, ExecutorService slices) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.slices = slices;
        this.parser = new FactQueryParser(analyzer);
        this.highlighting = new Highlighting(analyzer);
    }

    /**
     * Opens the index in {@code dir} for reading and writing, creating it (and the directory) when absent.
     *
     * @throws IncompatibleIndexException when the index was written by another schema version
     */
    public static FactIndex open(Path dir) throws IOException {
        return open(dir, true);
    }

    /** As {@link #open(Path)}; without merges every commit leaves its own segment (for tests of many segments). */
    static FactIndex open(Path dir, boolean merges) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        ExecutorService slices = sliceThreads();
        try {
            boolean exists = DirectoryReader.indexExists(directory);
            if (exists) {
                checkSchema(dir, directory);
            }
            Analyzer analyzer = FactDocuments.analyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(256)
                    .setUseCompoundFile(false);
            if (!merges) {
                config.setMergePolicy(NoMergePolicy.INSTANCE);
            }
            IndexWriter writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(FactDocuments.SCHEMA_KEY,
                    String.valueOf(FactDocuments.SCHEMA_VERSION)).entrySet());
            if (!exists) {
                writer.commit();
            }
            return new FactIndex(dir, directory, writer, new SearcherManager(writer, searcherFactory(slices)),
                    analyzer, slices);
        } catch (IOException | RuntimeException e) {
            slices.shutdownNow();
            directory.close();
            throw e;
        }
    }

    /**
     * Opens an existing index for searching only (no write lock, so several searches may run at once).
     *
     * @throws IOException                when there is no index in {@code dir}
     * @throws IncompatibleIndexException when the index was written by another schema version
     */
    public static FactIndex openReadOnly(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no index at " + dir + " (run `claimcheck index` first)");
        }
        Directory directory = FSDirectory.open(dir);
        ExecutorService slices = sliceThreads();
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IOException("no index at " + dir + " (run `claimcheck index` first)");
            }
            checkSchema(dir, directory);
            return new FactIndex(dir, directory, null, new SearcherManager(directory, searcherFactory(slices)),
                    FactDocuments.analyzer(), slices);
        } catch (IOException | RuntimeException e) {
            slices.shutdownNow();
            directory.close();
            throw e;
        }
    }

    /**
     * Threads that search the slices of a large index (Lucene groups segments into slices of up to 250,000
     * documents) side by side, so that one query over a million claims uses every core. A small index is one
     * slice, searched in the calling thread.
     */
    private static ExecutorService sliceThreads() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "claimcheck-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static SearcherFactory searcherFactory(Executor executor) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new IndexSearcher(reader, executor);
            }
        };
    }

    private static void checkSchema(Path dir, Directory directory) throws IOException {
        String found;
        try {
            found = SegmentInfos.readLatestCommit(directory).getUserData().get(FactDocuments.SCHEMA_KEY);
        } catch (IndexFormatTooOldException e) {
            found = null;
        }
        if (!String.valueOf(FactDocuments.SCHEMA_VERSION).equals(found)) {
            throw new IncompatibleIndexException(dir, found);
        }
    }

    /** The directory this index lives in. */
    public Path path() {
        return path;
    }

    /** Adds an article's claims, replacing whatever was indexed for the same article id before. */
    public void index(ArticleFacts facts) throws IOException {
        List<Document> docs = FactDocuments.documents(facts);
        writable().updateDocuments(new Term(FactDocuments.ARTICLE, facts.article().id()), docs);
        changed.set(true);
    }

    /** Removes an article and its claims; false when no such article was indexed. */
    public boolean delete(String articleId) throws IOException {
        Term term = new Term(FactDocuments.ARTICLE, articleId);
        boolean present = count(new TermQuery(term)) > 0;
        writable().deleteDocuments(term);
        changed.set(true);
        return present;
    }

    /**
     * Writes the largest buffer of documents still held in memory to a new segment, in the calling thread.
     * Threads that are done indexing can call this so that they share the writing a commit would otherwise
     * do alone. Returns false when nothing was buffered.
     */
    public boolean flushBuffered() throws IOException {
        return writable().flushNextBuffer();
    }

    /** Makes every change durable and visible to other processes. */
    public void commit() throws IOException {
        writable().commit();
        refresh();
    }

    /** Makes every change so far visible to searches (done automatically by {@link #search}). */
    public void refresh() throws IOException {
        if (changed.getAndSet(false)) {
            searchers.maybeRefreshBlocking();
        }
    }

    /** Number of claims in the index. */
    public int claimCount() throws IOException {
        return count(new TermQuery(new Term(FactDocuments.TYPE, FactDocuments.TYPE_CLAIM)));
    }

    /** Number of articles in the index. */
    public int articleCount() throws IOException {
        return count(new TermQuery(new Term(FactDocuments.TYPE, FactDocuments.TYPE_ARTICLE)));
    }

    private int count(Query q) throws IOException {
        refresh();
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(q);
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Runs a query.
     *
     * @param limit  most hits to return
     * @param facets also count matches by party, event class and year
     * @throws QuerySyntaxException when the query cannot be parsed
     */
    public SearchResult search(String query, int limit, boolean facets) throws IOException {
        Query q = parser.parse(query);
        refresh();
        IndexSearcher s = searchers.acquire();
        try {
            TopFieldCollectorManager top = new TopFieldCollectorManager(ORDER, Math.max(1, limit), null,
                    facets ? Integer.MAX_VALUE : TOTAL_HITS_THRESHOLD);
            TopFieldDocs docs;
            Map<String, List<FacetCount>> counts = Map.of();
            if (facets) {
                Object[] results = s.search(q, new MultiCollectorManager(top, new FacetCounter(FACET_TOP)));
                docs = (TopFieldDocs) results[0];
                @SuppressWarnings("unchecked")
                Map<String, List<FacetCount>> c = (Map<String, List<FacetCount>>) results[1];
                counts = c;
            } else {
                docs = s.search(q, top);
            }
            List<FactHit> hits = new ArrayList<>();
            StoredFields stored = s.storedFields();
            int n = Math.min(limit, docs.scoreDocs.length);
            for (int i = 0; i < n; i++) {
                ScoreDoc sd = docs.scoreDocs[i];
                Document d = stored.document(sd.doc);
                BytesRef json = d.getBinaryValue(FactDocuments.JSON);
                JsonNode record = FactsJson.MAPPER.readTree(json.bytes, json.offset, json.length);
                String text = FactHit.text(record);
                float score = (Float) ((FieldDoc) sd).fields[0];
                hits.add(FactHit.of(record, text, highlighting.marks(q, text), score));
            }
            boolean exact = docs.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            return new SearchResult(query, docs.totalHits.value, exact, hits, counts);
        } finally {
            searchers.release(s);
        }
    }

    private IndexWriter writable() {
        if (writer == null) {
            throw new IllegalStateException("index at " + path + " was opened read-only");
        }
        return writer;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
        } finally {
            slices.shutdownNow();
            directory.close();
        }
    }
}
