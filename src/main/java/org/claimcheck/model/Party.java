package org.claimcheck.model;

import java.util.Objects;

/**
 * A party as named in a mention.
 *
 * @param name        canonical name (gazetteer canonical form, or the longest form the article uses)
 * @param title       a job title given with a person ("CEO"), else null
 * @param affiliation the organization the title belongs to ("Amazon" in "Amazon CEO Andy Jassy"), else null
 */
public record Party(String name, PartyKind kind, String title, String affiliation) {
    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
