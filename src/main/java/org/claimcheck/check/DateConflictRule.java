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
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Role;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * DATE_CONFLICT: two claims in different sentences that speak of one event state dates that share no
 * day (granularity respected: "February" and "February 16" agree). Same class and parties are not
 * enough, since partners sign many deals; the claims must also name one figure ("up to $50 billion" and
 * "$50 billion", not "up to $50 billion" and "$38 billion"), or be an
 * acquisition of one target by one buyer, the signing of one merger agreement by two companies, or the
 * appointment of one person to one post by one company (each happens once); and they must tell of the same stage of the deal
 * ({@link SameEvent#samePhase}: agreement, approval and closing fall on different days; with one figure named,
 * a stage left unnamed fits any). Both dates must be stated by the claims'
 * own words: times carried over from "the same day" or "a week later" are {@link SequenceConflictRule}'s.
 */
public final class DateConflictRule implements Rule {

    private static final Pattern MERGER_AGREEMENT = Pattern.compile("\\b(merger|acquisition|takeover|definitive|purchase)"
            + " agreement\\b");
    private static final Pattern TITLE = Pattern.compile("\\b(co-)?(chief executive(?: officer)?s?|ceos?|chief financial"
            + " officer|cfo|chief operating officer|coo|chief technology officer|cto|chair(?:man|woman|person)?"
            + "|president|executive vice chair)\\b");

    @Override
    public String name() {
        return "DATE_CONFLICT";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Claim> claims = ctx.claims().stream().filter(SameEvent::explicitTime).toList();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                if (a.sentence() != b.sentence() && SameEvent.compatible(a, b, false)
                        && !SameEvent.timesAgree(a.time().value(), b.time().value()) && sameIdentity(ctx, a, b)) {
                    out.add(finding(ctx, a, b));
                }
            }
        }
        return out;
    }

    private static boolean sameIdentity(Context ctx, Claim a, Claim b) {
        if (SameEvent.sameFigure(ctx, a, b)) {
            return SameEvent.phasesCompatible(ctx, a, b);
        }
        if (!SameEvent.samePhase(ctx, a, b)) {
            return false;
        }
        Set<String> agents = SameEvent.names(a.partiesWithRole(Role.AGENT));
        boolean sameAgents = agents.equals(SameEvent.names(b.partiesWithRole(Role.AGENT)));
        Set<String> patients = SameEvent.names(a.partiesWithRole(Role.PATIENT));
        Set<String> otherPatients = SameEvent.names(b.partiesWithRole(Role.PATIENT));
        if (SameEvent.takeover(a) && SameEvent.takeover(b)) {
            return sameAgents && !patients.isEmpty() && patients.equals(otherPatients);
        }
        if (mergerAgreement(ctx, a) && mergerAgreement(ctx, b)) {
            Set<String> parties = SameEvent.names(a.parties());
            return parties.size() >= 2 && parties.equals(SameEvent.names(b.parties()));
        }
        if (a.eventClass() == EventClass.APPOINT && b.eventClass() == EventClass.APPOINT) {
            Set<String> titles = titles(ctx, a);
            patients.retainAll(otherPatients);
            return sameAgents && !agents.isEmpty() && !patients.isEmpty() && !titles.isEmpty()
                    && titles.equals(titles(ctx, b));
        }
        return false;
    }

    /**
     * Signing the merger agreement of two companies: it is signed once ("signed their merger agreement on
     * October 20" and "sign the merger agreement" on another day cannot both hold).
     */
    private static boolean mergerAgreement(Context ctx, Claim c) {
        return SameEvent.phase(ctx, c) == SameEvent.Phase.AGREEMENT
                && MERGER_AGREEMENT.matcher(ctx.lower(c.span().start(), c.span().end())).find();
    }

    /**
     * The posts a clause names, normalized ("co-chief executives" and "co-CEOs" are both "co-ceo"): one
     * person is named to one post by one company once.
     */
    static Set<String> titles(Context ctx, Claim c) {
        Matcher m = TITLE.matcher(ctx.lower(c.span().start(), c.span().end()));
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            String post = m.group(2);
            String norm = post.startsWith("chief executive") || post.startsWith("ceo") ? "ceo"
                    : post.startsWith("chief financial") || post.equals("cfo") ? "cfo"
                    : post.startsWith("chief operating") || post.equals("coo") ? "coo"
                    : post.startsWith("chief technology") || post.equals("cto") ? "cto"
                    : post.startsWith("chair") ? "chair" : post;
            out.add((m.group(1) == null ? "" : "co-") + norm);
        }
        return out;
    }

    private Finding finding(Context ctx, Claim a, Claim b) {
        boolean firm = SameEvent.sameSource(a, b) && a.eventClass() == b.eventClass();
        Span sa = ctx.mention(a.time().mention()).span();
        Span sb = ctx.mention(b.time().mention()).span();
        String message = String.format(Locale.ROOT,
                "The same %s involving %s is dated \"%s\" (%s) in one place and \"%s\" (%s) in another.",
                a.eventClass().noun(), SameEvent.partyList(a),
                ctx.facts().text(sa), a.time().value().value(), ctx.facts().text(sb), b.time().value().value());
        return new Finding(FindingType.DATE_CONFLICT, firm ? Severity.ERROR : Severity.WARNING, message,
                List.of(sa, sb), List.of(a.id(), b.id()), name());
    }
}
