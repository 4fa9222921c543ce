package org.claimcheck.extract.claims;

import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Role;
import org.claimcheck.model.Span;

/**
 * A party an argument stands for: a named mention ({@code mention} its index) or a pronoun or description
 * resolved to a named party ({@code mention} -1, {@code span} the pronoun or description).
 */
record ResolvedParty(String name, PartyKind kind, int mention, Span span) {

    ClaimParty as(Role role) {
        return new ClaimParty(name, kind, role, mention, span);
    }
}
