package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.PartyKind;

/**
 * Scores mentions per type: strict span (same offsets), relaxed span (overlap, one-to-one), value
 * (relaxed pair with equal normalized value, see {@link MentionValues}), party kinds (relaxed, per
 * kind) and the money/percent qualifier (accuracy over value pairs). A prediction that lies on an
 * unscored gold region (see {@link GoldMention#scored()}) and on no scored gold mention of its own type
 * is ignored.
 * A value row is reported only for types whose gold mentions all carry a value.
 */
final class MentionScorer {

    private static final List<String> TYPES = Arrays.stream(MentionType.values()).map(Enum::name).toList();
    private static final List<String> KINDS =
            Arrays.stream(PartyKind.values()).map(k -> "PARTY/" + k.name()).toList();

    private final Tally strict = new Tally("strict", TYPES);
    private final Tally relaxed = new Tally("relaxed", concat(TYPES, KINDS));
    private final Tally value = new Tally("value", TYPES);
    private final AccuracyTally qualifier = new AccuracyTally("qualifier", List.of("MONEY", "PERCENT"));
    private final Set<MentionType> valueless = EnumSet.noneOf(MentionType.class);

    void add(GoldDocument gold, ArticleFacts facts, List<ErrorEntry> errors) {
        for (MentionType type : MentionType.values()) {
            List<GoldMention> g = gold.mentions().stream().filter(m -> m.scored() && m.type().scoredAs() == type)
                    .toList();
            List<GoldMention> excusing = gold.mentions().stream().filter(m -> m.excuses(type)).toList();
            List<Mention> p = predicted(gold, facts, type, g, excusing);
            if (g.stream().anyMatch(m -> m.value() == null)) {
                valueless.add(type);
            }
            scoreType(gold.id(), type, g, p, errors);
            if (type == MentionType.PARTY) {
                for (PartyKind kind : PartyKind.values()) {
                    List<GoldMention> gk = g.stream().filter(m -> m.kind() == kind).toList();
                    List<Mention> pk = p.stream().filter(m -> m.party().kind() == kind).toList();
                    int tp = relaxedPairs(gk, pk).size();
                    relaxed.add("PARTY/" + kind.name(), tp, pk.size() - tp, gk.size() - tp);
                }
            }
        }
    }

    private static List<Mention> predicted(GoldDocument gold, ArticleFacts facts, MentionType type,
                                           List<GoldMention> sameType, List<GoldMention> excusing) {
        if (facts == null) {
            return List.of();
        }
        return facts.mentions().stream().filter(m -> m.type() == type).filter(m -> gold.inScope(m.span()))
                .filter(m -> !(overlapsAny(m, excusing) && !overlapsAny(m, sameType))).toList();
    }

    private static boolean overlapsAny(Mention m, List<GoldMention> gold) {
        return gold.stream().anyMatch(g -> g.span().overlaps(m.span()) || g.span().equals(m.span()));
    }

    private void scoreType(String article, MentionType type, List<GoldMention> g, List<Mention> p,
                           List<ErrorEntry> errors) {
        String label = type.name();
        int strictTp = GreedyMatcher.match(g, p, (a, b) -> a.span().equals(b.span()) ? 1 : 0).size();
        strict.add(label, strictTp, p.size() - strictTp, g.size() - strictTp);

        List<GreedyMatcher.Pair> pairs = relaxedPairs(g, p);
        relaxed.add(label, pairs.size(), p.size() - pairs.size(), g.size() - pairs.size());
        boolean[] goldMatched = new boolean[g.size()];
        boolean[] predMatched = new boolean[p.size()];
        int valueTp = 0;
        for (GreedyMatcher.Pair pair : pairs) {
            goldMatched[pair.gold()] = true;
            predMatched[pair.predicted()] = true;
            GoldMention gm = g.get(pair.gold());
            Mention pm = p.get(pair.predicted());
            String pv = MentionValues.of(pm);
            if (!gm.span().equals(pm.span())) {
                errors.add(new ErrorEntry(article, "strict", label, "SPAN", gm.span(), gm.text(),
                        at(gm.span().start(), gm.span().end(), gm.text()), at(pm.start(), pm.end(), pm.text())));
            }
            if (gm.value() == null) {
                continue;
            }
            if (!MentionValues.same(gm.type(), gm.value(), pv)) {
                errors.add(new ErrorEntry(article, "value", label, "VALUE", gm.span(), gm.text(), gm.value(), pv));
                continue;
            }
            valueTp++;
            String pq = MentionValues.qualifier(pm);
            if (gm.qualifier() != null && pq != null) {
                boolean ok = gm.qualifier().equals(pq);
                qualifier.add(label, ok);
                if (!ok) {
                    errors.add(new ErrorEntry(article, "qualifier", label, "QUALIFIER", gm.span(), gm.text(),
                            gm.qualifier(), pq));
                }
            }
        }
        value.add(label, valueTp, p.size() - valueTp, g.size() - valueTp);
        for (int i = 0; i < g.size(); i++) {
            if (!goldMatched[i]) {
                GoldMention gm = g.get(i);
                errors.add(new ErrorEntry(article, "relaxed", label, "FN", gm.span(), gm.text(),
                        Objects.requireNonNullElse(gm.value(), gm.kind() == null ? "" : gm.kind().name()), ""));
            }
        }
        for (int i = 0; i < p.size(); i++) {
            if (!predMatched[i]) {
                Mention pm = p.get(i);
                errors.add(new ErrorEntry(article, "relaxed", label, "FP", pm.span(), pm.text(), "",
                        MentionValues.of(pm)));
            }
        }
    }

    /** Overlapping pairs, best first: same offsets, then same value, then larger overlap. */
    private static List<GreedyMatcher.Pair> relaxedPairs(List<GoldMention> g, List<Mention> p) {
        return GreedyMatcher.match(g, p, (a, b) -> {
            double overlap = GreedyMatcher.jaccard(a.span(), b.span());
            if (overlap <= 0) {
                return 0;
            }
            boolean sameValue = MentionValues.same(a.type(), a.value(), MentionValues.of(b));
            return (a.span().equals(b.span()) ? 4 : 0) + (sameValue ? 2 : 0) + overlap;
        });
    }

    private static String at(int start, int end, String text) {
        return "\"" + text + "\" [" + start + "," + end + ")";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    List<ScoreRow> rows() {
        List<ScoreRow> out = new ArrayList<>(strict.rows(true));
        List<ScoreRow> rel = relaxed.rows(false);
        List<ScoreRow> relTypes = rel.stream().filter(r -> TYPES.contains(r.label())).toList();
        out.addAll(relTypes);
        if (!relTypes.isEmpty()) {
            out.add(total("relaxed", relTypes));
        }
        out.addAll(rel.stream().filter(r -> KINDS.contains(r.label())).toList());
        List<ScoreRow> val = value.rows(false).stream()
                .filter(r -> !valueless.contains(MentionType.valueOf(r.label()))).toList();
        out.addAll(val);
        if (!val.isEmpty()) {
            out.add(total("value", val));
        }
        return out;
    }

    List<AccuracyRow> accuracies() {
        return qualifier.rows();
    }

    private static ScoreRow total(String section, List<ScoreRow> rows) {
        return new ScoreRow(section, "TOTAL", rows.stream().map(ScoreRow::counts).reduce(Counts.ZERO, Counts::plus));
    }
}
