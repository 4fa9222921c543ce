package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * acquisition of one target by one buyer (which happens once). Both dates must be stated by the claims'
 * own words: times carried over from "the same day" or "a week later" are {@link SequenceConflictRule}'s.
 */
public final class DateConflictRule implements Rule {

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
                        && !a.time().value().overlaps(b.time().value()) && sameIdentity(ctx, a, b)) {
                    out.add(finding(ctx, a, b));
                }
            }
        }
        return out;
    }

    private static boolean sameIdentity(Context ctx, Claim a, Claim b) {
        if (SameEvent.sameFigure(ctx, a, b)) {
            return true;
        }
        return a.eventClass() == EventClass.ACQUIRE && b.eventClass() == EventClass.ACQUIRE
                && SameEvent.names(a.partiesWithRole(Role.AGENT)).equals(SameEvent.names(b.partiesWithRole(Role.AGENT)))
                && SameEvent.names(a.partiesWithRole(Role.PATIENT)).equals(SameEvent.names(b.partiesWithRole(Role.PATIENT)))
                && !a.partiesWithRole(Role.PATIENT).isEmpty();
    }

    private Finding finding(Context ctx, Claim a, Claim b) {
        boolean firm = SameEvent.sameSource(a, b) && a.eventClass() == b.eventClass();
        Span sa = ctx.mention(a.time().mention()).span();
        Span sb = ctx.mention(b.time().mention()).span();
        String message = String.format(Locale.ROOT,
                "The same %s involving %s is dated \"%s\" (%s) in one place and \"%s\" (%s) in another.",
                a.eventClass().name().toLowerCase(Locale.ROOT), SameEvent.partyList(a),
                ctx.facts().text(sa), a.time().value().value(), ctx.facts().text(sb), b.time().value().value());
        return new Finding(FindingType.DATE_CONFLICT, firm ? Severity.ERROR : Severity.WARNING, message,
                List.of(sa, sb), List.of(a.id(), b.id()), name());
    }
}
