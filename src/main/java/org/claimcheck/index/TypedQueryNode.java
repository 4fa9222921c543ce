package org.claimcheck.index;

import org.apache.lucene.queryparser.flexible.core.nodes.QueryNodeImpl;
import org.apache.lucene.queryparser.flexible.core.parser.EscapeQuerySyntax;
import org.apache.lucene.search.Query;

/** A query-tree leaf whose Lucene query was already built from a typed (amount, percent, date) term. */
final class TypedQueryNode extends QueryNodeImpl {

    private final Query query;

    TypedQueryNode(Query query) {
        this.query = query;
    }

    Query query() {
        return query;
    }

    @Override
    public CharSequence toQueryString(EscapeQuerySyntax escaper) {
        return query.toString();
    }

    @Override
    public String toString() {
        return "<typed query='" + query + "'/>";
    }
}
