package org.claimcheck.index;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.core.QueryNodeParseException;
import org.apache.lucene.queryparser.flexible.core.builders.QueryTreeBuilder;
import org.apache.lucene.queryparser.flexible.core.processors.QueryNodeProcessorPipeline;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.queryparser.flexible.standard.config.StandardQueryConfigHandler;
import org.apache.lucene.queryparser.flexible.standard.parser.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * The search language: Lucene's standard query syntax over the fields of {@link FactDocuments}, with
 * terms ANDed by default, amounts, percentages and dates read as typed values, and results limited to
 * claims unless the query names the {@code type} field. Thread-safe.
 */
public final class FactQueryParser {

    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

    private final Analyzer analyzer;
    /** A parser is not thread-safe but can be reused: one per thread, built once. */
    private final ThreadLocal<StandardQueryParser> parsers = ThreadLocal.withInitial(this::newParser);

    public FactQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Parses a query.
     *
     * @throws QuerySyntaxException with a one-line message saying what is wrong and where
     */
    public Query parse(String query) {
        if (query.isBlank()) {
            throw new QuerySyntaxException("empty query", 0);
        }
        ComparisonSyntax normalized = ComparisonSyntax.of(query);
        Query q;
        try {
            q = ArticleTitleQuery.wrapTitles(parsers.get().parse(normalized.text(), FactDocuments.TEXT));
        } catch (ParseException e) {
            throw normalized.relocate(syntaxError(e));
        } catch (QueryNodeParseException e) {
            throw normalized.relocate(lexicalError(e));
        } catch (QueryNodeException e) {
            throw new QuerySyntaxException(oneLine(e.getMessage()), 0);
        } catch (QuerySyntaxException e) {
            throw normalized.relocate(e);
        }
        boolean typeNamed = namesField(q, FactDocuments.TYPE);
        if (typeNamed && !pureNegative(q)) {
            return q;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (pureNegative(q)) {
            ((BooleanQuery) q).clauses().forEach(b::add);
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            b.add(q, BooleanClause.Occur.MUST);
        }
        if (!typeNamed) {
            b.add(new TermQuery(new Term(FactDocuments.TYPE, FactDocuments.TYPE_CLAIM)), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** A query of only MUST_NOT clauses, which on its own matches nothing. */
    private static boolean pureNegative(Query q) {
        return q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
    }

    private StandardQueryParser newParser() {
        StandardQueryParser p = new StandardQueryParser(analyzer);
        p.setDefaultOperator(StandardQueryConfigHandler.Operator.AND);
        p.setLocale(Locale.ROOT);
        p.setAllowLeadingWildcard(false);
        ((QueryNodeProcessorPipeline) p.getQueryNodeProcessor()).add(0, new TypedFieldProcessor());
        ((QueryTreeBuilder) p.getQueryBuilder()).setBuilder(TypedQueryNode.class,
                node -> ((TypedQueryNode) node).query());
        return p;
    }

    private static boolean namesField(Query q, String field) {
        boolean[] found = {false};
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String f) {
                found[0] |= field.equals(f);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }

    private static QuerySyntaxException syntaxError(ParseException e) {
        if (e.currentToken == null || e.currentToken.next == null) {
            return new QuerySyntaxException("cannot parse the query", 0);
        }
        var next = e.currentToken.next;
        if (next.kind == 0) {
            return new QuerySyntaxException("the query ends too early (after '" + e.currentToken.image
                    + "' a term, range or closing bracket is missing)", e.currentToken.endColumn + 1);
        }
        return new QuerySyntaxException("unexpected '" + next.image + "'", next.beginColumn + 1);
    }

    private static QuerySyntaxException lexicalError(QueryNodeParseException e) {
        String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        Matcher m = LEXICAL_COLUMN.matcher(cause == null ? "" : cause);
        int column = m.find() ? Integer.parseInt(m.group(1)) : 0;
        String what = cause != null && cause.contains("<EOF>") ? "unclosed quote or bracket" : "unreadable character";
        return new QuerySyntaxException(what, column);
    }

    private static String oneLine(String s) {
        return s == null ? "cannot parse the query" : s.replaceAll("\\s+", " ").strip();
    }
}
