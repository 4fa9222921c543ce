package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * DATE_CONFLICT from the words, for the milestones a story's deal passes once: its announcement, the signing
 * of its contract, its closing, and a listing's first day of trading. Each is read where the text ties a date
 * to the deal by a definite reference ("signed the contract on Oct. 31", "the contract, signed on Oct. 28",
 * "the May 9 announcement", "unveiled the pact on June 14", "Kizuna's October debut", "debuted on Tuesday") or
 * where the lede tells an agreement or money raised and dates its telling ("has agreed to buy Kelvra ..., the
 * French group said on Monday", "said on Monday it had raised 180 million euros" against "when it announced
 * the funding round last Wednesday"). A round's milestones are compared with a round's, a deal's with a deal's. Two dates of one milestone in different sentences that share no day are flagged. References
 * that single out another deal ("the previous contract", "the 2019 agreement", "its first deal") are left
 * out, as are announcements "of" something named after them ("the May 9 announcement of its results"). The
 * lines of a timeline ("- Sept. 26, 2022: Supply contract signed.") date the milestone they tell, compared
 * with the body's within three months.
 * The claims are not needed: this catches what the claim readers miss when the milestone is told by a
 * participle or a noun.
 */
public final class DealMilestoneDateRule implements Rule {

    private static final String DEAL = "(?:contract|agreement|deal|pact|accord|acquisition|takeover|merger|purchase"
            + "|transaction|partnership|sale|tie-up|alliance|funding round|round|financing)";
    private static final String DET = "(?:the|its|their|this)";
    /** One optional modifier between the determiner and the deal noun, captured to be vetted. */
    private static final String MOD = "(?:([\\w-]+)\\s+)?";
    /** Before the date: a preposition, or none before a relative one ("announced the round last Wednesday"). */
    private static final String AT = "(?:(?:on|in|at the end of|in early|in late|late on|early on)\\s+|\\s?)$";

    private enum Milestone {
        ANNOUNCEMENT("announcement"), SIGNING("signing"), CLOSING("closing"), DEBUT("first day of trading");

        final String noun;

        Milestone(String noun) {
            this.noun = noun;
        }
    }

    private record Cue(Milestone milestone, Pattern before) {
    }

    /** Words right before a date that tie it to a milestone of the deal. */
    private static final List<Cue> BEFORE = List.of(
            new Cue(Milestone.SIGNING, Pattern.compile("\\b(?:signed|inked)\\s+" + DET + "\\s+" + MOD + DEAL + "\\s+" + AT)),
            new Cue(Milestone.SIGNING, Pattern.compile("\\b" + DET + "\\s+" + MOD + DEAL
                    + ",?\\s+(?:which\\s+|that\\s+)?(?:was\\s+)?(?:signed|inked)\\s+" + AT)),
            // "the agreement, which Hanseong said it signed on Tuesday"
            new Cue(Milestone.SIGNING, Pattern.compile("\\b" + DET + "\\s+" + MOD + DEAL
                    + ",?\\s+(?:which|that)\\s+(?:[a-z][\\w-]*\\s+){1,3}(?:said|says)\\s+(?:it|they)\\s+(?:had\\s+)?"
                    + "(?:signed|inked)\\s+" + AT)),
            new Cue(Milestone.ANNOUNCEMENT, Pattern.compile("\\b(?:announced|unveiled)\\s+" + DET + "\\s+" + MOD + DEAL
                    + "\\s+" + AT)),
            new Cue(Milestone.ANNOUNCEMENT, Pattern.compile("\\b" + DET + "\\s+" + MOD + DEAL
                    + ",?\\s+(?:which\\s+|that\\s+)?(?:was\\s+)?(?:announced|unveiled)\\s+" + AT)),
            new Cue(Milestone.CLOSING, Pattern.compile("\\b(?:completed|closed|finali[sz]ed)\\s+" + DET + "\\s+" + MOD
                    + DEAL + "\\s+" + AT)),
            new Cue(Milestone.CLOSING, Pattern.compile("\\b" + DET + "\\s+" + MOD + DEAL
                    + ",?\\s+(?:which\\s+|that\\s+)?(?:closed|was completed|was closed|was finali[sz]ed)\\s+" + AT)),
            new Cue(Milestone.DEBUT, Pattern.compile("\\b(?:debut(?:ed|s)?|(?:begin|begins|began|start|starts|started)"
                    + "\\s+trading)(?:\\s+on\\s+(?:the\\s+)?[\\w&.'-]+(?:\\s+[\\w&.'-]+){0,3}?)?\\s+" + AT)));
    /** Right after a date: the milestone's noun, the date being its modifier ("the May 9 announcement"). */
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+(announcement|signing|closing|debut)\\b(?!\\s+of\\b)");
    /** After a weekday: its own milestone ("Wednesday's announcement of the deal" names the deal told). */
    private static final Pattern DAYS_NOUN_AFTER = Pattern.compile("^['\u2019]s\\s+(announcement|signing|closing|debut)\\b"
            + "(?!\\s+of\\b(?!\\s+the\\s+(?:deal|agreement|acquisition|merger|takeover|contract|transaction)\\b))");
    private static final Pattern POSSESSOR_BEFORE = Pattern.compile("(?:\\b(?:the|its|their)|['’]s)\\s+$");
    /** Modifiers that single out another deal than the story's. */
    private static final Set<String> OTHER_DEAL = Set.of("first", "new", "previous", "earlier", "original", "second",
            "initial", "old", "existing", "current", "revised", "extended", "renewed", "separate", "other", "prior",
            "last", "latest", "preliminary", "definitive", "final", "binding", "non-binding", "amended", "third");
    /** A lede that tells an agreement (not a closing), whose telling dates the announcement. */
    private static final Pattern AGREES = Pattern.compile("\\b(agreed to|agrees to|will buy|will acquire|is buying"
            + "|to buy|to acquire|struck a deal|signed a deal|reached a deal|reached an agreement|had raised|has raised"
            + "|raised)\\b");
    private static final Pattern DONE = Pattern.compile("\\b(completed|closed|finali[sz]ed|first announced|first disclosed"
            + "|first reported|previously announced|announced in)\\b");
    private static final Pattern TELLING_BEFORE = Pattern.compile("\\b(?:said|announced|confirmed)(?:\\s+in\\s+an?\\s+"
            + "(?:statement|filing|regulatory filing|stock exchange filing|press release|release))?\\s+(?:on|late on"
            + "|early on)\\s+$");

    /** A milestone's date and what it is of: "round" (money raised), "deal", or "any" when the words do not say. */
    private record Dated(Milestone milestone, String of, Mention date, boolean timeline) {
        Dated(Milestone milestone, String of, Mention date) {
            this(milestone, of, date, false);
        }

        /**
         * Same milestone of the same kind of thing. A timeline lists distinct events, so two of its lines are
         * never one milestone, and a line is taken for the body's milestone only when their dates lie within
         * {@link #TIMELINE_WINDOW_DAYS} (a signing years apart is another deal's).
         */
        boolean sameThing(Dated o) {
            if (timeline && o.timeline) {
                return false;
            }
            if ((timeline || o.timeline) && Math.abs(date.time().begin().toEpochDay()
                    - o.date.time().begin().toEpochDay()) > TIMELINE_WINDOW_DAYS) {
                return false;
            }
            return milestone == o.milestone && (of.equals(o.of) || of.equals("any") || o.of.equals("any"));
        }
    }

    private static final int TIMELINE_WINDOW_DAYS = 92;

    private static final Pattern ROUND = Pattern.compile("\\b(round|financing|raised)\\b");

    @Override
    public String name() {
        return "DEAL_MILESTONE_DATE";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Dated> dated = new ArrayList<>();
        for (Mention m : ctx.mentions(MentionType.DATE)) {
            if (ctx.isFurniture(m.sentence()) || m.time() == null || m.time().begin() == null
                    || m.time().end() == null) {
                continue;
            }
            Dated d = milestone(ctx, m);
            if (d != null) {
                dated.add(d);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            for (int j = i + 1; j < dated.size(); j++) {
                Dated a = dated.get(i);
                Dated b = dated.get(j);
                if (a.sameThing(b) && a.date().sentence() != b.date().sentence()
                        && !a.date().time().overlaps(b.date().time())) {
                    out.add(finding(ctx, a, b));
                }
            }
        }
        return out;
    }

    private static Dated milestone(Context ctx, Mention m) {
        Span s = ctx.sentenceSpan(m.sentence());
        String before = ctx.lower(Math.max(s.start(), m.start() - 80), m.start());
        for (Cue cue : BEFORE) {
            Matcher c = cue.before().matcher(before);
            if (c.find() && (c.groupCount() == 0 || c.group(1) == null || !otherDeal(c.group(1)))) {
                return new Dated(cue.milestone(), ROUND.matcher(c.group()).find() ? "round" : "deal", m);
            }
        }
        Dated entry = timelineEntry(ctx, m);
        if (entry != null) {
            return entry;
        }
        Matcher noun = NOUN_AFTER.matcher(ctx.lower(m.end(), Math.min(s.end(), m.end() + 30)));
        Matcher owned = DAYS_NOUN_AFTER.matcher(ctx.lower(m.end(), Math.min(s.end(), m.end() + 30)));
        if (owned.lookingAt() && m.text().matches("(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)")) {
            noun = owned; // "Wednesday's announcement"
        } else if (!(noun.lookingAt()
                && POSSESSOR_BEFORE.matcher(ctx.lower(Math.max(s.start(), m.start() - 20), m.start())).find())) {
            noun = null;
        }
        if (noun != null) {
            Milestone milestone = switch (noun.group(1)) {
                case "announcement" -> Milestone.ANNOUNCEMENT;
                case "signing" -> Milestone.SIGNING;
                case "closing" -> Milestone.CLOSING;
                default -> Milestone.DEBUT;
            };
            return new Dated(milestone, "any", m);
        }
        if (ctx.isLede(m.sentence()) && TELLING_BEFORE.matcher(before).find()) {
            String sentence = ctx.lower(s.start(), s.end());
            Matcher agrees = AGREES.matcher(sentence);
            if (agrees.find() && !DONE.matcher(sentence).find()) {
                return new Dated(Milestone.ANNOUNCEMENT, ROUND.matcher(agrees.group()).find() ? "round" : "deal", m);
            }
        }
        return null;
    }

    /** The start of a line of a timeline, before its date: nothing, or a bullet. */
    private static final Pattern ENTRY_START = Pattern.compile("(?:^|\\n)[ \\t]*(?:[-*\u2022\u2013\u2014][ \\t]*)?$");
    /** After a timeline entry's date: a colon or dash, then what happened (group 1). */
    private static final Pattern ENTRY_TEXT = Pattern.compile("^\\s*[:\u2013\u2014-]\\s*([^\\n]{1,100})");
    private static final Pattern ENTRY_DEAL = Pattern.compile("\\b" + DEAL + "s?\\b");
    private static final Pattern ENTRY_SIGNED = Pattern.compile("\\b(signed|signs|inked|inks)\\b");
    private static final Pattern ENTRY_ANNOUNCED = Pattern.compile("\\b(announced|announces|unveiled|unveils)\\b");
    private static final Pattern ENTRY_CLOSED = Pattern.compile("\\b(completed|completes|closed|closes|finali[sz]ed)\\b");
    private static final Pattern ENTRY_DEBUT = Pattern.compile("\\b((begin|begins|began|start|starts|started) trading"
            + "|debut(s|ed)?)\\b");
    private static final Pattern ENTRY_OTHER = Pattern.compile("\\b(first|previous|earlier|original|initial|prior|old"
            + "|existing|separate|another|rival|expected|planned|scheduled|due|could|may|might|talks|proposal|offer)\\b");

    /**
     * A line of a timeline: "- Sept. 26, 2022: Supply contract signed.", "March 3 - Deal announced", "April
     * 9: Shares begin trading on the Nasdaq". What the line says happened (a signing, an announcement or a
     * closing of a deal, a first day of trading) is the milestone its date is of. Lines about another or a
     * planned deal ("first", "previous", "expected") are left out.
     */
    private static Dated timelineEntry(Context ctx, Mention m) {
        if (!ENTRY_START.matcher(ctx.lower(Math.max(0, m.start() - 8), m.start())).find()) {
            return null;
        }
        Matcher e = ENTRY_TEXT.matcher(ctx.lower(m.end(), m.end() + 110));
        if (!e.lookingAt()) {
            return null;
        }
        String text = e.group(1);
        if (ENTRY_OTHER.matcher(text).find()) {
            return null;
        }
        String of = ROUND.matcher(text).find() ? "round" : "deal";
        if (ENTRY_DEBUT.matcher(text).find()) {
            return new Dated(Milestone.DEBUT, "any", m, true);
        }
        if (!ENTRY_DEAL.matcher(text).find()) {
            return null;
        }
        if (ENTRY_SIGNED.matcher(text).find()) {
            return new Dated(Milestone.SIGNING, of, m, true);
        }
        if (ENTRY_ANNOUNCED.matcher(text).find()) {
            return new Dated(Milestone.ANNOUNCEMENT, of, m, true);
        }
        if (ENTRY_CLOSED.matcher(text).find()) {
            return new Dated(Milestone.CLOSING, of, m, true);
        }
        return null;
    }

    private static boolean otherDeal(String modifier) {
        String w = modifier.toLowerCase(Locale.ROOT);
        return OTHER_DEAL.contains(w) || w.matches("\\d{4}s?|\\d+(st|nd|rd|th)");
    }

    private Finding finding(Context ctx, Dated a, Dated b) {
        String message = String.format(Locale.ROOT, "The deal's %s is dated \"%s\" (%s) in one place and \"%s\" (%s) "
                + "in another.", a.milestone().noun, a.date().text(), a.date().time().value(), b.date().text(),
                b.date().time().value());
        List<Span> spans = List.of(a.date().span(), b.date().span());
        return new Finding(FindingType.DATE_CONFLICT, Severity.WARNING, message, spans, ctx.claimsCovering(spans),
                name());
    }
}
