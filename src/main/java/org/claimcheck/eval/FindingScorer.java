package org.claimcheck.eval;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Span;

/**
 * Scores findings against gold inconsistencies. A finding matches a gold inconsistency (one-to-one) when
 * the types are equal and every gold span is overlapped by at least one of the finding's spans; among
 * several such findings the one with the fewest spans outside the gold ones is taken. Rows are per type.
 */
final class FindingScorer {

    private final Tally findings = new Tally("finding", Arrays.stream(FindingType.values()).map(Enum::name).toList());

    void add(GoldDocument gold, ArticleFacts facts, List<ErrorEntry> errors) {
        List<GoldInconsistency> g = gold.inconsistencies();
        List<Finding> p = facts == null ? List.of()
                : facts.findings().stream().filter(f -> f.spans().stream().allMatch(gold::inScope)).toList();
        List<GreedyMatcher.Pair> pairs = GreedyMatcher.match(g, p, FindingScorer::score);
        boolean[] gm = new boolean[g.size()];
        boolean[] pm = new boolean[p.size()];
        for (GreedyMatcher.Pair pair : pairs) {
            gm[pair.gold()] = true;
            pm[pair.predicted()] = true;
            findings.add(g.get(pair.gold()).type().name(), 1, 0, 0);
        }
        for (int i = 0; i < g.size(); i++) {
            if (!gm[i]) {
                GoldInconsistency gi = g.get(i);
                findings.add(gi.type().name(), 0, 0, 1);
                errors.add(new ErrorEntry(gold.id(), "finding", gi.type().name(), "FN", first(gi.spans()),
                        String.join(" | ", gi.texts()), gi.explanation(), ""));
            }
        }
        for (int i = 0; i < p.size(); i++) {
            if (!pm[i]) {
                Finding f = p.get(i);
                findings.add(f.type().name(), 0, 1, 0);
                String body = gold.article().body();
                String text = f.spans().stream().map(s -> s.end() <= body.length() ? s.of(body) : "?")
                        .collect(Collectors.joining(" | "));
                errors.add(new ErrorEntry(gold.id(), "finding", f.type().name(), "FP", first(f.spans()), text, "",
                        f.message()));
            }
        }
    }

    private static double score(GoldInconsistency g, Finding f) {
        if (g.type() != f.type()) {
            return 0;
        }
        for (Span gs : g.spans()) {
            if (f.spans().stream().noneMatch(fs -> fs.overlaps(gs) || fs.equals(gs))) {
                return 0;
            }
        }
        long extra = f.spans().stream().filter(fs -> g.spans().stream().noneMatch(fs::overlaps)).count();
        return 1.0 / (1 + extra);
    }

    private static Span first(List<Span> spans) {
        return spans.isEmpty() ? new Span(0, 0) : spans.get(0);
    }

    List<ScoreRow> rows() {
        return findings.rows(true);
    }
}
