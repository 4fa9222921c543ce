package org.claimcheck.model;

import java.util.Objects;

/**
 * A party of a claim.
 *
 * @param mention index of the PARTY mention it comes from, or -1 when it was resolved from a pronoun or
 *                description, in which case {@code span} is that pronoun or description
 */
public record ClaimParty(String name, PartyKind kind, Role role, int mention, Span span) {
    public ClaimParty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }
}
