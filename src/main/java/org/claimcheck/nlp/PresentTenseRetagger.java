package org.claimcheck.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Corrects one tagging error that hides the main verb of headlines and timeline lines told in the present
 * tense: after a name, a verb in -s that is also a plural noun is tagged as the noun ("Oracle names/NNS
 * Magouyrk and Sicilia co-CEOs", "Oracle signs/NNS deal/VBP with OpenAI"), and the parser then finds no
 * event. The word is retagged VBZ when it follows a proper noun, no verb comes before it in the sentence,
 * and what follows it opens an object (a name, a determiner, an adjective, a number, an amount, a noun), not
 * a verb of its own ("Intel shares jumped 23%" keeps its noun). A bare verb tag right after it, which the
 * tagger gives the object noun in that error ("deal/VBP"), becomes NN.
 */
final class PresentTenseRetagger {

    private static final Set<String> OBJECT_START = Set.of("NNP", "NNPS", "DT", "JJ", "CD", "PRP$", "$", "NN", "NNS",
            "VB", "VBP", "PRP");

    private PresentTenseRetagger() {
    }

    /** Retags the sentence's tokens in place; returns the positions (0-based, in the sentence) it changed. */
    static List<Integer> retag(List<CoreLabel> sentence) {
        List<Integer> changed = new ArrayList<>();
        for (int i = 1; i + 1 < sentence.size(); i++) {
            String tag = sentence.get(i).tag();
            if (tag == null || tag.startsWith("VB") || tag.equals("MD")) {
                return changed; // a verb comes first: the sentence has its predicate
            }
            CoreLabel word = sentence.get(i);
            String prev = sentence.get(i - 1).tag();
            String next = sentence.get(i + 1).tag();
            if (tag.equals("NNS") && word.word().toLowerCase(Locale.ROOT).endsWith("s")
                    && ("NNP".equals(prev) || "NNPS".equals(prev)) && OBJECT_START.contains(next)) {
                word.setTag("VBZ");
                word.setLemma(Morphology.lemmaStatic(word.word(), "VBZ").toLowerCase(Locale.ROOT));
                changed.add(i);
                CoreLabel object = sentence.get(i + 1);
                if ("VB".equals(next) || "VBP".equals(next)) {
                    object.setTag("NN");
                    object.setLemma(object.word().toLowerCase(Locale.ROOT));
                    changed.add(i + 1);
                }
                return changed;
            }
        }
        return changed;
    }
}
