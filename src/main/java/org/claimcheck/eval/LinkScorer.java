package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.Attribution;
import org.claimcheck.model.Role;
import org.claimcheck.model.Span;

/**
 * Scores predicted claims against annotated events (MEANTIME): participant links (event + Arg0/Arg1
 * entity) and time anchors (event + DATE value), for events with a named participant.
 *
 * <p>A claim stands for the event whose head its trigger overlaps. Its parties are its participant links:
 * one matches a gold participant when the party's span overlaps a mention of that entity or its name
 * equals one of the entity's names (case aside). Its time is its anchor: it matches when the value equals
 * a gold anchor value of the event. A claim's attribution is a link too: its source is the AGENT of
 * the speech event at the cue ("Nesbit said"), matched by name. A claim on an event that has no named
 * participant is not scored; a claim whose trigger lies on no annotated event counts as false positives. Over matched links, the role
 * agrees when AGENT goes with Arg0 and any other role with Arg1.
 */
final class LinkScorer {

    private final Tally links = new Tally("link", List.of("participant", "time-anchor"));
    private final AccuracyTally roles = new AccuracyTally("link-role", List.of("participant"));

    private record GoldLink(GoldEvent event, GoldEvent.Participant participant) {
    }

    /** A predicted link: the event's trigger and a participant (its span is null for attribution sources). */
    private record PredLink(Span trigger, String name, Span span, Role role) {
    }

    private record GoldAnchor(GoldEvent event, String value) {
    }

    void add(GoldDocument gold, ArticleFacts facts, List<ErrorEntry> errors) {
        List<GoldLink> goldLinks = new ArrayList<>();
        List<GoldAnchor> goldAnchors = new ArrayList<>();
        for (GoldEvent e : gold.events()) {
            if (e.named() && gold.inScope(e.head())) {
                e.participants().forEach(p -> goldLinks.add(new GoldLink(e, p)));
                e.anchors().forEach(v -> goldAnchors.add(new GoldAnchor(e, v)));
            }
        }
        List<PredLink> predLinks = new ArrayList<>();
        List<Claim> predAnchors = new ArrayList<>();
        if (facts != null) {
            for (Claim c : facts.claims()) {
                if (c.trigger() == null || !gold.inScope(c.trigger()) || onUnnamedEventOnly(gold, c.trigger())) {
                    continue;
                }
                c.parties().forEach(p -> predLinks.add(new PredLink(c.trigger(), p.name(), p.span(), p.role())));
                if (c.time() != null) {
                    predAnchors.add(c);
                }
            }
            for (Claim c : facts.claims()) {
                Attribution a = c.attribution();
                if (a != null && a.span() != null && gold.inScope(a.span()) && !onUnnamedEventOnly(gold, a.span())) {
                    predLinks.add(new PredLink(a.span(), a.source(), null, Role.AGENT));
                }
            }
        }
        scoreLinks(gold, goldLinks, predLinks.stream().distinct().toList(), errors);
        scoreAnchors(gold, goldAnchors, predAnchors, errors);
    }

    /** True when the trigger lies on annotated events, none of which has a named participant. */
    private static boolean onUnnamedEventOnly(GoldDocument gold, Span trigger) {
        List<GoldEvent> on = gold.events().stream().filter(e -> e.head().overlaps(trigger)).toList();
        return !on.isEmpty() && on.stream().noneMatch(GoldEvent::named);
    }

    private void scoreLinks(GoldDocument gold, List<GoldLink> g, List<PredLink> p, List<ErrorEntry> errors) {
        List<GreedyMatcher.Pair> pairs = GreedyMatcher.match(g, p, (a, b) -> {
            if (!a.event().head().overlaps(b.trigger()) || !refersTo(b, a.participant())) {
                return 0;
            }
            return 1 + (roleAgrees(a.participant(), b.role()) ? 1 : 0)
                    + GreedyMatcher.jaccard(a.event().head(), b.trigger());
        });
        boolean[] gm = new boolean[g.size()];
        boolean[] pm = new boolean[p.size()];
        for (GreedyMatcher.Pair pair : pairs) {
            gm[pair.gold()] = true;
            pm[pair.predicted()] = true;
            roles.add("participant", roleAgrees(g.get(pair.gold()).participant(), p.get(pair.predicted()).role()));
        }
        links.add("participant", pairs.size(), p.size() - pairs.size(), g.size() - pairs.size());
        for (int i = 0; i < g.size(); i++) {
            if (!gm[i]) {
                GoldLink l = g.get(i);
                errors.add(new ErrorEntry(gold.id(), "link", "participant", "FN", l.event().head(), l.event().text(),
                        l.participant().role() + "=" + String.join("/", l.participant().names()), ""));
            }
        }
        for (int i = 0; i < p.size(); i++) {
            if (!pm[i]) {
                PredLink l = p.get(i);
                errors.add(new ErrorEntry(gold.id(), "link", "participant", "FP", l.trigger(), text(gold, l.trigger()),
                        "", l.role() + "=" + l.name()));
            }
        }
    }

    private void scoreAnchors(GoldDocument gold, List<GoldAnchor> g, List<Claim> p, List<ErrorEntry> errors) {
        List<GreedyMatcher.Pair> pairs = GreedyMatcher.match(g, p, (a, b) ->
                a.event().head().overlaps(b.trigger()) && a.value().equals(b.time().value().value())
                        ? 1 + GreedyMatcher.jaccard(a.event().head(), b.trigger()) : 0);
        boolean[] gm = new boolean[g.size()];
        boolean[] pm = new boolean[p.size()];
        for (GreedyMatcher.Pair pair : pairs) {
            gm[pair.gold()] = true;
            pm[pair.predicted()] = true;
        }
        links.add("time-anchor", pairs.size(), p.size() - pairs.size(), g.size() - pairs.size());
        for (int i = 0; i < g.size(); i++) {
            if (!gm[i]) {
                GoldAnchor a = g.get(i);
                errors.add(new ErrorEntry(gold.id(), "link", "time-anchor", "FN", a.event().head(), a.event().text(),
                        a.value(), ""));
            }
        }
        for (int i = 0; i < p.size(); i++) {
            if (!pm[i]) {
                Claim c = p.get(i);
                errors.add(new ErrorEntry(gold.id(), "link", "time-anchor", "FP", c.trigger(), text(gold, c.trigger()),
                        "", c.time().value().value()));
            }
        }
    }

    private static boolean refersTo(PredLink link, GoldEvent.Participant participant) {
        return link.span() != null && participant.mentions().stream().anyMatch(m -> m.overlaps(link.span()))
                || participant.names().stream().anyMatch(n -> n.equalsIgnoreCase(link.name()));
    }

    private static boolean roleAgrees(GoldEvent.Participant participant, Role role) {
        return participant.role().equals("Arg0") == (role == Role.AGENT);
    }

    private static String text(GoldDocument gold, Span s) {
        String body = gold.article().body();
        return s.end() <= body.length() ? s.of(body) : "";
    }

    List<ScoreRow> rows() {
        return links.rows(false);
    }

    List<AccuracyRow> accuracies() {
        return roles.rows();
    }
}
