package org.claimcheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresentTenseRetaggerTest {

    /** Tokens from "word/TAG word/TAG ...". */
    private static List<CoreLabel> tagged(String text) {
        List<CoreLabel> out = new ArrayList<>();
        for (String wt : text.split(" ")) {
            int slash = wt.lastIndexOf('/');
            CoreLabel l = new CoreLabel();
            l.setWord(wt.substring(0, slash));
            l.setValue(wt.substring(0, slash));
            l.setTag(wt.substring(slash + 1));
            l.setLemma(wt.substring(0, slash).toLowerCase(java.util.Locale.ROOT));
            out.add(l);
        }
        return out;
    }

    private static String tags(List<CoreLabel> s) {
        return String.join(" ", s.stream().map(CoreLabel::tag).toList());
    }

    @Test
    void aPresentTenseVerbAfterANameIsRetagged() {
        List<CoreLabel> s = tagged("On/IN September/NNP 22/CD Oracle/NNP names/NNS Magouyrk/NNP co-CEO/NN ./.");
        assertEquals(List.of(4), PresentTenseRetagger.retag(s));
        assertEquals("IN NNP CD NNP VBZ NNP NN .", tags(s));
        assertEquals("name", s.get(4).lemma());
    }

    @Test
    void theObjectTaggedAsAVerbBecomesANoun() {
        List<CoreLabel> s = tagged("Oracle/NNP signs/NNS deal/VBP with/IN OpenAI/NNP");
        assertEquals(List.of(1, 2), PresentTenseRetagger.retag(s));
        assertEquals("NNP VBZ NN IN NNP", tags(s));
        assertEquals("sign", s.get(1).lemma());
    }

    @Test
    void nounsBeforeAVerbOrAfterOneStayNouns() {
        List<CoreLabel> shares = tagged("Intel/NNP shares/NNS jumped/VBD 23/CD %/NN ./.");
        assertTrue(PresentTenseRetagger.retag(shares).isEmpty());
        List<CoreLabel> late = tagged("It/PRP said/VBD Intel/NNP shares/NNS Nvidia/NNP stock/NN ./.");
        assertTrue(PresentTenseRetagger.retag(late).isEmpty(), "a verb comes first");
        List<CoreLabel> ofPhrase = tagged("Tesla/NNP sales/NNS in/IN China/NNP fell/VBD ./.");
        assertTrue(PresentTenseRetagger.retag(ofPhrase).isEmpty());
    }
}
