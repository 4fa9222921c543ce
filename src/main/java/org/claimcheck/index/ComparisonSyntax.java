package org.claimcheck.index;

/**
 * Accepts comparisons written with a colon ({@code amount:>=10B}) as well as Lucene's own form
 * ({@code amount>=10B}): drops the colon outside quotes, and maps error columns back to the text as typed.
 *
 * @param text    the query as handed to Lucene
 * @param removed 0-based positions, in the typed query, of the colons dropped (ascending)
 */
record ComparisonSyntax(String text, int[] removed) {

    static ComparisonSyntax of(String query) {
        StringBuilder sb = new StringBuilder(query.length());
        int[] removed = new int[query.length()];
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\' && i + 1 < query.length()) {
                sb.append(c).append(query.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            boolean comparison = !quoted && c == ':' && i + 1 < query.length()
                    && (query.charAt(i + 1) == '<' || query.charAt(i + 1) == '>');
            if (comparison) {
                removed[n++] = i;
            } else {
                sb.append(c);
            }
        }
        return new ComparisonSyntax(sb.toString(), java.util.Arrays.copyOf(removed, n));
    }

    /** The same error with its column counted in the query as typed. */
    QuerySyntaxException relocate(QuerySyntaxException e) {
        if (e.column() <= 0 || removed.length == 0) {
            return e;
        }
        int column = e.column();
        for (int r : removed) {
            if (r < column) {
                column++;
            }
        }
        String message = e.getMessage().replaceFirst("^column \\d+: ", "");
        return new QuerySyntaxException(message, column);
    }
}
