package org.claimcheck.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.claimcheck.model.Span;

/**
 * Finds where a query matches a hit's text, as spans of that text, by re-analysing it with the
 * index analyzer (Lucene's unified highlighter, whole text as one passage). Only the text field counts.
 * Matches separated only by spaces are joined, so a phrase comes back as one span.
 */
final class Highlighting {

    private final UnifiedHighlighter highlighter;

    Highlighting(Analyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withWeightMatches(false)
                .withFieldMatcher(FactDocuments.TEXT::equals)
                .withFormatter(new SpanFormatter())
                .build();
    }

    /** The matched parts of {@code text}, in order; empty when the query has no text terms. */
    List<Span> marks(Query query, String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Object result = highlighter.highlightWithoutSearcher(FactDocuments.TEXT, query, text, 1);
        if (result instanceof SpanList spans) {
            return spans.spans();
        }
        return List.of();
    }

    private record SpanList(List<Span> spans) {
    }

    /** Hands back match offsets instead of marked-up text. */
    private static final class SpanFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Span> spans = new ArrayList<>();
            for (Passage p : passages) {
                for (int i = 0; i < p.getNumMatches(); i++) {
                    Span s = new Span(p.getMatchStarts()[i], p.getMatchEnds()[i]);
                    Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                    if (last != null && (last.end() >= s.start()
                            || content.substring(last.end(), s.start()).isBlank())) {
                        spans.set(spans.size() - 1, last.union(s));
                    } else {
                        spans.add(s);
                    }
                }
            }
            return new SpanList(spans);
        }
    }
}
