package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Role;
import org.claimcheck.model.Severity;
import org.claimcheck.model.TimeValue;

/**
 * DATE_CONFLICT: a company is founded once, so two founding dates that share no day cannot both hold
 * ("Kestrel, which was founded in 2015 ..." and "Since its founding in 2018, Kestrel has ..."). The company
 * is the one organization the article's founding claims ("found", "co-found", "establish", "set up")
 * are about; its founding dates are read from the words ("founded in 2015", "its founding in 2018",
 * "established in March 2019"), in sentences that name it last before the founding word, or, when it is
 * the only company the claims say was founded, that name no party before the founding word and speak of it
 * by a pronoun or description ("its", "the company", "which was").
 */
public final class FoundingDateRule implements Rule {

    private static final Set<String> FOUNDING_LEMMAS = Set.of("found", "co-found", "cofound", "establish", "set up");
    /** A founding and its date: "founded in 2015", "was established in March 2019", "its founding in 2018". */
    private static final Pattern FOUNDED = Pattern.compile("\\b(?:(?:co-?)?founded|established|set up|incorporated"
            + "|(?:founding|foundation|inception|creation)\\s+in)\\s+(?:in\\s+)?(?:(?:early|late|mid-)\\s*)?");
    /** Words that make a founding another one: a relaunch, a predecessor, a unit or a parent. */
    private static final Pattern OTHER_FOUNDING = Pattern.compile("\\b(re-?founded|re-?established|relaunched|predecessor"
            + "|parent|unit|subsidiary|division|lab|fund|office|plant|factory|venture|joint venture)\\b");
    /** A pronoun or description that may stand for the company before the founding word. */
    private static final Pattern REFERS = Pattern.compile("\\b(its|it|which|the company|the firm|the start-?up"
            + "|the group|the business|the bank|the lender|the maker)\\b");

    @Override
    public String name() {
        return "FOUNDING_DATE";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        Set<String> founded = new TreeSet<>();
        for (Claim c : ctx.claims()) {
            if (FOUNDING_LEMMAS.contains(c.lemma())) {
                for (ClaimParty p : c.partiesWithRole(Role.PATIENT)) {
                    if (p.kind() == PartyKind.ORGANIZATION) {
                        founded.add(p.name());
                    }
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (String company : founded) {
            List<Mention> dates = new ArrayList<>();
            for (Mention d : ctx.mentions(MentionType.DATE)) {
                if (d.time() != null && d.time().resolved() && foundingDateOf(ctx, d, company, founded.size() == 1)) {
                    dates.add(d);
                }
            }
            Finding f = conflict(ctx, company, dates);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** The first two founding dates of {@code company} that share no day, as a finding; null if all agree. */
    private Finding conflict(Context ctx, String company, List<Mention> dates) {
        for (int i = 0; i < dates.size(); i++) {
            for (int j = i + 1; j < dates.size(); j++) {
                Mention a = dates.get(i);
                Mention b = dates.get(j);
                if (a.sentence() != b.sentence() && !SameEvent.timesAgree(a.time(), b.time())) {
                    return finding(company, a, b, ctx);
                }
            }
        }
        return null;
    }

    /**
     * Whether DATE mention {@code d} dates the founding of {@code company}: named as the last party before the
     * founding word, or, when it is the only company founded in the article ({@code only}), referred to there.
     */
    private static boolean foundingDateOf(Context ctx, Mention d, String company, boolean only) {
        int sentenceStart = ctx.sentenceSpan(d.sentence()).start();
        String before = ctx.lower(Math.max(sentenceStart, d.start() - 40), d.start());
        Matcher m = FOUNDED.matcher(before);
        int at = -1;
        while (m.find()) {
            if (m.end() == before.length()) {
                at = d.start() - before.length() + m.start();
            }
        }
        if (at < 0) {
            return false;
        }
        String lead = ctx.lower(sentenceStart, at);
        if (OTHER_FOUNDING.matcher(ctx.lower(Math.max(sentenceStart, at - 30), d.end())).find()) {
            return false;
        }
        Mention nearest = null;
        for (Mention p : ctx.mentions(d.sentence(), MentionType.PARTY)) {
            if (p.end() <= at && (nearest == null || p.start() > nearest.start())) {
                nearest = p;
            }
        }
        if (nearest != null && nearest.party().name().equals(company)) {
            // the company is the last party named before the founding word, with no other noun phrase's
            // pronoun in between
            return !ctx.lower(nearest.end(), at).matches("(?s).*\\b(its|their)\\s+(rival|partner|parent|investor"
                    + "|backer|customer|supplier)\\b.*");
        }
        return only && nearest == null && REFERS.matcher(lead).find();
    }

    private Finding finding(String company, Mention a, Mention b, Context ctx) {
        TimeValue ta = a.time();
        TimeValue tb = b.time();
        String message = String.format(Locale.ROOT, "%s is said to have been founded in \"%s\" (%s) and in \"%s\" (%s).",
                company, a.text(), ta.value(), b.text(), tb.value());
        return new Finding(FindingType.DATE_CONFLICT, Severity.ERROR, message, List.of(a.span(), b.span()),
                ctx.claimsCovering(List.of(a.span(), b.span())), name());
    }
}
