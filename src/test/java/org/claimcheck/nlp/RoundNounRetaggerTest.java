package org.claimcheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundNounRetaggerTest {

    @Test
    void aRoundBeforeAParticipleIsTheNoun() {
        List<CoreLabel> s = TaggedText.tagged(
                "raised/VBD $/$ 3.5/CD billion/CD in/IN a/DT round/JJ led/VBN by/IN Corbett/NNP ./.");
        assertEquals(List.of(6), RoundNounRetagger.retag(s));
        assertEquals("NN", s.get(6).tag());
    }

    @Test
    void aRoundAtTheEndOfTheSentenceIsTheNoun() {
        List<CoreLabel> s = TaggedText.tagged("Corbett/NNP led/VBD the/DT round/JJ ./.");
        assertEquals(List.of(3), RoundNounRetagger.retag(s));
    }

    @Test
    void anAdjectiveRoundBeforeANounStays() {
        List<CoreLabel> s = TaggedText.tagged("a/DT round/JJ figure/NN of/IN $/$ 1/CD billion/CD");
        assertEquals(List.of(), RoundNounRetagger.retag(s));
        assertEquals("JJ", s.get(1).tag());
    }
}
