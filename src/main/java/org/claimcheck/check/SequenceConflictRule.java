package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;

/**
 * SEQUENCE_CONFLICT: an ordering word that contradicts the dates it relates. Three readings:
 * <ul>
 * <li>in one sentence, a date, then "before"/"after"/"prior to"/"following" (optionally "two days
 * before"), then another date: "signed on March 3, two days after the February 27 announcement"; when
 * the second date directly follows the cue, the cue is adverbial and counts from the first date:
 * "rejected on May 5 and accepted an offer three weeks after, on May 26";</li>
 * <li>an adverbial "a week later", "the next day", "the same day", "two months earlier" directly followed
 * by a date ("a week later, on March 20"), measured from the last date stated before it (in that sentence or the two before):
 * "... on February 27. A week later, on March 20, ...";</li>
 * <li>from claims: a claim whose time was carried over from "the same day" or "a week later" against a
 * claim of the same event (same class, same lemma or the same named stage of a deal, two shared parties)
 * with a stated date that differs.</li>
 * </ul>
 */
public final class SequenceConflictRule implements Rule {

    private static final Pattern BINARY = Pattern.compile("\\b(?:(?<qty>" + Offsets.QUANTITY + "\\s+" + Offsets.UNIT
            + "|the day)\\s+)?(?<cue>before|after|prior to|ahead of|following|earlier than|later than)\\b");
    private static final Pattern ADVERBIAL = Pattern.compile("\\b(?:(?<qty>" + Offsets.QUANTITY + "\\s+"
            + Offsets.UNIT + ")\\s+(?<dir>later|earlier|afterwards?)|the (?<next>next|following|previous) (?<nunit>day|week|month|year)"
            + "|the same (?<same>day|week|month))\\b(?!\\s+(than|as|that|of))");
    private static final Pattern RELATIVE = Pattern.compile("\\b(same|later|earlier|next|following|previous|before|after)\\b");
    /** What may stand between an adverbial cue and the date it gives: "a week later, on March 20". */
    private static final Pattern TARGET_GAP = Pattern.compile("^[\\s,(\u2014\u2013-]*((on|in|at)\\s+)?$");
    private static final int WINDOW = 120;
    /**
     * A clause of its own between the cue and the second date, which then dates something else: "after the
     * refusal to bail out Lehman, forcing the company to file for bankruptcy on Monday".
     */
    private static final Pattern NEW_CLAUSE = Pattern.compile("[;:]|,\\s+(\\w+ing|which|while|and|but|when|as)\\b");
    private static final int LOOK_BACK = 2;

