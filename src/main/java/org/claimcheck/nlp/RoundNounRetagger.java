package org.claimcheck.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Corrects a tagging error that hides a funding round: "round" after a determiner is tagged as an adjective
 * when a participle follows ("in a round/JJ led/VBN by Corbett Ridge"), and the parser then makes the
 * participle the noun the round modifies, so the round's leader is lost to the raising verb. An adjective
 * "round" qualifies a noun ("a round figure"); when no noun or adjective follows it, it is the noun, and is
 * retagged NN.
 */
final class RoundNounRetagger {

    private RoundNounRetagger() {
    }

    /** Retags the sentence's tokens in place; returns the positions (0-based, in the sentence) it changed. */
    static List<Integer> retag(List<CoreLabel> sentence) {
        List<Integer> changed = new ArrayList<>();
        for (int i = 1; i < sentence.size(); i++) {
            CoreLabel word = sentence.get(i);
            if (!"JJ".equals(word.tag()) || !word.word().toLowerCase(Locale.ROOT).equals("round")) {
                continue;
            }
            String next = i + 1 < sentence.size() ? sentence.get(i + 1).tag() : ".";
            if (next == null || next.startsWith("NN") || next.startsWith("JJ") || next.equals("CD")) {
                continue;
            }
            word.setTag("NN");
            word.setLemma("round");
            changed.add(i);
        }
        return changed;
    }
}
