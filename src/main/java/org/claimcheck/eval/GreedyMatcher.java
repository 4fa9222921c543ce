package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimcheck.model.Span;

/**
 * One-to-one matching of gold items to predicted items: every allowed pair gets a score (higher is a
 * better pair; zero or less means not allowed); pairs are taken best first, ties broken by gold index
 * then predicted index, and each item is used at most once. Deterministic for the same input.
 */
public final class GreedyMatcher {

    private GreedyMatcher() {
    }

    /** Scores a (gold, predicted) pair; a result of zero or less forbids the pair. */
    @FunctionalInterface
    public interface PairScore<G, P> {
        double score(G gold, P predicted);
    }

    /** A matched pair, by index into the gold and predicted lists. */
    public record Pair(int gold, int predicted) {
    }

    public static <G, P> List<Pair> match(List<G> gold, List<P> predicted, PairScore<G, P> score) {
        record Candidate(int g, int p, double s) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                double s = score.score(gold.get(g), predicted.get(p));
                if (s > 0) {
                    candidates.add(new Candidate(g, p, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::s).reversed()
                .thenComparingInt(Candidate::g).thenComparingInt(Candidate::p));
        boolean[] usedGold = new boolean[gold.size()];
        boolean[] usedPred = new boolean[predicted.size()];
        List<Pair> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedGold[c.g()] && !usedPred[c.p()]) {
                usedGold[c.g()] = true;
                usedPred[c.p()] = true;
                out.add(new Pair(c.g(), c.p()));
            }
        }
        out.sort(Comparator.comparingInt(Pair::gold));
        return out;
    }

    /** Overlap of two spans as intersection over union, in (0, 1]; 0 when they do not overlap. */
    public static double jaccard(Span a, Span b) {
        int inter = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        if (inter <= 0) {
            return a.equals(b) ? 1 : 0;
        }
        int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
        return (double) inter / union;
    }
}
