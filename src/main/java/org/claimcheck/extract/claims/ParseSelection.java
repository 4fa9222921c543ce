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
 * PARTY mention, a pronoun or description that may stand for a party, or a definite deal noun ("The
 * acquisition closed on March 3", which takes the parties of the deal told before). Other sentences cannot
 * give a claim and stay unparsed, which keeps the parser's cost proportional to the facts.
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
        List<Token> tokens = tagged.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.sentence() >= 0 && !furniture.get(t.sentence())
                    && (mayReferToParty(t) || i > 0 && definiteDeal(tokens.get(i - 1), t))) {
                r.add(t.sentence());
            }
        }
        return r;
    }

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "its", "their");

    private static boolean definiteDeal(Token before, Token t) {
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        return before.sentence() == t.sentence() && DEFINITE.contains(before.word().toLowerCase(Locale.ROOT))
                && Cues.DEAL_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
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
