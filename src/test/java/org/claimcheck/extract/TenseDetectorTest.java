package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimcheck.model.Token;
import org.junit.jupiter.api.Test;

/** The tense that decides which way a bare month or weekday is resolved from the publication date. */
class TenseDetectorTest {

    private static Tense at(String tagged, String word) {
        List<Token> tokens = TokenText.tokens(tagged);
        int i = 0;
        while (!tokens.get(i).word().equals(word)) {
            i++;
        }
        return TenseDetector.tense(tokens, i);
    }

    @Test
    void anExpectationToldInThePastStillLooksAhead() {
        assertEquals(Tense.FUTURE, at("completion/NN was/VBD expected/VBN before/IN the/DT end/NN of/IN October/NNP"
                + " ./.", "October"));
        assertEquals(Tense.FUTURE, at("Acme/NNP expects/VBZ approval/NN in/IN October/NNP ./.", "October"));
    }

    @Test
    void aDoneEventToldInThePastLooksBack() {
        assertEquals(Tense.PAST, at("the/DT deal/NN was/VBD completed/VBN in/IN October/NNP ./.", "October"));
        assertEquals(Tense.PAST, at("Acme/NNP announced/VBD the/DT deal/NN in/IN October/NNP ./.", "October"));
    }
}
