package org.claimcheck.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Optional;
import org.claimcheck.model.EventClass;
import org.junit.jupiter.api.Test;

class EventLexiconTest {

    private final EventLexicon lexicon = EventLexicon.standard();

    @Test
    void bundledLexiconKnowsTheIssueClasses() {
        assertEquals(Optional.of(EventClass.INVEST), lexicon.verb("invest"));
        assertEquals(Optional.of(EventClass.INVEST), lexicon.noun("investment"));
        assertEquals(Optional.of(EventClass.ACQUIRE), lexicon.noun("acquisition"));
        assertEquals(Optional.of(EventClass.AGREE), lexicon.noun("deal"));
        assertEquals(Optional.of(EventClass.LEGAL_ACTION), lexicon.noun("lawsuit"));
        assertEquals(Optional.of(EventClass.ANNOUNCE), lexicon.verb("Announce"), "case-insensitive");
    }

    @Test
    void partOfSpeechKeepsVerbAndNounSensesApart() {
        assertEquals(Optional.of(EventClass.PAY), lexicon.verb("contract"));
        assertEquals(Optional.of(EventClass.AGREE), lexicon.noun("contract"));
        assertTrue(lexicon.noun("acquire").isEmpty());
        assertTrue(lexicon.verb("say").isEmpty(), "speech verbs only attribute");
    }

    @Test
    void malformedLineIsRejectedWithItsLineNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventLexicon.parse(new BufferedReader(new StringReader("# comment\ninvest INVEST\n"))));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
    }
}
