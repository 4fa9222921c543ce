package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Role;
import org.claimcheck.model.Span;

/**
 * Scores claims. A predicted claim matches a gold claim (one-to-one) when both are in the same sentence
 * and have the same event class, the same set of parties with roles (names without regard to case), the
 * same money values (amount and currency) and the same time value. Rows are per event class (a true
 * positive and a false negative count under the gold class, a false positive under the predicted one).
 *
 * <p>Field accuracy is measured over claims paired by overlapping triggers, whether or not they match:
 * class; for each gold party, the same name with the same role (per role); money with qualifiers; time;
 * attribution (source and cue); modality.
 */
final class ClaimScorer {

    static final List<String> FIELDS = List.of("class", "party AGENT", "party PATIENT", "party RECIPIENT",
            "party OTHER", "money", "time", "attribution", "modality");

    private final Tally claims = new Tally("claim", Arrays.stream(EventClass.values()).map(Enum::name).toList());
    private final AccuracyTally fields = new AccuracyTally("field", FIELDS);

    void add(GoldDocument gold, ArticleFacts facts, List<ErrorEntry> errors) {
        SentenceLocator loc = SentenceLocator.of(facts, gold.article().body());
        List<ClaimView> g = gold.claims().stream().map(c -> ClaimView.of(c, loc)).toList();
        List<ClaimView> p = new ArrayList<>();
        if (facts != null) {
            for (Claim c : facts.claims()) {
                Span where = c.trigger() != null ? c.trigger() : c.span();
                if (gold.inScope(where)) {
                    p.add(ClaimView.of(c, facts, loc));
                }
            }
        }
        List<GreedyMatcher.Pair> pairs = GreedyMatcher.match(g, p,
                (a, b) -> a.matches(b) ? 1 + overlap(a.trigger(), b.trigger()) : 0);
        boolean[] gm = new boolean[g.size()];
        boolean[] pm = new boolean[p.size()];
        for (GreedyMatcher.Pair pair : pairs) {
            gm[pair.gold()] = true;
            pm[pair.predicted()] = true;
            claims.add(g.get(pair.gold()).event().name(), 1, 0, 0);
        }
        List<GreedyMatcher.Pair> byTrigger = GreedyMatcher.match(g, p, (a, b) -> overlap(a.trigger(), b.trigger()));
        ClaimView[] partner = new ClaimView[g.size()];
        for (GreedyMatcher.Pair pair : byTrigger) {
            partner[pair.gold()] = p.get(pair.predicted());
            compareFields(gold.id(), g.get(pair.gold()), p.get(pair.predicted()), errors);
        }
        for (int i = 0; i < g.size(); i++) {
            if (!gm[i]) {
                ClaimView c = g.get(i);
                claims.add(c.event().name(), 0, 0, 1);
                errors.add(new ErrorEntry(gold.id(), "claim", c.event().name(), "FN", c.trigger(), c.text(),
                        c.describe(), partner[i] == null ? "" : partner[i].describe()));
            }
        }
        for (int i = 0; i < p.size(); i++) {
            if (!pm[i]) {
                ClaimView c = p.get(i);
                claims.add(c.event().name(), 0, 1, 0);
                errors.add(new ErrorEntry(gold.id(), "claim", c.event().name(), "FP",
                        c.trigger() == null ? new Span(0, 0) : c.trigger(), c.text(), "", c.describe()));
            }
        }
    }

    private void compareFields(String article, ClaimView g, ClaimView p, List<ErrorEntry> errors) {
        check(article, g, "class", g.event().name(), p.event().name(), errors);
        for (Role role : Role.values()) {
            for (String party : g.partiesWithRole(role.name())) {
                boolean ok = p.parties().contains(party);
                fields.add("party " + role.name(), ok);
                if (!ok) {
                    errors.add(new ErrorEntry(article, "field", "party " + role.name(), "FIELD", g.trigger(), g.text(),
                            party, p.parties().toString()));
                }
            }
        }
        check(article, g, "money", g.moneyWithQualifier().toString(), p.moneyWithQualifier().toString(), errors);
        check(article, g, "time", g.time(), p.time(), errors);
        check(article, g, "attribution", g.attribution(), p.attribution(), errors);
        check(article, g, "modality", g.modality().name(), p.modality().name(), errors);
    }

    private void check(String article, ClaimView g, String field, String expected, String predicted,
                       List<ErrorEntry> errors) {
        boolean ok = Objects.equals(expected, predicted);
        fields.add(field, ok);
        if (!ok) {
            errors.add(new ErrorEntry(article, "field", field, "FIELD", g.trigger(), g.text(),
                    Objects.requireNonNullElse(expected, "-"), Objects.requireNonNullElse(predicted, "-")));
        }
    }

    private static double overlap(Span a, Span b) {
        return a == null || b == null ? 0 : GreedyMatcher.jaccard(a, b);
    }

    List<ScoreRow> rows() {
        return claims.rows(true);
    }

    List<AccuracyRow> accuracies() {
        return fields.rows();
    }
}
