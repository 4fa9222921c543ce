package org.claimcheck.extract.claims;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.claimcheck.model.Annotation;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Token;

/**
 * Chooses the sentences worth a dependency parse before claim assembly: those that can give a claim.
 * A claim needs a party, and news often names it by a pronoun or a description ("It reported revenue
 * of ...", "The company, which raised ..."), so a sentence (not page furniture) is chosen when it holds a
 * PARTY mention or a pronoun or description that may stand for a party. Other sentences cannot give a
 * claim and stay unparsed, which keeps the parser's cost proportional to the facts.
 */
public final class ParseSelection {

    private ParseSelection() {
    }

    /**
     * The indices of the sentences to parse, ascending.
     *
     * @param tagged   the tagged article (tokens with POS tags and lemmas; no parse needed)
     * @param mentions its mentions
     */
    public static Set<Integer> sentences(Annotation tagged, List<Mention> mentions) {
        BitSet furniture = new BitSet();
        for (Sentence s : tagged.sentences()) {
            if (s.furniture()) {
                furniture.set(s.index());
            }
        }
        Set<Integer> r = new TreeSet<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PARTY && m.sentence() >= 0 && !furniture.get(m.sentence())) {
                r.add(m.sentence());
            }
        }
        for (Token t : tagged.tokens()) {
            if (t.sentence() >= 0 && !furniture.get(t.sentence()) && mayReferToParty(t)) {
                r.add(t.sentence());
            }
        }
        return r;
    }

    private static boolean mayReferToParty(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        String pos = t.pos() == null ? "" : t.pos();
        if (pos.startsWith("PRP")) {
            return Cues.SINGULAR_ORG_PRONOUN.contains(w) || Cues.PLURAL_PRONOUN.contains(w)
                    || Cues.PERSON_PRONOUN.contains(w);
        }
        String lemma = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
        return pos.equals("NN") && Cues.ORG_DESCRIPTION.contains(lemma) || Cues.PAIR_DESCRIPTION.contains(w);
    }
}
