package org.claimcheck.extract.claims;

import java.util.List;
import org.claimcheck.model.EventClass;

/**
 * A candidate claim head: a verb or event noun with its class.
 *
 * @param token    the head token
 * @param verb     true for a verb, false for an event noun
 * @param absorbed event nouns this light verb stands for ("deal" in "strike a deal"), empty otherwise
 * @param lexical  false when the class is OTHER because the lemma is not in the lexicon
 */
record Predicate(int token, EventClass eventClass, boolean verb, List<Integer> absorbed, boolean lexical) {
    Predicate {
        absorbed = List.copyOf(absorbed);
    }
}
