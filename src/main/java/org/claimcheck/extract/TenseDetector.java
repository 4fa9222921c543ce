package org.claimcheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.model.Token;

/**
 * Reads the tense of the clause around a token from POS tags and auxiliaries: past (VBD, have+VBN),
 * future (will/shall/'ll, "is expected/set/scheduled/due to", "plans to"), else present.
 */
public final class TenseDetector {

    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> FUTURE_FRAMES = Set.of("expected", "set", "scheduled", "due", "slated",
            "poised", "likely", "plans", "plan", "planned", "intends", "intend", "aims", "aim", "going", "expect", "expects",
            "hopes", "hope", "seeks", "seek", "is", "are", "wants", "want", "needs", "need");
    /** Verbs whose date lies ahead of the statement: "was expected in October", "is scheduled for May". */
    private static final Set<String> EXPECTING = Set.of("expected", "expects", "expect", "scheduled", "slated",
            "planned", "plans", "due");
    private static final Set<String> CLAUSE_BREAK = Set.of(";", ":", "—", "–", "\"", "“", "”");

    private TenseDetector() {
    }

    /**
     * Tense of the clause holding token {@code at} within its sentence's tokens {@code sent}
     * ({@code at} is an index into {@code sent}).
     */
    public static Tense tense(List<Token> sent, int at) {
        int verb = nearestVerb(sent, at);
        if (verb < 0) {
            return Tense.PRESENT;
        }
        Token v = sent.get(verb);
        for (int k = verb - 1; k >= Math.max(0, verb - 4); k--) {
            String w = sent.get(k).word().toLowerCase(Locale.ROOT);
            if (FUTURE_AUX.contains(w)) {
                return Tense.FUTURE;
            }
            if (w.equals("to") && k > 0 && FUTURE_FRAMES.contains(sent.get(k - 1).word().toLowerCase(Locale.ROOT))) {
                return Tense.FUTURE;
            }
            if ((w.equals("has") || w.equals("have") || w.equals("had")) && v.pos().equals("VBN")) {
                return Tense.PAST;
            }
            if (w.equals("would") || w.equals("could") || w.equals("might")) {
                return Tense.PRESENT;
            }
        }
        String lemma = v.word().toLowerCase(Locale.ROOT);
        if (EXPECTING.contains(lemma) && (beBefore(sent, verb) || !v.pos().equals("VBN"))) {
            return Tense.FUTURE; // "completion was expected before the end of October", "it expects to close in May"
        }
        if (v.pos().equals("MD")) {
            return FUTURE_AUX.contains(v.word().toLowerCase(Locale.ROOT)) ? Tense.FUTURE : Tense.PRESENT;
        }
        if (v.pos().equals("VBN") && !beBefore(sent, verb)) {
            return Tense.PAST; // "plans announced in January", "the deal, completed in March": a done event
        }
        return v.pos().equals("VBD") || (v.pos().equals("VBN") && verb > 0 && hasAuxBefore(sent, verb))
                ? Tense.PAST : Tense.PRESENT;
    }

    /** True when a form of "be" stands right before the participle ("is expected", "will be completed"). */
    private static boolean beBefore(List<Token> sent, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 2); k--) {
            String w = sent.get(k).word().toLowerCase(Locale.ROOT);
            if (Set.of("is", "are", "be", "been", "being", "was", "were", "'s", "'re", "get", "gets").contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAuxBefore(List<Token> sent, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
            String p = sent.get(k).pos();
            if (p.equals("VBD")) {
                return true;
            }
        }
        return false;
    }

    /** The verb closest to {@code at} within the same clause (not across ; : or quotes), preferring the left. */
    static int nearestVerb(List<Token> sent, int at) {
        int best = -1;
        int bestDist = Integer.MAX_VALUE;
        for (int dir : new int[] {-1, 1}) {
            int penalty = 0;
            for (int k = at + dir, d = 1; k >= 0 && k < sent.size(); k += dir, d++) {
                Token t = sent.get(k);
                if (CLAUSE_BREAK.contains(t.word())) {
                    break;
                }
                if (t.word().equals(",")) {
                    penalty += 3; // a comma often closes the clause the date belongs to
                }
                if (t.pos().startsWith("VB") || (t.pos().equals("MD")
                        && FUTURE_AUX.contains(t.word().toLowerCase(Locale.ROOT)))) {
                    if (t.pos().equals("VBG") && d > 1 && !t.word().equalsIgnoreCase("going")) {
                        continue; // participles rarely carry the clause's tense
                    }
                    int dist = (dir < 0 ? d : d + 1) + penalty;
                    if (dist < bestDist) {
                        best = k;
                        bestDist = dist;
                    }
                    break;
                }
            }
        }
        return best;
    }
}
