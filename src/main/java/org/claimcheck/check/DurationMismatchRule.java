package org.claimcheck.check;

import java.time.LocalDate;
import java.time.Period;
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
 * DURATION_MISMATCH: a stated length against a stated end ("through 2032", "until March 2030") and a
 * start ("from 2026", "starting in January"; else the publication year, when the end lies ahead of it).
 * The end is looked for in the duration's sentence, or, when that sentence speaks of a deal, contract,
 * licence or term, in the two sentences before it ("a licence through 2032. ... the six years covered by
 * this deal") or in one of the three after it that refers back to the deal ("a six-year deal ... The
 * licence takes effect in August and runs through 2035"). A date before the duration in a sentence of signing ("In 2024 X signed a four-year
 * contract") is its start. Granularity is respected: a six-year term from 2026 may end in 2031 or 2032.
 * Durations used as offsets ("six years ago", "two years later") or as reporting periods ("the three
 * months to September", "its 12 months ended June") are ignored, as is a start found after the end; a
 * term with its end ("over seven years through 2028") is checked against the day it was signed. Lengths of
 * options on top of the term ("two optional one-year extensions") and deadlines ("within three years of the
 * licence start") are not the term's. A definite length ("the seven-year delivery period") may refer back to
 * a schedule told with its start and end in an earlier sentence that names the same thing ("Deliveries are
 * scheduled to start in the first quarter of 2028 and finish by the end of 2031").
 */
public final class DurationMismatchRule implements Rule {

    private static final Pattern ISO = Pattern.compile("P(\\d+)([YMWD])");
    private static final Pattern END_CUE = Pattern.compile(
            "\\b(through|thru|until|till|to|ending|ends|expires|expiring|runs? to|running to|lasts? until"
            + "|(?:finish(?:es|ed|ing)?|complete[sd]?|conclude[sd]?|end(?:s|ed)?) by)"
            + "( (in|on|at))?( the end of| the)?\\s*$");
    private static final Pattern START_CUE = Pattern.compile(
            "\\b(from|starting|starts|started|start|beginning|begins|began|begun|begin|effective|commencing|commenced"
            + "|commences|commence|as of"
            + "|takes effect|took effect|comes into force|came into force)( (in|on|at|with|from))?( the)?\\s*$");
    private static final Pattern OFFSET_AFTER = Pattern.compile(
            "^\\W{0,2}(ago|earlier|later|before|after|since|prior)\\b");
    /** A length that is a deadline, not a term: "within three years of the licence start". */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("\\b(within|in under|inside of|inside)\\s+$");
    /**
     * A length after a bare "in" looks back or ahead from a moment, it is no term: "the strongest we have
     * seen in six quarters", "its second licensing deal in three years", "profitable in two years", "in the
     * next two or three years"; nor is one of two lengths given as alternatives ("two or three years").
     */
    private static final Pattern SPAN_BEFORE = Pattern.compile("\\b(in|in the next|within the next|in the coming)\\s+$"
            + "|\\b(one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+or\\s+$");
    /** A length that is part of a term: "worth A$780 million over the first five years", "its remaining two years". */
    private static final Pattern PART_OF_TERM_BEFORE = Pattern.compile("\\b(first|initial|opening|last|final|remaining"
            + "|closing|second|third)\\s+$");
    /** An end that closes a reporting period, not a term: "the fiscal year ending March 2026". */
    private static final Pattern PERIOD_END_BEFORE = Pattern.compile(
            "\\b(year|quarter|half|period|months)\\s+(ending|ended|ends|to|through)\\s+(in\\s+|on\\s+)?(the end of\\s+)?$");
    /** A term said to count from something other than its signing: "a 15-year contract, counted from first production". */
    private static final Pattern COUNTED_FROM = Pattern.compile("\\b(counted|running|measured|starting|beginning) from\\b");
    /** A date that a sentence of signing gives after the length: "a 99-year lease ... that was signed in 1998". */
    private static final Pattern SIGNED_CUE = Pattern.compile(
            "\\b(signed|agreed|struck|inked|granted|awarded|concluded|entered into)\\s+(in|on)\\s+$");
    /** A length that is an option on top of the term, not the term: "two optional one-year extensions". */
    private static final Pattern OPTION_AFTER = Pattern.compile("^[\\s-]{0,2}(extensions?|renewals?|extension options?"
            + "|options?|renewal options?|rollovers?)\\b");
    private static final Pattern PERIOD_END_AFTER = Pattern.compile("^\\W{0,2}(to|ended|ending|through|thru)\\b");
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("\\b(the|its|their|first|last|latest)\\s+$");
    private static final Pattern SIGNING = Pattern.compile("\\b(sign|signs|signed|agreed|struck|inked|entered)\\b");
    private static final Pattern DEAL_WORD = Pattern.compile(
            "\\b(deal|agreement|contract|licen[cs]e|term|partnership|pact|arrangement|lease|accord|commitment)s?\\b");
    private static final int CUE_WINDOW = 24;
    private static final int LOOK_BACK = 2;
    private static final int LOOK_AHEAD = 3;
    /** How far ahead a sentence whose subject is the deal may give its end ("The agreement, which runs through 2035"). */
    private static final int FAR_AHEAD = 8;
    private static final Pattern SUBJECT_DEAL = Pattern.compile(
            "^\\W*(the|this) (deal|agreement|contract|licen[cs]e|partnership|pact|arrangement|lease|accord)\\b");
    /** A deal told as a new one: "a contract", "another agreement". */
    private static final Pattern ANOTHER_DEAL = Pattern.compile("\\b(a|an|another|a second|a separate)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(deal|agreement|contract|licen[cs]e|partnership|pact|arrangement|lease|accord)\\b");
    /** A later sentence that speaks of the same deal: "The licence takes effect in August and runs through 2035." */
    private static final Pattern DEAL_REFERENCE = Pattern.compile(
            "\\b(the|this|that|its) (deal|agreement|contract|licen[cs]e|term|partnership|pact|arrangement|lease|accord)\\b");

    @Override
    public String name() {
        return "DURATION_MISMATCH";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Finding> out = new ArrayList<>();
        for (Mention d : ctx.mentions(MentionType.DURATION)) {
            Matcher iso = ISO.matcher(d.duration());
            if (!iso.matches() || OFFSET_AFTER.matcher(ctx.lower(d.end(), d.end() + 12)).find() || reportingPeriod(ctx, d)
                    || OPTION_AFTER.matcher(ctx.lower(d.end(), d.end() + 24)).find()
                    || DEADLINE_BEFORE.matcher(ctx.lower(d.start() - 16, d.start())).find()
                    || SPAN_BEFORE.matcher(ctx.lower(d.start() - 20, d.start())).find()
                    || partOfTerm(ctx, d)) {
                continue;
            }
            Period length = period(Integer.parseInt(iso.group(1)), iso.group(2).charAt(0));
            if (LOCK_UP.matcher(sentenceText(ctx, d.sentence())).find() && "MD".indexOf(iso.group(2).charAt(0)) >= 0) {
                lockUp(ctx, d, length, out);
                continue;
            }
            if (DEBT_AFTER.matcher(ctx.lower(d.end(), d.end() + 50)).lookingAt()) {
                debtTenor(ctx, d, length, out);
                continue;
            }
            Mention end = endFor(ctx, d);
            if (end == null) {
                continue;
            }
            Mention start = cued(ctx, end.sentence(), START_CUE);
            if (start == null && d.sentence() != end.sentence()) {
                start = cued(ctx, d.sentence(), START_CUE);
            }
            if (start == null) {
                start = signedAt(ctx, d, end);
            }
            if (start != null && start.time().begin().isAfter(end.time().begin())) {
                continue;
            }
            TimeValue from = start != null ? start.time() : impliedStart(ctx, end.time());
            if (from == null || from.begin() == null || from.end() == null) {
                continue;
            }
            from = coarsened(from, end.time());
            TimeValue expected = new TimeValue("expected", from.begin().plus(length).minusDays(1), from.end().plus(length));
            if (!expected.overlaps(end.time())) {
                out.add(finding(ctx, d, end, start, from));
            }
        }
        return out;
    }

    /** "over the first five years": a part of a term, not the term ("its first five-year contract" is a term). */
    private static boolean partOfTerm(Context ctx, Mention d) {
        return PLURAL_LENGTH.matcher(d.text()).find()
                && PART_OF_TERM_BEFORE.matcher(ctx.lower(d.start() - 16, d.start())).find();
    }

    private static final Pattern PLURAL_LENGTH = Pattern.compile("(?i)\\b(years|months|weeks|days|quarters)$");

    /** A sentence about a lock-up: "have agreed not to sell any further shares for 180 days", "a 90-day lock-up". */
    private static final Pattern LOCK_UP = Pattern.compile("\\b(lock-?ups?|locked up|not to sell|not sell|barred from "
            + "selling|restricted from selling)\\b");
    /** Before the day a lock-up ends: "when the lock-ups expire in February", "the lock-up ends on May 12". */
    private static final Pattern LOCK_UP_ENDS = Pattern.compile("\\block-?ups?(?:\\s+period)?\\s+(?:expires?|expiring"
            + "|ends?|ending|runs? out|lapses?)(?:\\s+(?:in|on|at))?(?:\\s+(?:early|mid-|late))?\\s*$");

    private static String sentenceText(Context ctx, int s) {
        Span span = ctx.sentenceSpan(s);
        return ctx.lower(span.start(), span.end());
    }

    /**
     * A lock-up's length against the day it is said to end ("agreed not to sell any further shares for 180
     * days" in a story of the listing, "when the lock-ups expire in February"): counted from the publication
     * date, with a month's slack either way for a listing told a few days on.
     */
    private void lockUp(Context ctx, Mention d, Period length, List<Finding> out) {
        LocalDate published = ctx.facts().article().date();
        if (published == null) {
            return;
        }
        for (Mention m : ctx.mentions(MentionType.DATE)) {
            if (m.time() == null || m.time().begin() == null || m.time().end() == null
                    || !LOCK_UP_ENDS.matcher(ctx.lower(m.start() - 40, m.start())).find()) {
                continue;
            }
            LocalDate expected = published.plus(length);
            if (expected.isBefore(m.time().begin().minusDays(31)) || expected.isAfter(m.time().end().plusDays(31))) {
                out.add(finding(ctx, d, m, null, new TimeValue(published.toString(), published, published)));
            }
            return;
        }
    }

    /** After a length, debt it is the tenor of: "eight-year bonds", "12-year senior notes". */
    private static final Pattern DEBT_AFTER = Pattern.compile("^[\\s-]*(?:(?:senior|unsecured|secured|green|social"
            + "|sustainability-linked|fixed-rate|floating-rate|dollar|euro|sterling|yen|subordinated|benchmark|government)"
            + "\\s+){0,2}(notes?|bonds?|debentures?|gilts?|securities|paper|tranche|debt)\\b");
    /** Before a debt's maturity: "due March 2030", "which mature in July 2031", "maturing in 2036". */
    private static final Pattern MATURITY_BEFORE = Pattern.compile("\\b(due|maturing|matures?|matured|redeemable"
            + "|repayable)(\\s+(in|on|at|by))?(\\s+the end of)?\\s*$");
    /** Before the day debt was sold: "issued in 2019", "priced on Tuesday". */
    private static final Pattern ISSUED_BEFORE = Pattern.compile("\\b(issued|sold|priced|placed)\\s+(in|on)\\s+$");
    /** How far a debt's maturity may lie from its issue plus its tenor: bonds are named for a rounded tenor. */
    private static final Period TENOR_SLACK = Period.ofYears(1);

    /**
     * Debt named for its tenor and given a maturity: "The eight-year bonds, which mature in July 2031", "€1
     * billion of four-year notes due March 2030". The maturity is the first date after the length in its
     * sentence with "due" or "mature" before it and no other length between (a list of tranches gives each its
     * own); the issue is the day the sentence says the debt was sold, else the publication date. Bonds are
     * named for a rounded tenor, so only a maturity more than a year off is flagged.
     */
    private void debtTenor(Context ctx, Mention d, Period length, List<Finding> out) {
        Mention maturity = null;
        Mention issued = null;
        for (Mention m : ctx.mentions(d.sentence(), MentionType.DATE)) {
            if (m.time().begin() == null || m.time().end() == null) {
                continue;
            }
            String before = ctx.lower(m.start() - CUE_WINDOW, m.start());
            if (ISSUED_BEFORE.matcher(before).find()) {
                issued = m;
            } else if (maturity == null && m.start() > d.end() && MATURITY_BEFORE.matcher(before).find()) {
                boolean between = false;
                for (Mention other : ctx.mentions(d.sentence(), MentionType.DURATION)) {
                    between |= other.start() > d.end() && other.end() <= m.start();
                }
                if (!between) {
                    maturity = m;
                }
            }
        }
        LocalDate published = ctx.facts().article().date();
        if (maturity == null || (issued == null && (published == null || !maturity.time().begin().isAfter(published)))) {
            return;
        }
        TimeValue from = issued != null ? issued.time() : new TimeValue(published.toString(), published, published);
        LocalDate earliest = from.begin().plus(length).minus(TENOR_SLACK);
        LocalDate latest = from.end().plus(length).plus(TENOR_SLACK);
        if (maturity.time().end().isBefore(earliest) || maturity.time().begin().isAfter(latest)) {
            out.add(finding(ctx, d, maturity, issued, from));
        }
    }

    /**
     * "the three months to September", "its 12 months ended June": a reporting period, which ends where
     * it is said to and starts nowhere stated. "a contract over seven years through 2028" is a term.
     */
    private static boolean reportingPeriod(Context ctx, Mention d) {
        return PERIOD_END_AFTER.matcher(ctx.lower(d.end(), d.end() + 12)).find()
                && DEFINITE_BEFORE.matcher(ctx.lower(d.start() - 12, d.start())).find();
    }

    /**
     * The start at the end's granularity: a term "through 2028" counts in calendar years, so a contract
     * signed on March 3, 2026 "over three years through 2028" runs 2026, 2027 and 2028.
     */
    private static TimeValue coarsened(TimeValue from, TimeValue end) {
        if (end.value().matches("\\d{4}")) {
            int y = from.begin().getYear();
            return new TimeValue(Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(from.end().getYear(), 12, 31));
        }
        return from;
    }

    private static Period period(int n, char unit) {
        return switch (unit) {
            case 'Y' -> Period.ofYears(n);
            case 'M' -> Period.ofMonths(n);
            case 'W' -> Period.ofWeeks(n);
            default -> Period.ofDays(n);
        };
    }

    /** The end date for duration {@code d}: in its sentence, else before it when the sentence names a deal. */
    private static Mention endFor(Context ctx, Mention d) {
        Mention own = cued(ctx, d.sentence(), END_CUE);
        if (own != null) {
            return own;
        }
        Mention schedule = scheduleToldBefore(ctx, d);
        if (schedule != null) {
            return schedule;
        }
        Span s = ctx.sentenceSpan(d.sentence());
        if (!DEAL_WORD.matcher(ctx.lower(s.start(), s.end())).find()) {
            return null;
        }
        for (int back = 1; back <= LOOK_BACK && d.sentence() - back >= 0; back++) {
            Mention m = cued(ctx, d.sentence() - back, END_CUE);
            if (m != null) {
                return m;
            }
        }
        boolean farBlocked = false;
        for (int ahead = 1; ahead <= FAR_AHEAD && d.sentence() + ahead < ctx.sentenceCount(); ahead++) {
            int t = d.sentence() + ahead;
            Span next = ctx.sentenceSpan(t);
            String text = ctx.lower(next.start(), next.end());
            Mention m = cued(ctx, t, END_CUE);
            boolean near = ahead <= LOOK_AHEAD && DEAL_REFERENCE.matcher(text).find();
            // further on, only a sentence about the deal itself ("The agreement, which runs through 2035, ..."),
            // and only when no other deal or length comes between
            boolean far = !farBlocked && SUBJECT_DEAL.matcher(text).lookingAt();
            if (m != null && (near || far)) {
                return m;
            }
            farBlocked |= ANOTHER_DEAL.matcher(text).find() || !ctx.mentions(t, MentionType.DURATION).isEmpty();
            if (farBlocked && ahead >= LOOK_AHEAD) {
                return null;
            }
        }
        return null;
    }

    /** After a definite length: what lasted that long ("the nine years the arrangement lasted"). */
    private static final Pattern LASTED_AFTER = Pattern.compile("^\\s+(?:(?:the|that|this|its|their)\\s+)?"
            + "(?:[\\w-]+\\s+){0,2}?(lasted|ran|covered|spanned|went on|continued)\\b");
    /** How many sentences back the span a length that "lasted" refers to may be told. */
    private static final int LASTED_LOOK_BACK = 12;
    /** After a definite length: what it is the length of ("the seven-year delivery period"); group 1 the noun. */
    private static final Pattern PERIOD_OF = Pattern.compile("^[\\s-]*([a-z]{4,})\\s+(period|term|programme|program"
            + "|schedule|window|phase|run)\\b");

    /**
     * The end of a schedule told in an earlier sentence with its start, which a definite length refers back to:
     * "Deliveries are scheduled to start in the first quarter of 2028 and finish by the end of 2031" ... "the
     * seven-year delivery period". The earlier sentence must name the same thing (the noun's stem: "delivery",
     * "deliveries") and give both a start and an end.
     */
    private static Mention scheduleToldBefore(Context ctx, Mention d) {
        if (!DEFINITE_BEFORE.matcher(ctx.lower(d.start() - 12, d.start())).find()) {
            return null;
        }
        Matcher of = PERIOD_OF.matcher(ctx.lower(d.end(), d.end() + 40));
        if (!of.lookingAt()) {
            // "Over the nine years the arrangement lasted": a length the next words say something lasted refers
            // back to the nearest span told with its start and end ("from 2014 to 2021")
            if (LASTED_AFTER.matcher(ctx.lower(d.end(), d.end() + 40)).lookingAt()) {
                for (int k = d.sentence() - 1; k >= Math.max(0, d.sentence() - LASTED_LOOK_BACK); k--) {
                    if (!ctx.isFurniture(k) && cued(ctx, k, START_CUE) != null && cued(ctx, k, END_CUE) != null) {
                        return cued(ctx, k, END_CUE);
                    }
                }
            }
            return null;
        }
        String stem = of.group(1).substring(0, Math.min(6, of.group(1).length()));
        for (int k = d.sentence() - 1; k >= 0; k--) {
            Span s = ctx.sentenceSpan(k);
            if (!ctx.isFurniture(k) && ctx.lower(s.start(), s.end()).contains(stem)
                    && cued(ctx, k, START_CUE) != null && cued(ctx, k, END_CUE) != null) {
                return cued(ctx, k, END_CUE);
            }
        }
        return null;
    }

    /** The last resolved DATE mention in sentence {@code s} that the cue pattern directly precedes. */
    private static Mention cued(Context ctx, int s, Pattern cue) {
        Mention found = null;
        for (Mention m : ctx.mentions(s, MentionType.DATE)) {
            String before = ctx.lower(m.start() - CUE_WINDOW, m.start());
            if (m.time().begin() != null && m.time().end() != null && cue.matcher(before).find()
                    && !(cue == END_CUE && PERIOD_END_BEFORE.matcher(before).find())) {
                found = m;
            }
        }
        return found;
    }

    /**
     * "In 2024 Ironbridge signed a four-year contract": a date before the duration in a sentence of signing,
     * or one after it that the signing verb itself dates ("a 99-year lease ... signed in 1998 and runs until 2097").
     */
    private static Mention signedAt(Context ctx, Mention d, Mention end) {
        Span s = ctx.sentenceSpan(d.sentence());
        if (!SIGNING.matcher(ctx.lower(s.start(), s.end())).find()) {
            return null;
        }
        Mention before = null;
        Mention after = null;
        for (Mention m : ctx.mentions(d.sentence(), MentionType.DATE)) {
            if (m == end || m.time().begin() == null || m.time().end() == null) {
                continue;
            }
            if (m.end() <= d.start()) {
                before = m;
            } else if (after == null && SIGNED_CUE.matcher(ctx.lower(m.start() - CUE_WINDOW, m.start())).find()
                    && !COUNTED_FROM.matcher(ctx.lower(d.end(), m.start())).find()) {
                after = m;
            }
        }
        return before != null ? before : after;
    }

    /** The publication year, when the stated end lies after the publication date. */
    private static TimeValue impliedStart(Context ctx, TimeValue end) {
        LocalDate published = ctx.facts().article().date();
        if (published == null || !end.begin().isAfter(published)) {
            return null;
        }
        int y = published.getYear();
        return new TimeValue(Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    private Finding finding(Context ctx, Mention d, Mention end, Mention start, TimeValue from) {
        String startText = start != null ? "\"" + start.text() + "\""
                : (from.value().length() > 4 ? "the publication date " : "the publication year ") + from.value();
        String message = String.format(Locale.ROOT,
                "A length of \"%s\" counted from %s does not end at \"%s\".", d.text(), startText, end.text());
        List<Span> spans = new ArrayList<>(List.of(d.span(), end.span()));
        if (start != null) {
            spans.add(start.span());
        }
        return new Finding(FindingType.DURATION_MISMATCH, Severity.ERROR, message, spans,
                ctx.claimsCovering(spans), name());
    }
}
