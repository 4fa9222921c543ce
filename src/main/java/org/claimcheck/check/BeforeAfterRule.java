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
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;

/**
 * SEQUENCE_CONFLICT: an event told as coming before or after a company's listing or a deal's closing, dated on
 * the wrong side of it. "Lumacell ... listed its shares on the Kosdaq market in March 2023" and "Before going
 * public, the company raised 620 billion won in a private funding round in 2024" cannot both hold. The
 * milestone's date is read where the words tie it to the listing ("listed its shares ... in March 2023",
 * "went public in 2021", "its initial public offering in May") or to the closing ("completed the acquisition
 * in June", "the deal closed on March 3"); the other event's date is the first date after the sentence's
 * opening "Before going public," / "After its IPO," / "Before the deal closed,". An article that gives the
 * milestone two dates that do not agree is left to the date rules.
 */
public final class BeforeAfterRule implements Rule {

    private enum Milestone { LISTING, CLOSING }

    private static final String AT = "\\s+(?:on|in)\\s+(?:(?:early|late|mid-)\\s*)?$";
    private static final Pattern LISTED = Pattern.compile("\\b(?:listed|floated)(?:\\s+its\\s+shares)?"
            + "(?:\\s+(?:on|in)\\s+[^,.;]{1,45}?)?" + AT
            + "|\\bwent public(?:\\s+on\\s+[^,.;]{1,45}?)?" + AT
            + "|\\b(?:its|the)\\s+(?:initial public offering|ipo|listing|flotation|stock market debut)" + AT);
    private static final Pattern CLOSED = Pattern.compile("\\b(?:completed|closed|finali[sz]ed)\\s+(?:the|its)\\s+"
            + "(?:acquisition|takeover|purchase|merger|deal)(?:\\s+of\\s+[^,.;]{1,40}?)?" + AT
            + "|\\b(?:the|its)\\s+(?:acquisition|takeover|purchase|merger|deal)\\s+(?:closed|was completed|completed)" + AT
            + "|\\b(?:the|its)\\s+(?:acquisition|takeover|purchase|merger|deal),\\s+(?:which\\s+was\\s+)?completed" + AT
            + "|\\bcompleted\\s+(?:(?:the|its)\\s+|a\\s+)?merger\\s+with\\s+[^,.;]{1,40}?" + AT);
    /** A sentence opening that places its event before or after the milestone; group 1 the side, 2 the milestone. */
    private static final Pattern OPENING = Pattern.compile("^\\W*(before|after|prior to|since|following)\\s+"
            + "(going public|listing|its listing|the listing|its ipo|the ipo|its initial public offering|the flotation"
            + "|its flotation|the deal closed|the deal was completed|the acquisition closed|the takeover closed"
            + "|the acquisition was completed|completing the acquisition|closing the deal"
            + "|the (?:merger|acquisition|takeover|combination) (?:was )?completed|completion of the (?:merger|acquisition"
            + "|takeover|deal)|the merger)\\s*,");

