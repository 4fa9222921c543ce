package org.claimcheck.eval;

import java.util.Comparator;
import org.claimcheck.model.Span;

/**
 * One scoring error for the errors file.
 *
 * @param kind      FP (predicted, not in gold), FN (gold, not predicted), SPAN (matched, other
 *                  boundaries), VALUE (matched, other value), QUALIFIER, FIELD (a claim field that differs)
 * @param span      where it is in the article body (the gold item's span when there is one)
 * @param expected  the gold value or description ("" for FP)
 * @param predicted the predicted value or description ("" for FN)
 */
public record ErrorEntry(String article, String section, String label, String kind, Span span, String text,
                         String expected, String predicted) {

    /** Article, offsets, section, label, kind, then the texts: the order of the errors file. */
    public static final Comparator<ErrorEntry> ORDER = Comparator.comparing(ErrorEntry::article)
            .thenComparing(ErrorEntry::span).thenComparing(ErrorEntry::section).thenComparing(ErrorEntry::label)
            .thenComparing(ErrorEntry::kind).thenComparing(ErrorEntry::expected)
            .thenComparing(ErrorEntry::predicted);
}
