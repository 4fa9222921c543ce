package org.claimcheck.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A query on the article title, which is indexed on article documents only, turned into a query on the
 * article id: it matches every document (the article and its claims) of the articles whose title matches.
 * The title is thus analysed once per article instead of once per claim. The match is a filter with a
 * constant score: every claim of an article shares its title, so the title does not rank them.
 */
final class ArticleTitleQuery extends Query {

    private final Query title;

    private ArticleTitleQuery(Query title) {
        this.title = title;
    }

    /**
     * {@code query} with every part that only searches the title (a term, a phrase, a group of them)
     * replaced by the matching articles' documents; other parts are kept as they are.
     */
    static Query wrapTitles(Query query) {
        if (query instanceof BooleanQuery bq && !onlyTitle(bq)) {
            BooleanQuery.Builder b = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                b.add(wrapTitles(c.getQuery()), c.getOccur());
            }
            return b.build();
        }
        if (query instanceof BoostQuery boost && !onlyTitle(boost)) {
            return new BoostQuery(wrapTitles(boost.getQuery()), boost.getBoost());
        }
        return onlyTitle(query) ? new ArticleTitleQuery(query) : query;
    }

    /** True when {@code q} names at least one field and every field it names is the title. */
    private static boolean onlyTitle(Query q) {
        TreeSet<String> fields = new TreeSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields.equals(new TreeSet<>(List.of(FactDocuments.TITLE)));
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        BooleanQuery articles = new BooleanQuery.Builder()
                .add(title, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(FactDocuments.TYPE, FactDocuments.TYPE_ARTICLE)),
                        BooleanClause.Occur.FILTER)
                .build();
        List<BytesRef> ids = new ArrayList<>();
        searcher.search(articles, new SimpleCollector() {
            private BinaryDocValues uids;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                uids = DocValues.getBinary(context.reader(), FactDocuments.SORT_UID);
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                if (uids.advanceExact(doc)) {
                    ids.add(BytesRef.deepCopyOf(uids.binaryValue()));
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        if (ids.isEmpty()) {
            return new MatchNoDocsQuery("no article title matches " + title);
        }
        return new ConstantScoreQuery(new TermInSetQuery(FactDocuments.ARTICLE, ids));
    }

    @Override
    public void visit(QueryVisitor visitor) {
        title.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "articleTitle(" + title.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && title.equals(((ArticleTitleQuery) other).title);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), title);
    }
}
