package org.claimcheck.extract.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimTime;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.TimeValue;

/**
 * Finds when a claim's event holds.
 * <ol>
 *   <li>a DATE mention attached to the predicate itself ("On Monday the company reported fourth-quarter
 *       revenue" is dated Monday), else the DATE mention of the clause nearest to the predicate; after "through", "until", "till" the
 *       time is the open interval ending with that date (begin null), after "since" the one starting
 *       with it;</li>
 *   <li>"a week later", "two days earlier": the last date stated before it in the sentence (else the last
 *       earlier claim's time), when it is a day, moved by that length; a clause of "a day after" or "two
 *       weeks before" is that long before (after) the day stated before it ("on September 10, a day after
 *       Oracle disclosed ..." dates the disclosing September 9);</li>
 *   <li>"the same day": the time of the earlier claim it refers back to, i.e. the last earlier claim
 *       with the same lemma and a shared party when the phrase names the event ("on the same day OpenAI
 *       announced its AWS deal"), else the last earlier claim with a time;</li>
 *   <li>otherwise the date attached directly to a governing clause ("In February OpenAI announced that
 *       Amazon was investing" dates the investing); a speech verb passes its date on too, as news dates a
 *       deal by the day it was made public ("Sage said on Thursday it had agreed to buy Fernhill" gives
 *       the buying that Thursday), and so does a closing one ("..., the companies said on Tuesday");</li>
 *   <li>a date under a participle that modifies the clause's phrases ("in the year ended March 2025");</li>
 *   <li>on a timeline line, the line's first date.</li>
 * </ol>
 * On a timeline line a bare month told in the future ("Amazon will announce this in February") is a past
 * month: it is moved back to the latest such month at or before publication. The date of a dateline
 * ("TOKYO, March 20 (Reuters) -") is the day the story was filed and dates no event.
 */
final class TimeAnchor {

    private static final Set<String> UNTIL = Set.of("through", "until", "till", "thru", "to");
    private static final Set<String> SINCE = Set.of("since", "from");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{4}|'\\d{2}");
    private static final int MAX_CLIMB = 6;
    /** A length in one unit ("P1W") that "later"/"earlier" moves a date by. */
    private static final Pattern LENGTH = Pattern.compile("P(\\d+)([DWMY])");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Relations by which a date dependent dates its head ("reported on Monday", "in 2024", "last week"). */
    private static final Set<String> TIME_RELATIONS = Set.of("obl", "nmod", "advmod", "obl:tmod");
    private static final Set<String> MODIFIER_STOP = Set.of("ccomp", "advcl", "parataxis", "conj", "csubj",
            "xcomp", "punct", "ref");

    private final ArticleContext ctx;
    private final PartyResolver resolver;

    TimeAnchor(ArticleContext ctx, PartyResolver resolver) {
        this.ctx = ctx;
        this.resolver = resolver;
    }

    /**
     * @param earlier claims already made for earlier predicates of the article, in text order
     */
    ClaimTime anchor(Clause clause, List<Claim> earlier) {
        int p = clause.predicate.token();
        for (Dependency d : ctx.graph.children(p)) {
            int m = ctx.mentions.at(d.dependent(), MentionType.DATE);
            if (m >= 0 && !ctx.inDateline(m) && TIME_RELATIONS.contains(DependencyGraph.base(d.relation()))) {
                return fromMention(m);
            }
        }
        int best = nearest(clause.mentionsOf(MentionType.DATE), p);
        if (best >= 0) {
            return fromMention(best);
        }
        for (int t = clause.tokens.nextSetBit(0); t >= 0; t = clause.tokens.nextSetBit(t + 1)) {
            if (isSameDay(t)) {
                return sameDay(t, p, earlier);
            }
        }
        for (int t = clause.tokens.nextSetBit(0); t >= 0; t = clause.tokens.nextSetBit(t + 1)) {
            ClaimTime offset = offset(t, earlier);
            if (offset != null) {
                return offset;
            }
        }
        ClaimTime before = lengthBefore(p, earlier);
        if (before != null) {
            return before;
        }
        int node = p;
        for (int step = 0; step < MAX_CLIMB; step++) {
            Dependency head = ctx.graph.head(node);
            if (head == null) {
                break;
            }
            node = head.governor();
            ClaimTime direct = directDate(node, p, earlier);
            if (direct != null) {
                return direct;
            }
        }
        ClaimTime spoken = parentheticalSpeechDate(p, earlier);
        if (spoken != null) {
            return spoken;
        }
        best = nearest(modifierDates(p), p);
        if (best >= 0) {
            return fromMention(best);
        }
        int sentence = ctx.graph.token(p).sentence();
        if (ctx.isTimelineLine(sentence)) {
            for (int m = 0; m < ctx.mentions.all().size(); m++) {
                Mention mention = ctx.mentions.get(m);
                if (mention.type() == MentionType.DATE && mention.sentence() == sentence && !ctx.inDateline(m)) {
                    return fromMention(m);
                }
            }
        }
        return null;
    }

