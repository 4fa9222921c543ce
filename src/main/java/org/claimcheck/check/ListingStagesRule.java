package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Severity;
import org.claimcheck.model.TimeValue;

/**
 * SEQUENCE_CONFLICT: a stock market listing goes through its steps in order. The roadshow is launched
 * before the offering is priced, and the offering is priced before the shares start trading. "Cobaltline
 * priced the offering late on Tuesday, June 23" and "launched its roadshow on June 24" cannot both hold.
 * Each step's date is read from the words just before it ("launched its roadshow on", "priced the
 * offering on", "began trading on"). An article that gives one step two dates leaves the step out, since
 * it is not clear which offering each date belongs to.
 */
public final class ListingStagesRule implements Rule {

    /** The steps, in the order they happen, each with the words that date it. */
    private static final List<Pattern> STEPS = List.of(
            Pattern.compile("\\b(launched|launches|began|begins|started|starts|kicked off|kicks off) (its|the|a) "
                    + "(investor )?roadshow( in \\w+)?\\s+(on|in)\\s+((late|early) on\\s+)?(the\\s+)?$"),
            Pattern.compile("\\bpriced (its|the) (initial public offering|ipo|offering|listing|shares)( at [^,.;]{1,30})?"
                    + "\\s+((late|early) )?(on|in)\\s+(\\w+day,?\\s+)?$"),
            Pattern.compile("\\b(began|begin|begins|started|starts|start) trading\\s+(on|in)\\s+(\\w+day,?\\s+)?$"
                    + "|\\bmade (its|their) (market |trading |stock market )?debut\\s+(on|in)\\s+(\\w+day,?\\s+)?$"));
    private static final String[] NAMES = {"the roadshow was launched", "the offering was priced",
        "the shares began trading"};
    /** How far before a date its step's words may begin. */
    private static final int WINDOW = 80;

    @Override
    public String name() {
        return "LISTING_STAGES";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        Mention[] dated = new Mention[STEPS.size()];
        boolean[] twice = new boolean[STEPS.size()];
        for (Mention d : ctx.mentions(MentionType.DATE)) {
            TimeValue t = d.time();
            if (t == null || !t.resolved() || t.begin() == null || t.end() == null) {
                continue;
            }
            String before = ctx.lower(Math.max(ctx.sentenceSpan(d.sentence()).start(), d.start() - WINDOW), d.start());
            for (int k = 0; k < STEPS.size(); k++) {
                if (STEPS.get(k).matcher(before).find()) {
                    twice[k] |= dated[k] != null && !SameEvent.timesAgree(dated[k].time(), t);
                    dated[k] = dated[k] == null ? d : dated[k];
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int a = 0; a < STEPS.size(); a++) {
            for (int b = a + 1; b < STEPS.size(); b++) {
                if (dated[a] == null || dated[b] == null || twice[a] || twice[b]) {
                    continue;
                }
                if (dated[b].time().end().isBefore(dated[a].time().begin())) {
                    out.add(finding(dated[a], NAMES[a], dated[b], NAMES[b], ctx));
                }
            }
        }
        return out;
    }

    private Finding finding(Mention earlier, String earlierStep, Mention later, String laterStep, Context ctx) {
        String message = String.format(Locale.ROOT, "%s on \"%s\" (%s), after %s on \"%s\" (%s), though it comes first.",
                Character.toUpperCase(earlierStep.charAt(0)) + earlierStep.substring(1), earlier.text(),
                earlier.time().value(), laterStep, later.text(), later.time().value());
        return new Finding(FindingType.SEQUENCE_CONFLICT, Severity.ERROR, message,
                List.of(earlier.span(), later.span()), ctx.claimsCovering(List.of(earlier.span(), later.span())),
                name());
    }
}
