package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.claimcheck.index.FacetCount;
import org.claimcheck.index.FactDocuments;
import org.claimcheck.index.FactHit;
import org.claimcheck.index.FactIndex;
import org.claimcheck.index.IncompatibleIndexException;
import org.claimcheck.index.QuerySyntaxException;
import org.claimcheck.index.SearchResult;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck search}: finds claims in the index by party, event, amount, date and words. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Searches the claim index, e.g.",
                "  claimcheck search 'party:Amazon event:INVEST amount:>=10B date:[2026-01 TO 2026-06]'",
                "Prints a table (matches in the text marked **like this**) or JSON. "
                        + "Exits 2 on a bad query, 1 when there is no usable index."},
        footer = {"", FactDocuments.FIELD_HELP})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query (words are joined with spaces)")
    List<String> query = new ArrayList<>();

    @Option(names = "--index", defaultValue = "index", paramLabel = "DIR",
            description = "index folder (default: ${DEFAULT-VALUE})")
    java.nio.file.Path index;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
            description = "most hits shown (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Option(names = "--facets", description = "also count all matches by party, event class and year")
    boolean facets;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 0) {
            err.println("claimcheck search: --limit must be 0 or more");
            return 2;
        }
        SearchResult result;
        try (FactIndex ix = FactIndex.openReadOnly(index)) {
            result = ix.search(String.join(" ", query), limit, facets);
        } catch (QuerySyntaxException e) {
            err.println("claimcheck search: bad query: " + e.getMessage());
            return 2;
        } catch (IncompatibleIndexException e) {
            err.println("claimcheck search: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("claimcheck search: " + e.getMessage());
            return 1;
        }
        if (json) {
            out.println(FactsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result.toJson()));
        } else {
            printTable(out, result);
        }
        out.flush();
        return 0;
    }

    private static void printTable(PrintWriter out, SearchResult r) {
        out.printf(Locale.ROOT, "%s%d match%s, showing %d%n", r.exact() ? "" : "at least ", r.total(),
                r.total() == 1 ? "" : "es", r.hits().size());
        if (!r.hits().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ARTICLE", "PUBLISHED", "WHEN", "EVENT", "PARTIES", "AMOUNT", "TEXT"});
            for (FactHit h : r.hits()) {
                rows.add(new String[] {
                    h.claimId() == null ? h.articleId() : h.articleId() + "/" + h.claimId(),
                    h.published() == null ? "-" : h.published().toString(),
                    h.time() == null ? "-" : h.time(),
                    h.event() == null ? h.type() : h.event(),
                    h.parties().isEmpty() ? "-" : String.join(", ", h.parties()),
                    h.amounts().isEmpty() ? "-" : String.join(", ", h.amounts()),
                    marked(h.text(), h.marks())});
            }
            printRows(out, rows);
        }
        for (var dim : r.facets().entrySet()) {
            out.printf(Locale.ROOT, "%s: %s%n", dim.getKey(), dim.getValue().isEmpty() ? "-" : dim.getValue().stream()
                    .map(SearchCommand::facet).collect(Collectors.joining(", ")));
        }
    }

    private static String facet(FacetCount c) {
        return c.label() + " " + c.count();
    }

    /** Text with each matched span wrapped in {@code **}. */
    static String marked(String text, List<Span> marks) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Span s : marks) {
            sb.append(text, at, s.start()).append("**").append(text, s.start(), s.end()).append("**");
            at = s.end();
        }
        return sb.append(text.substring(at)).toString().replaceAll("\\s+", " ");
    }

    private static void printRows(PrintWriter out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns - 1; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < columns - 1; c++) {
                sb.append(row[c]).append(" ".repeat(width[c] - row[c].length() + 2));
            }
            out.println(sb.append(row[columns - 1]));
        }
    }
}
