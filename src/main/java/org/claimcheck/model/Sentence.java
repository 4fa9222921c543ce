package org.claimcheck.model;

/**
 * A sentence of the body. {@code furniture} marks page furniture (ads, affiliate notes, bylines)
 * that is kept out of extraction.
 */
public record Sentence(int index, Span span, boolean furniture) {
}