    @Override
    public String name() {
        return "BEFORE_AFTER";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        Mention listed = milestone(ctx, LISTED);
        Mention closed = milestone(ctx, CLOSED);
        Mention announced = milestone(ctx, ANNOUNCED);
        List<Finding> out = new ArrayList<>();
        if (announced != null) {
            afterTheAnnouncement(ctx, announced, out);
        }
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            if (ctx.isFurniture(s)) {
                continue;
            }
            Span span = ctx.sentenceSpan(s);
            Matcher o = OPENING.matcher(ctx.lower(span.start(), span.end()));
            if (!o.find()) {
                continue;
            }
            Milestone kind = o.group(2).contains("clos") || o.group(2).contains("complet")
                    || o.group(2).equals("the merger") ? Milestone.CLOSING : Milestone.LISTING;
            Mention at = kind == Milestone.LISTING ? listed : closed;
            Mention event = firstDate(ctx, s, span.start() + o.end());
            if (at == null || event == null || at.sentence() == s) {
                continue;
            }
            boolean before = !o.group(1).equals("after") && !o.group(1).equals("since") && !o.group(1).equals("following");
            TimeValue e = event.time();
            TimeValue m = at.time();
            boolean wrong = before ? e.begin().isAfter(m.end()) : e.end().isBefore(m.begin());
            if (wrong) {
                out.add(finding(ctx, o.group(1), o.group(2), event, at));
            }
        }
        return out;
    }

    /** Where a deal's announcement is dated: "announced the deal on Monday", "the deal, announced on March 13". */
    private static final Pattern ANNOUNCED = Pattern.compile("\\b(?:announced|unveiled)\\s+(?:the|its)\\s+(?:[a-z-]+\\s+)?"
            + "(?:deal|agreement|acquisition|takeover|merger|transaction)" + AT
            + "|\\b(?:the|its)\\s+(?:deal|agreement|acquisition|takeover|merger|transaction),?\\s+(?:which\\s+was\\s+)?"
            + "announced" + AT);
    /** Within a sentence: its event placed after the deal's announcement. */
    private static final Pattern AFTER_ANNOUNCEMENT = Pattern.compile("\\b(?:following|after)\\s+(?:the\\s+announcement"
            + "(?:\\s+of\\s+the\\s+(?:deal|agreement|acquisition|takeover|merger|transaction))?|the\\s+(?:deal|agreement"
            + "|acquisition|takeover|merger|transaction)\\s+was\\s+announced)\\b");

    /**
     * An event a sentence places after the deal's announcement ("its own shareholders had approved the issuance
     * ... at a special meeting on March 9, following the announcement of the agreement") dated before the
     * announcement ("Corvane announced the deal on Monday", March 13). The event's date is the sentence's one
     * date.
     */
    private void afterTheAnnouncement(Context ctx, Mention announced, List<Finding> out) {
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            Span span = ctx.sentenceSpan(s);
            if (s == announced.sentence() || ctx.isFurniture(s)
                    || !AFTER_ANNOUNCEMENT.matcher(ctx.lower(span.start(), span.end())).find()) {
                continue;
            }
            List<Mention> dates = new ArrayList<>();
            for (Mention d : ctx.mentions(s, MentionType.DATE)) {
                if (usable(d)) {
                    dates.add(d);
                }
            }
            if (dates.size() == 1 && dates.get(0).time().end().isBefore(announced.time().begin())) {
                Mention event = dates.get(0);
                String message = String.format(Locale.ROOT, "An event told as following the deal's announcement is "
                        + "dated \"%s\" (%s), but the announcement is dated \"%s\" (%s).", event.text(),
                        event.time().value(), announced.text(), announced.time().value());
                List<Span> spans = List.of(announced.span(), event.span());
                out.add(new Finding(FindingType.SEQUENCE_CONFLICT, Severity.ERROR, message, spans,
                        ctx.claimsCovering(spans), name()));
            }
        }
    }

    /** The one date the words tie to the milestone; null when none, or two that do not agree. */
    private static Mention milestone(Context ctx, Pattern cue) {
        Mention found = null;
        for (Mention d : ctx.mentions(MentionType.DATE)) {
            if (!usable(d) || ctx.isFurniture(d.sentence())) {
                continue;
            }
            Span s = ctx.sentenceSpan(d.sentence());
            if (cue.matcher(ctx.lower(Math.max(s.start(), d.start() - 90), d.start())).find()) {
                if (found != null && !SameEvent.timesAgree(found.time(), d.time())) {
                    return null;
                }
                found = found == null ? d : found;
            }
        }
        return found;
    }

    private static Mention firstDate(Context ctx, int s, int from) {
        for (Mention d : ctx.mentions(s, MentionType.DATE)) {
            if (d.start() >= from && usable(d)) {
                return d;
            }
        }
        return null;
    }

    private static boolean usable(Mention d) {
        TimeValue t = d.time();
        return t != null && t.resolved() && t.begin() != null && t.end() != null;
    }

    private Finding finding(Context ctx, String side, String milestone, Mention event, Mention at) {
        String message = String.format(Locale.ROOT, "An event told as %s %s is dated \"%s\" (%s), but the %s is "
                + "dated \"%s\" (%s).", side, milestone, event.text(), event.time().value(),
                milestone.contains("clos") || milestone.contains("complet") ? "closing" : "listing", at.text(),
                at.time().value());
        List<Span> spans = List.of(event.span(), at.span());
        return new Finding(FindingType.SEQUENCE_CONFLICT, Severity.ERROR, message, spans, ctx.claimsCovering(spans),
                name());
    }
}