    /**
     * The date of a closing speech verb hung on the clause or a clause above it ("Salesforce has agreed to
     * acquire Informatica ..., the companies said on Tuesday"): news dates a deal by the day it was told.
     */
    private ClaimTime parentheticalSpeechDate(int p, List<Claim> earlier) {
        int node = p;
        for (int step = 0; step < MAX_CLIMB && node >= 0; step++) {
            for (Dependency d : ctx.graph.children(node)) {
                int v = d.dependent();
                String r = DependencyGraph.base(d.relation());
                if ((r.equals("parataxis") || r.equals("advcl") || r.equals("dep")) && v > p
                        && !ctx.graph.children(v, "nsubj").isEmpty() && Cues.closesWithSource(ctx.graph.lemma(v))) {
                    ClaimTime direct = directDate(v, p, earlier);
                    if (direct != null) {
                        return direct;
                    }
                }
            }
            Dependency head = ctx.graph.head(node);
            node = head == null ? -1 : head.governor();
        }
        return null;
    }

    /** Of the given DATE mentions, the one whose first token is nearest to token {@code p}, or -1. */
    private int nearest(Iterable<Integer> dates, int p) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int m : dates) {
            if (ctx.inDateline(m)) {
                continue; // the day the story was filed
            }
            int distance = Math.abs(ctx.firstTokenOf(m) - p);
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * DATE mentions under the predicate's object and oblique phrases, including participle modifiers that
     * head clauses of their own ("revenue of ₹212 crore in the year ended March 2025"), but not under its
     * subject ("LedgerLeaf, founded in 2018, sells ...") nor in complement, adverbial, relative or
     * coordinated clauses.
     */
    private List<Integer> modifierDates(int p) {
        java.util.BitSet reach = ctx.graph.subtree(p, d -> {
            String base = DependencyGraph.base(d.relation());
            return !MODIFIER_STOP.contains(base) && !d.relation().equals("acl:relcl")
                    && !(d.governor() == p && base.equals("nsubj"));
        });
        java.util.TreeSet<Integer> r = new java.util.TreeSet<>();
        for (int t = reach.nextSetBit(0); t >= 0; t = reach.nextSetBit(t + 1)) {
            int m = ctx.mentions.at(t, MentionType.DATE);
            if (m >= 0) {
                r.add(m);
            }
        }
        return List.copyOf(r);
    }

    /** A date or "the same day" attached to {@code node} itself. */
    private ClaimTime directDate(int node, int predicate, List<Claim> earlier) {
        for (Dependency d : ctx.graph.children(node)) {
            String base = DependencyGraph.base(d.relation());
            if (!base.equals("obl") && !base.equals("nmod") && !base.equals("advmod")) {
                continue;
            }
            int m = ctx.mentions.at(d.dependent(), MentionType.DATE);
            if (m >= 0 && !ctx.inDateline(m)) {
                return fromMention(m);
            }
            if (isSameDay(d.dependent())) {
                return sameDay(d.dependent(), predicate, earlier);
            }
        }
        return null;
    }

    /**
     * "a week later", "two days later", "a month earlier" at token {@code t} (the adverb): the date it counts
     * from, moved by the length; the date counted from is the last one stated before it in its sentence,
     * else the time of the last earlier claim that has one. Null when {@code t} is no such adverb, or when
     * the date counted from is coarser than the length (a month moved by days).
     */
    private ClaimTime offset(int t, List<Claim> earlier) {
        String word = ctx.graph.lemma(t).toLowerCase(java.util.Locale.ROOT);
        if (!word.equals("later") && !word.equals("earlier")) {
            return null;
        }
        for (int unit : ctx.graph.children(t, "obl:npmod")) {
            int d = ctx.mentions.at(unit, MentionType.DURATION);
            java.util.regex.Matcher length = length(d);
            if (length == null) {
                continue;
            }
            TimeValue from = countedFrom(t, earlier);
            TimeValue moved = from == null ? null : moved(from, length, word.equals("later") ? 1 : -1);
            if (moved == null) {
                return null;
            }
            org.claimcheck.model.Span span = ctx.mentions.get(d).span().union(ctx.span(t));
            return new ClaimTime(moved, -1, span);
        }
        return null;
    }

    /**
     * "on September 10, a day after Oracle disclosed ...", "two weeks before the board approved it": a clause
     * introduced by "after" or "before" with a length happened that long before (after) the day stated just
     * before it in the sentence.
     */
    private ClaimTime lengthBefore(int p, List<Claim> earlier) {
        DependencyGraph g = ctx.graph;
        String mark = null;
        for (int m : g.children(p, "mark")) {
            String w = g.lemma(m).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("after") || w.equals("before")) {
                mark = w;
            }
        }
        if (mark == null) {
            return null;
        }
        for (Dependency d : g.children(p)) {
            int dur = ctx.mentions.at(d.dependent(), MentionType.DURATION);
            java.util.regex.Matcher length = d.dependent() > p ? null : length(dur);
            if (length == null) {
                continue;
            }
            TimeValue from = countedFrom(d.dependent(), earlier);
            TimeValue moved = from == null ? null : moved(from, length, mark.equals("after") ? -1 : 1);
            return moved == null ? null : new ClaimTime(moved, -1, ctx.mentions.get(dur).span());
        }
        return null;
    }

    private TimeValue countedFrom(int t, List<Claim> earlier) {
        int sentence = ctx.graph.token(t).sentence();
        Mention last = null;
        for (int m = 0; m < ctx.mentions.all().size(); m++) {
            Mention mention = ctx.mentions.get(m);
            if (mention.type() == MentionType.DATE && mention.sentence() == sentence && !ctx.inDateline(m)
                    && mention.end() <= ctx.span(t).start()) {
                last = mention;
            }
        }
        if (last != null) {
            return last.time();
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).time() != null && earlier.get(i).sentence() != sentence) {
                return earlier.get(i).time().value();
            }
        }
        return null;
    }

    /** The length of DURATION mention {@code d} in one unit ("P1W"), matched, or null when it is none such. */
    private java.util.regex.Matcher length(int d) {
        if (d < 0) {
            return null;
        }
        java.util.regex.Matcher length = LENGTH.matcher(ctx.mentions.get(d).duration());
        return length.matches() ? length : null;
    }

    /** {@code from} moved by a matched {@link #LENGTH}, forward ({@code sign} 1) or back (-1). */
    private static TimeValue moved(TimeValue from, java.util.regex.Matcher length, int sign) {
        return moved(from, Integer.parseInt(length.group(1)) * sign, length.group(2).charAt(0));
    }

    /** {@code from} moved by {@code n} units of {@code unit} (D, W, M, Y), kept at the precision it has. */
    private static TimeValue moved(TimeValue from, int n, char unit) {
        if (from.begin() == null || !DAY.matcher(from.value()).matches()) {
            return null; // only a stated day is counted from: "in March" and "two days later" give no day
        }
        LocalDate b = switch (unit) {
            case 'D' -> from.begin().plusDays(n);
            case 'W' -> from.begin().plusWeeks(n);
            case 'M' -> from.begin().plusMonths(n);
            default -> from.begin().plusYears(n);
        };
        return new TimeValue(b.toString(), b, b);
    }

    private boolean isSameDay(int t) {
        return ctx.graph.lemma(t).equals("day") && ctx.graph.hasChildLemma(t, "amod", Set.of("same"));
    }

    private ClaimTime sameDay(int day, int predicate, List<Claim> earlier) {
        int event = -1;
        for (Dependency d : ctx.graph.children(day)) {
            if (DependencyGraph.base(d.relation()).equals("acl") && d.dependent() != predicate) {
                event = d.dependent();
            }
        }
        if (event < 0 && ctx.graph.head(predicate) != null && ctx.graph.head(predicate).governor() == day) {
            event = predicate;
        }
        Set<String> subjects = new java.util.HashSet<>();
        if (event >= 0) {
            for (int s : ctx.graph.children(event, "nsubj")) {
                resolver.named(s).forEach(r -> subjects.add(r.name()));
            }
        }
        int sentence = ctx.graph.token(day).sentence();
        Claim fallback = null;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Claim c = earlier.get(i);
            if (c.time() == null || c.sentence() == sentence) {
                continue;
            }
            if (fallback == null) {
                fallback = c;
            }
            if (event >= 0 && c.lemma().equals(ctx.graph.lemma(event)) && sharesParty(c, subjects)) {
                return derived(c.time(), day);
            }
        }
        return fallback == null ? null : derived(fallback.time(), day);
    }

    private static boolean sharesParty(Claim c, Set<String> names) {
        for (ClaimParty p : c.parties()) {
            if (names.contains(p.name())) {
                return true;
            }
        }
        return false;
    }

    private ClaimTime derived(ClaimTime from, int day) {
        org.claimcheck.model.Span span = ctx.span(day);
        for (Dependency d : ctx.graph.children(day)) {
            String r = d.relation();
            if ((r.equals("det") || r.equals("amod")) && d.dependent() < day) {
                span = span.union(ctx.span(d.dependent()));
            }
        }
        return new ClaimTime(from.value(), -1, span);
    }

    private ClaimTime fromMention(int m) {
        Mention mention = ctx.mentions.get(m);
        TimeValue v = timelineMonth(mention);
        String prep = preposition(m);
        if (UNTIL.contains(prep) && v.end() != null) {
            v = new TimeValue(v.value(), null, v.end());
        } else if (SINCE.contains(prep) && v.begin() != null) {
            v = new TimeValue(v.value(), v.begin(), null);
        }
        return new ClaimTime(v, m, mention.span());
    }

    /** The case word ("in", "through") of the date mention's head token, lower case, or "". */
    private String preposition(int m) {
        int first = ctx.firstTokenOf(m);
        if (first < 0) {
            return "";
        }
        Mention mention = ctx.mentions.get(m);
        for (int t = first; t < ctx.graph.size() && ctx.span(t).overlaps(mention.span()); t++) {
            for (int c : ctx.graph.children(t, "case")) {
                return ctx.graph.word(c);
            }
        }
        return "";
    }

    private TimeValue timelineMonth(Mention mention) {
        TimeValue v = mention.time();
        LocalDate published = ctx.published();
        if (published == null || !ctx.isTimelineLine(mention.sentence()) || v.begin() == null
                || !MONTH.matcher(v.value()).matches() || YEAR_DIGITS.matcher(mention.text()).find()) {
            return v;
        }
        LocalDate begin = v.begin();
        int years = 0;
        while (begin.minusYears(years).isAfter(published)) {
            years++;
        }
        if (years == 0) {
            return v;
        }
        LocalDate b = begin.minusYears(years);
        LocalDate e = b.withDayOfMonth(b.lengthOfMonth());
        return new TimeValue(String.format(java.util.Locale.ROOT, "%04d-%02d", b.getYear(), b.getMonthValue()), b, e);
    }
}
