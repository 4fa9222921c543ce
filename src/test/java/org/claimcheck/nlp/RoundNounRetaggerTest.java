package org.claimcheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RoundNounRetaggerTest {

    private static List<CoreLabel> tagged(String text) {
        List<CoreLabel> out = new ArrayList<>();
        for (String wt : text.split(" ")) {
            int slash = wt.lastIndexOf('/');
            CoreLabel l = new CoreLabel();
            l.setWord(wt.substring(0, slash));
            l.setTag(wt.substring(slash + 1));
            l.setLemma(wt.substring(0, slash).toLowerCase(Locale.ROOT));
            out.add(l);
        }
        return out;
    }

    @Test
    void aRoundBeforeAParticipleIsTheNoun() {
        List<CoreLabel> s = tagged("raised/VBD $/$ 3.5/CD billion/CD in/IN a/DT round/JJ led/VBN by/IN Corbett/NNP ./.");
        assertEquals(List.of(6), RoundNounRetagger.retag(s));
        assertEquals("NN", s.get(6).tag());
    }

    @Test
    void aRoundAtTheEndOfTheSentenceIsTheNoun() {
        List<CoreLabel> s = tagged("Corbett/NNP led/VBD the/DT round/JJ ./.");
        assertEquals(List.of(3), RoundNounRetagger.retag(s));
    }

    @Test
    void anAdjectiveRoundBeforeANounStays() {
        List<CoreLabel> s = tagged("a/DT round/JJ figure/NN of/IN $/$ 1/CD billion/CD");
        assertEquals(List.of(), RoundNounRetagger.retag(s));
        assertEquals("JJ", s.get(1).tag());
    }
}
