package org.claimcheck.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.BinaryPoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldableNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QueryNode;
import org.apache.lucene.queryparser.flexible.core.processors.QueryNodeProcessorImpl;
import org.apache.lucene.queryparser.flexible.standard.nodes.TermRangeQueryNode;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * First step of query processing: refuses unknown field names, and turns amount, percent and date terms
 * and ranges into point queries ({@link TypedQueryNode}) before the standard steps see them, so that each
 * value is read by claimcheck's own rules and a bad one is reported with its column.
 */
final class TypedFieldProcessor extends QueryNodeProcessorImpl {

    private static final String AMOUNT_HINT = "(try 10B, 2.5bn, \"$38 billion\", EUR500m)";
    private static final String DATE_HINT = "(try 2026, 2026-02, 2026-02-16, 2026-Q1, 2026-H2)";

    private final Set<String> fields = FactDocuments.queryFields();

    @Override
    protected QueryNode preProcessNode(QueryNode node) {
        if (node instanceof TermRangeQueryNode range) {
            FieldQueryNode lower = range.getLowerBound();
            String field = Objects.toString(range.getField(), "");
            checkField(field, lower.getBegin());
            return typed(field) ? new TypedQueryNode(rangeQuery(field, range)) : node;
        }
        if (node instanceof FieldQueryNode term) {
            String field = term.getFieldAsString();
            checkField(field, term.getBegin());
            return typed(field) ? new TypedQueryNode(termQuery(field, term)) : node;
        }
        if (node instanceof FieldableNode f && f.getField() != null) {
            checkField(f.getField().toString(), 0);
        }
        return node;
    }

    @Override
    protected QueryNode postProcessNode(QueryNode node) {
        return node;
    }

    @Override
    protected List<QueryNode> setChildrenOrder(List<QueryNode> children) {
        return children;
    }

    private static boolean typed(String field) {
        return FactDocuments.NUMBER_FIELDS.contains(field) || FactDocuments.DATE_FIELDS.contains(field);
    }

    private void checkField(String field, int begin) {
        if (!field.equals("*") && !fields.contains(field)) {
            throw new QuerySyntaxException("unknown field '" + field + "' (fields: " + String.join(" ", fields) + ")",
                    column(begin) - field.length() - 1);
        }
    }

    private static int column(int begin) {
        return begin + 1;
    }

    private static Query termQuery(String field, FieldQueryNode term) {
        Bound b = new Bound(term.getTextAsString(), true, column(term.getBegin()));
        return build(field, b, b);
    }

    private static Query rangeQuery(String field, TermRangeQueryNode range) {
        FieldQueryNode lo = range.getLowerBound();
        FieldQueryNode hi = range.getUpperBound();
        return build(field, new Bound(lo.getTextAsString(), range.isLowerInclusive(), column(lo.getBegin())),
                new Bound(hi.getTextAsString(), range.isUpperInclusive(), column(hi.getBegin())));
    }

    /** One end of a range as typed; an empty or {@code *} text is an open end. */
    private record Bound(String text, boolean inclusive, int column) {
        boolean open() {
            return text.isEmpty() || text.equals("*");
        }
    }

    private static Query build(String field, Bound lo, Bound hi) {
        return switch (field) {
            case FactDocuments.AMOUNT -> amountQuery(lo, hi);
            case FactDocuments.PERCENT -> percentQuery(lo, hi);
            case FactDocuments.DATE, FactDocuments.PUBLISHED -> dateQuery(field, lo, hi);
            default -> throw new IllegalStateException(field);
        };
    }

