package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Role;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;

/**
 * SEQUENCE_CONFLICT: a deal is agreed before it is completed. A completion (closing) of one deal dated
 * wholly before its agreement ("Acme agreed to buy Beta in April 2026" and "Acme completed its acquisition of
 * Beta in March 2026") cannot hold. The two claims must be of one deal: one buyer taking over one target,
 * or the same class with two shared parties and no role contradiction; both dated by their own words; both
 * told as done (asserted or reported, not expected or conditional), the agreement in words that say so
 * ("agreed", "signed", "its agreement to buy"), not merely in the future tense.
 */
public final class DealStagesRule implements Rule {

    private static final Set<Modality> DONE = Set.of(Modality.ASSERTED, Modality.REPORTED);

    @Override
    public String name() {
        return "DEAL_STAGES";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Claim> claims = ctx.claims().stream().filter(SameEvent::explicitTime).filter(SameEvent::usable).toList();
        List<Finding> out = new ArrayList<>();
        for (Claim agreed : claims) {
            if (SameEvent.phase(ctx, agreed) != SameEvent.Phase.AGREEMENT || !SameEvent.agreedInWords(ctx, agreed)
                    || !DONE.contains(agreed.modality())) {
                continue;
            }
            for (Claim closed : claims) {
                if (closed.sentence() == agreed.sentence() || !DONE.contains(closed.modality())
                        || SameEvent.phase(ctx, closed) != SameEvent.Phase.CLOSING || !oneDeal(agreed, closed)) {
                    continue;
                }
                TimeValue a = agreed.time().value();
                TimeValue c = closed.time().value();
                if (c.end() != null && a.begin() != null && c.end().isBefore(a.begin())) {
                    out.add(finding(ctx, agreed, closed));
                }
            }
        }
        return out;
    }

    private static boolean oneDeal(Claim a, Claim b) {
        if (SameEvent.takeover(a) && SameEvent.takeover(b)) {
            Set<String> patients = SameEvent.names(a.partiesWithRole(Role.PATIENT));
            return !patients.isEmpty() && patients.equals(SameEvent.names(b.partiesWithRole(Role.PATIENT)))
                    && SameEvent.names(a.partiesWithRole(Role.AGENT)).equals(SameEvent.names(b.partiesWithRole(Role.AGENT)));
        }
        return SameEvent.compatible(a, b, false);
    }

    private Finding finding(Context ctx, Claim agreed, Claim closed) {
        Span sa = ctx.mention(agreed.time().mention()).span();
        Span sc = ctx.mention(closed.time().mention()).span();
        String message = String.format(Locale.ROOT, "The %s involving %s is completed on \"%s\" (%s), before it was "
                + "agreed on \"%s\" (%s).", closed.eventClass().noun(), SameEvent.partyList(closed),
                ctx.facts().text(sc), closed.time().value().value(), ctx.facts().text(sa), agreed.time().value().value());
        return new Finding(FindingType.SEQUENCE_CONFLICT, Severity.ERROR, message, List.of(sa, sc),
                List.of(agreed.id(), closed.id()), name());
    }
}