    @Override
    public String name() {
        return "SEQUENCE_CONFLICT";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Finding> out = new ArrayList<>();
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            if (!ctx.isFurniture(s)) {
                binary(ctx, s, out);
                adverbial(ctx, s, out);
            }
        }
        fromClaims(ctx, out);
        return out;
    }

    private void binary(Context ctx, int s, List<Finding> out) {
        List<Mention> dates = resolved(ctx.mentions(s, MentionType.DATE));
        for (int i = 0; i + 1 < dates.size(); i++) {
            Mention left = dates.get(i);
            Mention right = dates.get(i + 1);
            String gap = ctx.lower(left.end(), right.start());
            Matcher m = BINARY.matcher(gap);
            if (gap.length() > WINDOW || !m.find() || NEW_CLAUSE.matcher(gap.substring(m.end())).find()) {
                continue;
            }
            boolean before = !m.group("cue").equals("after") && !m.group("cue").equals("following")
                    && !m.group("cue").equals("later than");
            Offsets.Offset off = quantity(m.group("qty"));
            TimeValue l = left.time();
            TimeValue r = right.time();
            boolean conflict;
            if (off != null && TARGET_GAP.matcher(gap.substring(m.end())).matches()) {
                conflict = !(before ? off.negated() : off).shift(l).overlaps(r);
            } else if (off != null) {
                conflict = !(before ? off.negated() : off).shift(r).overlaps(l);
            } else {
                conflict = before ? l.begin().isAfter(r.end()) : l.end().isBefore(r.begin());
            }
            if (conflict) {
                Span cue = new Span(left.end() + m.start(), left.end() + m.end());
                out.add(finding(ctx, left, cue, right));
            }
        }
    }

    private void adverbial(Context ctx, int s, List<Finding> out) {
        Span sentence = ctx.sentenceSpan(s);
        Matcher m = ADVERBIAL.matcher(ctx.lower(sentence.start(), sentence.end()));
        while (m.find()) {
            int cueStart = sentence.start() + m.start();
            int cueEnd = sentence.start() + m.end();
            Mention target = firstDateAfter(ctx, s, cueEnd);
            Mention anchor = target == null ? null : lastDateBefore(ctx, s, cueStart);
            if (anchor == null) {
                continue;
            }
            TimeValue expected = expected(m, anchor.time());
            if (!expected.overlaps(target.time())) {
                out.add(finding(ctx, anchor, new Span(cueStart, cueEnd), target));
            }
        }
    }

    private static TimeValue expected(Matcher m, TimeValue anchor) {
        if (m.group("same") != null) {
            return Offsets.of(0, m.group("same")).shift(anchor);
        }
        if (m.group("next") != null) {
            Offsets.Offset off = Offsets.of(1, m.group("nunit"));
            return (m.group("next").equals("previous") ? off.negated() : off).shift(anchor);
        }
        Offsets.Offset off = quantity(m.group("qty"));
        return (m.group("dir").equals("earlier") ? off.negated() : off).shift(anchor);
    }

    private void fromClaims(Context ctx, List<Finding> out) {
        List<Claim> claims = ctx.claims();
        for (Claim relative : claims) {
            if (relative.time() == null || relative.time().mention() >= 0 || relative.time().span() == null
                    || !relative.time().value().resolved()
                    || !RELATIVE.matcher(ctx.lower(relative.time().span().start(), relative.time().span().end())).find()) {
                continue;
            }
            for (Claim stated : claims) {
                if (SameEvent.explicitTime(stated) && stated.sentence() != relative.sentence()
                        && (stated.lemma().equals(relative.lemma()) || markedStage(ctx, stated, relative))
                        && stated.eventClass() == relative.eventClass()
                        && SameEvent.compatible(relative, stated, false)
                        && !relative.time().value().overlaps(stated.time().value())) {
                    Mention date = ctx.mention(stated.time().mention());
                    Mention from = countedFrom(ctx, relative);
                    String message = String.format(Locale.ROOT,
                            "\"%s\"%s places the %s involving %s at %s, but it is also dated \"%s\".",
                            ctx.facts().text(relative.time().span()),
                            from == null ? "" : " after \"" + from.text() + "\"", relative.lemma(),
                            SameEvent.partyList(relative), relative.time().value().value(), date.text());
                    List<Span> spans = new ArrayList<>(List.of(relative.time().span(), date.span()));
                    if (from != null) {
                        spans.add(from.span());
                    }
                    spans.sort(null);
                    out.add(new Finding(FindingType.SEQUENCE_CONFLICT, Severity.WARNING, message,
                            List.copyOf(spans), List.of(relative.id(), stated.id()), name()));
                }
            }
        }
    }

    /**
     * The date a "later"/"earlier" time counts from when it is stated in the claim's sentence ("cleared on
     * September 15, and closed the transaction a week later"), else null.
     */
    private static Mention countedFrom(Context ctx, Claim relative) {
        Span cue = relative.time().span();
        if (!LATER_OR_EARLIER.matcher(ctx.lower(cue.start(), cue.end())).find()) {
            return null;
        }
        Mention last = null;
        for (Mention d : resolved(ctx.mentions(relative.sentence(), MentionType.DATE))) {
            if (d.end() <= cue.start()) {
                last = d;
            }
        }
        return last;
    }

    private static final Pattern LATER_OR_EARLIER = Pattern.compile("\\b(later|earlier)$");

    /** Two claims of one named stage of a deal ("closed the transaction", "completed ... its acquisition"). */
    private static boolean markedStage(Context ctx, Claim a, Claim b) {
        return SameEvent.phase(ctx, a) != SameEvent.Phase.UNMARKED && SameEvent.samePhase(ctx, a, b);
    }

    private static Offsets.Offset quantity(String words) {
        if (words == null) {
            return null;
        }
        return words.equals("the day") ? Offsets.of(1, "day") : Offsets.parse(words);
    }

    private static List<Mention> resolved(List<Mention> dates) {
        return dates.stream().filter(d -> d.time().begin() != null && d.time().end() != null).toList();
    }

    private static Mention firstDateAfter(Context ctx, int s, int pos) {
        for (Mention d : resolved(ctx.mentions(s, MentionType.DATE))) {
            if (d.start() >= pos) {
                return TARGET_GAP.matcher(ctx.lower(pos, d.start())).matches() ? d : null;
            }
        }
        return null;
    }

    private static Mention lastDateBefore(Context ctx, int s, int pos) {
        for (int k = s; k >= 0 && k >= s - LOOK_BACK; k--) {
            List<Mention> dates = resolved(ctx.mentions(k, MentionType.DATE));
            for (int i = dates.size() - 1; i >= 0; i--) {
                if (dates.get(i).end() <= pos) {
                    return dates.get(i);
                }
            }
        }
        return null;
    }

    private Finding finding(Context ctx, Mention first, Span cue, Mention second) {
        String message = String.format(Locale.ROOT,
                "\"%s\" does not fit the dates it relates: \"%s\" (%s) and \"%s\" (%s).",
                ctx.facts().text(cue), first.text(), first.time().value(), second.text(), second.time().value());
        List<Span> spans = List.of(first.span(), cue, second.span());
        return new Finding(FindingType.SEQUENCE_CONFLICT, Severity.ERROR, message, spans,
                ctx.claimsCovering(spans), name());
    }
}
