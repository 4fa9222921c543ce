package org.claimcheck.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Hand-tagged CoreNLP tokens for the retagger tests. */
final class TaggedText {

    private TaggedText() {
    }

    /** Tokens from "word/TAG word/TAG ...", each lemma the lower-cased word. */
    static List<CoreLabel> tagged(String text) {
        List<CoreLabel> out = new ArrayList<>();
        for (String wt : text.split(" ")) {
            int slash = wt.lastIndexOf('/');
            CoreLabel l = new CoreLabel();
            l.setWord(wt.substring(0, slash));
            l.setValue(wt.substring(0, slash));
            l.setTag(wt.substring(slash + 1));
            l.setLemma(wt.substring(0, slash).toLowerCase(Locale.ROOT));
            out.add(l);
        }
        return out;
    }
}
