package org.claimcheck.index;

/**
 * A query that cannot be run. The message is one line saying what is wrong and, when known, at which
 * column (1-based) of the query, e.g. {@code column 8: cannot read amount '10X' (try 10B, 2.5bn, "$38 billion")}.
 */
public final class QuerySyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int column;

    /** @param column 1-based column the problem is at, or 0 when it is not tied to a place */
    public QuerySyntaxException(String what, int column) {
        super(column > 0 ? "column " + column + ": " + what : what);
        this.column = column;
    }

    /** The 1-based column of the problem in the query, or 0 when not known. */
    public int column() {
        return column;
    }
}