    /**
     * Money a claim states as one figure matches when the figure lies in the range asked for, a stated range
     * when it overlaps it; either way the match scores like one constant clause.
     */
    private static Query amountQuery(Bound lo, Bound hi) {
        Amounts.QueryAmount low = lo.open() ? null : amount(lo);
        Amounts.QueryAmount high = hi.open() ? null : amount(hi);
        String currency = low != null && low.currency() != null ? low.currency()
                : high != null ? high.currency() : null;
        if (low != null && high != null && low.currency() != null && high.currency() != null
                && !low.currency().equals(high.currency())) {
            throw new QuerySyntaxException("amount range mixes " + low.currency() + " and " + high.currency(),
                    hi.column());
        }
        long from = low == null ? Long.MIN_VALUE : lowerUnits(low.value(), lo.inclusive());
        long to = high == null ? Long.MAX_VALUE : upperUnits(high.value(), hi.inclusive());
        if (from > to) {
            return new MatchNoDocsQuery("empty amount range");
        }
        long cFrom = currency == null ? 0 : Amounts.currencyKey(currency);
        long cTo = currency == null ? Long.MAX_VALUE : cFrom;
        Query figures = currency == null
                ? LongPoint.newRangeQuery(FactDocuments.AMOUNT, from, to)
                : BinaryPoint.newRangeQuery(FactDocuments.AMOUNT_IN_CURRENCY,
                        FactDocuments.currencyAmount(cFrom, from), FactDocuments.currencyAmount(cFrom, to));
        Query ranges = LongRange.newIntersectsQuery(FactDocuments.AMOUNT_RANGE, new long[] {cFrom, from},
                new long[] {cTo, to});
        return new ConstantScoreQuery(new BooleanQuery.Builder()
                .add(figures, BooleanClause.Occur.SHOULD)
                .add(ranges, BooleanClause.Occur.SHOULD)
                .build());
    }

    private static Amounts.QueryAmount amount(Bound b) {
        return Amounts.parse(b.text()).orElseThrow(() -> new QuerySyntaxException(
                "cannot read amount '" + b.text() + "' " + AMOUNT_HINT, b.column()));
    }

    private static Query percentQuery(Bound lo, Bound hi) {
        long from = lo.open() ? Long.MIN_VALUE : lowerUnits(percent(lo), lo.inclusive());
        long to = hi.open() ? Long.MAX_VALUE : upperUnits(percent(hi), hi.inclusive());
        if (from > to) {
            return new MatchNoDocsQuery("empty percent range");
        }
        return LongRange.newIntersectsQuery(FactDocuments.PERCENT, new long[] {from}, new long[] {to});
    }

    private static BigDecimal percent(Bound b) {
        String t = b.text().strip();
        t = t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException("cannot read percentage '" + b.text() + "' (try 20, 12.5%)", b.column());
        }
    }

    private static long lowerUnits(BigDecimal v, boolean inclusive) {
        long ceil = Amounts.toUnitsBound(v, true);
        boolean exact = ceil == Amounts.toUnitsBound(v, false);
        return inclusive || !exact || ceil == Long.MAX_VALUE ? ceil : ceil + 1;
    }

    private static long upperUnits(BigDecimal v, boolean inclusive) {
        long floor = Amounts.toUnitsBound(v, false);
        boolean exact = floor == Amounts.toUnitsBound(v, true);
        return inclusive || !exact || floor == Long.MIN_VALUE ? floor : floor - 1;
    }

    private static Query dateQuery(String field, Bound lo, Bound hi) {
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        if (!lo.open()) {
            DateTerms.Interval iv = interval(lo);
            from = lo.inclusive() ? day(iv.begin().toEpochDay()) : day(iv.end().toEpochDay() + 1);
        }
        if (!hi.open()) {
            DateTerms.Interval iv = interval(hi);
            to = hi.inclusive() ? day(iv.end().toEpochDay()) : day(iv.begin().toEpochDay() - 1);
        }
        if (from > to) {
            return new MatchNoDocsQuery("empty date range");
        }
        return field.equals(FactDocuments.DATE)
                ? IntRange.newIntersectsQuery(field, new int[] {from}, new int[] {to})
                : IntPoint.newRangeQuery(field, from, to);
    }

    private static DateTerms.Interval interval(Bound b) {
        return DateTerms.parse(b.text()).orElseThrow(() -> new QuerySyntaxException(
                "cannot read date '" + b.text() + "' " + DATE_HINT, b.column()));
    }

    private static int day(long epochDay) {
        return Math.toIntExact(epochDay);
    }
}
