package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * SEQUENCE_CONFLICT in a regulator's review of the story's deal: a deal is notified to (or filed with) a
 * regulator before the regulator clears it. The notification is read from "The parties formally notify the
 * transaction to the European Commission" (a timeline's line or a sentence, dated within it), "filed the
 * deal with the FTC on March 3"; the clearance from "The European Commission waved the deal through in
 * February", "cleared the acquisition on May 2", "approved the merger". Both must speak of the deal by a
 * definite noun ("the deal", "the transaction", "the merger"). When both sentences name a regulator and the
 * names differ, the two steps are of two reviews and are left alone.
 */
public final class ReviewSequenceRule implements Rule {

    private static final String DEAL = "(?:the|its|their)\\s+(?:[a-z-]+\\s+)?(?:deal|transaction|merger|acquisition"
            + "|takeover|tie-up|combination|purchase)";
    private static final Pattern NOTIFIED = Pattern.compile("\\b(?:formally\\s+)?(?:notif(?:y|ies|ied)|filed|submitted"
            + "|referred)\\s+" + DEAL + "\\b|\\b" + DEAL + "\\s+(?:was|were|is|has been)\\s+(?:formally\\s+)?(?:notified"
            + "|filed|submitted)\\b");
    private static final Pattern CLEARED = Pattern.compile("\\b(?:cleared|approved|waved|signed off on|green-?lit"
            + "|blessed|authori[sz]ed)\\s+" + DEAL + "\\b|\\b" + DEAL + "\\s+(?:was|were|has been|had been)\\s+"
            + "(?:cleared|approved|authori[sz]ed)\\b");
    /** Steps that are not done: expected, planned, conditional, or denied. */
    private static final Pattern NOT_DONE = Pattern.compile("\\b(expected|expects|plans?|planned|will|would|could"
            + "|may|might|if|unless|not|yet|pending|before|until)\\b");
    private static final int NEAR = 70;

    private record Step(Mention date, Mention regulator) {
    }

    @Override
    public String name() {
        return "REVIEW_SEQUENCE";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Step> notified = new ArrayList<>();
        List<Step> cleared = new ArrayList<>();
        for (Mention d : ctx.mentions(MentionType.DATE)) {
            if (d.time() == null || !d.time().resolved() || d.time().begin() == null || d.time().end() == null) {
                continue;
            }
            String around = clause(ctx, d);
            if (around == null || NOT_DONE.matcher(around).find()) {
                continue;
            }
            if (NOTIFIED.matcher(around).find()) {
                notified.add(new Step(d, regulator(ctx, d.sentence())));
            } else if (CLEARED.matcher(around).find()) {
                cleared.add(new Step(d, regulator(ctx, d.sentence())));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Step n : notified) {
            for (Step c : cleared) {
                if (c.date().sentence() == n.date().sentence() || !sameRegulator(n, c)
                        || !c.date().time().end().isBefore(n.date().time().begin())) {
                    continue;
                }
                String message = String.format(Locale.ROOT, "The deal is cleared on \"%s\" (%s), before it was notified "
                        + "to the regulator on \"%s\" (%s).", c.date().text(), c.date().time().value(), n.date().text(),
                        n.date().time().value());
                List<Span> spans = List.of(n.date().span(), c.date().span());
                out.add(new Finding(FindingType.SEQUENCE_CONFLICT, Severity.ERROR, message, spans,
                        ctx.claimsCovering(spans), name()));
            }
        }
        return out;
    }

    /** The words about a date: its sentence within {@link #NEAR} characters either side, or its timeline line. */
    private static String clause(Context ctx, Mention d) {
        Span s = ctx.sentenceSpan(d.sentence());
        return ctx.lower(Math.max(s.start(), d.start() - NEAR), Math.min(s.end(), d.end() + NEAR + 40));
    }

    /** The one organization named in the sentence, else null. */
    private static Mention regulator(Context ctx, int sentence) {
        Mention only = null;
        for (Mention p : ctx.mentions(sentence, MentionType.PARTY)) {
            if (p.party().kind() == PartyKind.ORGANIZATION) {
                if (only != null && !only.party().name().equals(p.party().name())) {
                    return null;
                }
                only = p;
            }
        }
        return only;
    }

    private static boolean sameRegulator(Step a, Step b) {
        return a.regulator() == null || b.regulator() == null
                || a.regulator().party().name().equals(b.regulator().party().name());
    }
}
