package org.claimcheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresentTenseRetaggerTest {

    private static String tags(List<CoreLabel> s) {
        return String.join(" ", s.stream().map(CoreLabel::tag).toList());
    }

    @Test
    void aPresentTenseVerbAfterANameIsRetagged() {
        List<CoreLabel> s = TaggedText.tagged("On/IN September/NNP 22/CD Oracle/NNP names/NNS Magouyrk/NNP co-CEO/NN ./.");
        assertEquals(List.of(4), PresentTenseRetagger.retag(s));
        assertEquals("IN NNP CD NNP VBZ NNP NN .", tags(s));
        assertEquals("name", s.get(4).lemma());
    }

    @Test
    void theObjectTaggedAsAVerbBecomesANoun() {
        List<CoreLabel> s = TaggedText.tagged("Oracle/NNP signs/NNS deal/VBP with/IN OpenAI/NNP");
        assertEquals(List.of(1, 2), PresentTenseRetagger.retag(s));
        assertEquals("NNP VBZ NN IN NNP", tags(s));
        assertEquals("sign", s.get(1).lemma());
    }

    @Test
    void nounsBeforeAVerbOrAfterOneStayNouns() {
        List<CoreLabel> shares = TaggedText.tagged("Intel/NNP shares/NNS jumped/VBD 23/CD %/NN ./.");
        assertTrue(PresentTenseRetagger.retag(shares).isEmpty());
        List<CoreLabel> late = TaggedText.tagged("It/PRP said/VBD Intel/NNP shares/NNS Nvidia/NNP stock/NN ./.");
        assertTrue(PresentTenseRetagger.retag(late).isEmpty(), "a verb comes first");
        List<CoreLabel> ofPhrase = TaggedText.tagged("Tesla/NNP sales/NNS in/IN China/NNP fell/VBD ./.");
        assertTrue(PresentTenseRetagger.retag(ofPhrase).isEmpty());
    }

    @Test
    void aValuationAfterACommonNounIsRetagged() {
        List<CoreLabel> s = TaggedText.tagged("The/DT round/JJ values/NNS Quillfeather/NNP at/IN $/$ 4.5/CD billion/CD ./.");
        assertEquals(List.of(2), PresentTenseRetagger.retag(s));
        assertEquals("value", s.get(2).lemma());
        List<CoreLabel> offer = TaggedText.tagged("The/DT offer/NN prices/NNS Caldera/NNP at/IN CHF/NNP 950/CD million/CD");
        assertEquals(List.of(2), PresentTenseRetagger.retag(offer), "a currency code opens the amount");
        List<CoreLabel> roughly = TaggedText.tagged("The/DT round/NN values/NNS Aranya/NNP at/IN roughly/RB ₹/$ 4,600/CD crore/CD");
        assertEquals(List.of(2), PresentTenseRetagger.retag(roughly), "an adverb may come before the amount");
        List<CoreLabel> place = TaggedText.tagged("The/DT group/NN values/NNS Trust/NNP at/IN Home/NNP");
        assertTrue(PresentTenseRetagger.retag(place).isEmpty(), "'at' with no amount");
    }

    @Test
    void aPluralNounBeforeNamesStaysANounWithoutAValuation() {
        List<CoreLabel> s = TaggedText.tagged("The/DT rival/JJ chipmakers/NNS Nvidia/NNP and/CC AMD/NNP sell/VBP chips/NNS");
        assertTrue(PresentTenseRetagger.retag(s).isEmpty());
        List<CoreLabel> values = TaggedText.tagged("Its/PRP$ core/JJ values/NNS Trust/NNP and/CC Care/NNP matter/VBP");
        assertTrue(PresentTenseRetagger.retag(values).isEmpty(), "no 'at' with an amount");
    }
}
