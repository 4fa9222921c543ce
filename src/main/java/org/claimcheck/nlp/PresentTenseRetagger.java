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
 * <p>
 * The same error hides a valuation after a common noun ("The round values/NNS Quillfeather at $4.5
 * billion", "the offer prices/NNS Caldera at CHF 950 million"): "values" and "prices" are retagged VBZ after
 * a noun or an adjective when an "at" with an amount follows before any verb.
 */
final class PresentTenseRetagger {

    private static final Set<String> OBJECT_START = Set.of("NNP", "NNPS", "DT", "JJ", "CD", "PRP$", "$", "NN", "NNS",
            "VB", "VBP", "PRP");

    /** Verbs in -s that put a price on something and are also plural nouns. */
    private static final Set<String> VALUING = Set.of("values", "prices");
    /** How far after the verb the "at" of a valuation is looked for. */
    private static final int VALUATION_WINDOW = 8;

    private PresentTenseRetagger() {
    }

    /**
     * Whether "at" and an amount (a sign, a number or a currency code, perhaps after an adverb: "at roughly
     * ₹4,600 crore") follow position {@code from} closely, with no verb between.
     */
    private static boolean atAmount(List<CoreLabel> sentence, int from) {
        for (int j = from; j + 1 < sentence.size() && j < from + VALUATION_WINDOW; j++) {
            String tag = sentence.get(j).tag();
            if (tag == null || tag.startsWith("VB") || tag.equals("MD")) {
                return false;
            }
            int k = j + 1;
            if ("RB".equals(sentence.get(k).tag()) && k + 1 < sentence.size()) {
                k++; // "at roughly ₹4,600 crore"
            }
            CoreLabel next = sentence.get(k);
            boolean amount = "$".equals(next.tag()) || "CD".equals(next.tag())
                    || next.word().length() == 3 && next.word().chars().allMatch(c -> c >= 'A' && c <= 'Z'); // CHF 950 million
            if (sentence.get(j).word().equalsIgnoreCase("at") && amount) {
                return true;
            }
        }
        return false;
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
            boolean afterName = "NNP".equals(prev) || "NNPS".equals(prev);
            boolean valuation = VALUING.contains(word.word().toLowerCase(Locale.ROOT))
                    && ("NN".equals(prev) || "NNS".equals(prev) || "JJ".equals(prev)) && atAmount(sentence, i + 1);
            if (tag.equals("NNS") && word.word().toLowerCase(Locale.ROOT).endsWith("s")
                    && (afterName || valuation) && OBJECT_START.contains(next)) {
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
