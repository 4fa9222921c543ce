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
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * SEQUENCE_CONFLICT in a person's career at one organization: nobody holds a post at a company before joining
 * it, or leaves it before joining it. Three steps are read from the words around an organization's name:
 * <ul>
 * <li>joined: "Ashby joined Brightline from Nationwide in 2017";</li>
 * <li>in post since: "Ashby has been Brightline's finance chief since 2015", "has led Brightline since 2015";</li>
 * <li>left: "after leaving insurer Halvard Group, where she was finance chief until she stepped down in 2018",
 * "left Halvard in 2018".</li>
 * </ul>
 * The person is the one named before the verb in the sentence, or, for "he" or "she", the last person named
 * before it. A return ("rejoined", "returned to") is a second joining and sets the pair aside.
 */
public final class CareerSequenceRule implements Rule {

    private static final Pattern JOINED_BEFORE = Pattern.compile("\\bjoin(?:ed|s|ing)?\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,2}$");
    private static final Pattern LEFT_BEFORE = Pattern.compile("\\b(?:left|leaving|leaves|quit|quitting|departed|departing"
            + "|(?:stepped|stepping|steps) down (?:from|at)|resigned from|retired from)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,2}$");
    /** Between the organization and the year it was joined: "from Nationwide Building Society in ". */
    private static final Pattern JOIN_YEAR_GAP = Pattern.compile("^(?:\\s+from\\s+[^,;.]{1,60}?)?(?:\\s+as\\s+[^,;.]{1,50}?)?"
            + "\\s+in\\s+$");
    /** Between the organization and the year it was left: ", where she was finance chief until she stepped down in ". */
    private static final Pattern LEFT_YEAR_GAP = Pattern.compile("^(?:\\s+in\\s+|,?\\s+where\\s+(?:he|she)\\s+[^;.]{0,60}?"
            + "\\b(?:until|till|before (?:he|she) (?:left|stepped down) in|when (?:he|she) (?:left|stepped down) in"
            + "|(?:he|she) (?:left|stepped down) in)\\s+"
            + "|,?\\s+where\\s+(?:he|she)\\s+[^;.]{0,60}?\\buntil\\s+(?:he|she)\\s+(?:left|stepped down|resigned|retired)"
            + "\\s+in\\s+)$");
    /** Before an organization in post since a year: "has been Brightline's", "has led", "has worked at". */
    private static final Pattern SINCE_VERB = Pattern.compile("\\b(?:has|have) (?:been|led|run|headed|chaired|worked at"
            + "|worked for|served at|been with|been at)\\b");
    private static final Pattern SINCE_BEFORE = Pattern.compile("\\bsince\\s+$");
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|she)\\b");
    private static final Pattern RETURN = Pattern.compile("\\b(rejoin\\w*|re-join\\w*|return\\w*|came back|back to)\\b");

    private enum Step { JOINED, SINCE, LEFT }

    private record Told(Step step, String person, String org, Mention year, Span where) {
    }

    @Override
    public String name() {
        return "CAREER_SEQUENCE";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Told> told = new ArrayList<>();
        for (Mention org : ctx.mentions(MentionType.PARTY)) {
            if (org.party().kind() != PartyKind.ORGANIZATION) {
                continue;
            }
            Span sentence = ctx.sentenceSpan(org.sentence());
            String before = ctx.lower(Math.max(sentence.start(), org.start() - 40), org.start());
            if (JOINED_BEFORE.matcher(before).find()) {
                add(ctx, told, Step.JOINED, org, yearAfter(ctx, org, JOIN_YEAR_GAP), before);
            } else if (LEFT_BEFORE.matcher(before).find()) {
                add(ctx, told, Step.LEFT, org, yearAfter(ctx, org, LEFT_YEAR_GAP), before);
            }
            Mention since = sinceYear(ctx, org);
            if (since != null) {
                add(ctx, told, Step.SINCE, org, since, before);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Told joined : told) {
            if (joined.step() != Step.JOINED) {
                continue;
            }
            for (Told other : told) {
                if (other.step() == Step.JOINED || !samePerson(joined.person(), other.person())
                        || !DealPriceRule.sameParty(joined.org(), other.org())
                        || !other.year().time().end().isBefore(joined.year().time().begin())) {
                    continue;
                }
                String what = other.step() == Step.SINCE ? "in post at %s since %s" : "to have left %s in %s";
                String message = String.format(Locale.ROOT, "%s is said to have joined %s in %s but " + what
                                + ", before joining it.", joined.person(), joined.org(), joined.year().text(),
                        other.org(), other.year().text());
                List<Span> spans = List.of(joined.year().span(), other.year().span());
                out.add(new Finding(FindingType.SEQUENCE_CONFLICT, Severity.ERROR, message, spans,
                        ctx.claimsCovering(spans), name()));
            }
        }
        return out;
    }

    private static void add(Context ctx, List<Told> told, Step step, Mention org, Mention year, String before) {
        if (year == null || year.time() == null || !year.time().resolved() || ctx.isFurniture(org.sentence())) {
            return;
        }
        Span sentence = ctx.sentenceSpan(org.sentence());
        if (step == Step.JOINED && RETURN.matcher(ctx.lower(sentence.start(), sentence.end())).find()) {
            return;
        }
        String person = person(ctx, org);
        if (person != null) {
            told.add(new Told(step, person, org.party().name(), year, sentence));
        }
    }

    /** The first year after the organization whose gap matches {@code gap}, in its sentence. */
    private static Mention yearAfter(Context ctx, Mention org, Pattern gap) {
        int end = org.end();
        for (Mention d : ctx.mentions(org.sentence(), MentionType.DATE)) {
            if (d.start() >= end && gap.matcher(ctx.lower(end, d.start())).matches()) {
                return d;
            }
        }
        return null;
    }

    /** "has been Brightline's finance chief since 2015": the year after "since" in the clause naming the org. */
    private static Mention sinceYear(Context ctx, Mention org) {
        Span sentence = ctx.sentenceSpan(org.sentence());
        String lead = ctx.lower(Math.max(sentence.start(), org.start() - 30), org.start());
        if (!SINCE_VERB.matcher(lead).find()) {
            return null;
        }
        for (Mention d : ctx.mentions(org.sentence(), MentionType.DATE)) {
            if (d.start() > org.end() && d.start() - org.end() <= 60
                    && SINCE_BEFORE.matcher(ctx.lower(d.start() - 8, d.start())).find()
                    && !ctx.lower(org.end(), d.start()).matches(".*[,;].*")) {
                return d;
            }
        }
        return null;
    }

    /** The person the sentence says did it: named before the organization, or "he"/"she" for the last named. */
    private static String person(Context ctx, Mention org) {
        Span sentence = ctx.sentenceSpan(org.sentence());
        Mention named = null;
        for (Mention p : ctx.mentions(org.sentence(), MentionType.PARTY)) {
            if (p.party().kind() == PartyKind.PERSON && p.end() <= org.start()) {
                named = p;
            }
        }
        String lead = ctx.lower(named != null ? named.end() : sentence.start(), org.start());
        boolean byPronoun = PRONOUN.matcher(lead).find();
        if (named != null && !byPronoun) {
            return named.party().name();
        }
        if (!byPronoun) {
            return null;
        }
        Mention last = null;
        for (Mention p : ctx.mentions(MentionType.PARTY)) {
            if (p.party().kind() == PartyKind.PERSON && p.end() <= org.start()) {
                last = p;
            }
        }
        return last == null ? null : last.party().name();
    }

    /** "Priya Raman" and "Raman" are one person: the same last name. */
    private static boolean samePerson(String a, String b) {
        String[] x = Context.asciiLower(a).split("\\s+");
        String[] y = Context.asciiLower(b).split("\\s+");
        return x[x.length - 1].equals(y[y.length - 1]);
    }

}
