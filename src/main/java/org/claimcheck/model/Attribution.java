package org.claimcheck.model;

import java.util.Objects;

/**
 * Who says a claim holds: {@code source} is a party or outlet name ("OpenAI", "the Financial Times"),
 * {@code cue} the reporting verb's lemma ("say", "report", "announce"), {@code span} where the cue is.
 */
public record Attribution(String source, String cue, Span span) {
    public Attribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
    }
}
