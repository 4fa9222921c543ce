package org.claimcheck.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.ClaimTime;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Role;

/**
 * Event coreference: whether two claims can speak of one event. The tests are necessary conditions,
 * each a separate method so that rules can combine them with the evidence they need:
 * <ul>
 * <li>{@link #usable}: negated and hedged claims assert nothing that could be contradicted;</li>
 * <li>{@link #sameStance}: a forecast and an outcome, or a conditional tranche and a paid amount, are not
 * one event (asserted and reported count as one stance);</li>
 * <li>{@link #classesCompatible}: same event class, or a generic deal ("agree", "sign") against a
 * specific one (invest, acquire, license, pay, buy, sell);</li>
 * <li>{@link #partiesCompatible}: at least two shared parties, and within one event class no role
 * contradiction (Amazon investing in OpenAI is not Microsoft investing in OpenAI).</li>
 * </ul>
 */
final class SameEvent {

    private static final Set<EventClass> DEALS = Set.of(EventClass.INVEST, EventClass.ACQUIRE,
            EventClass.LICENSE, EventClass.PAY, EventClass.BUY, EventClass.SELL, EventClass.AGREE);
    private static final Set<EventClass> SPEECH = Set.of(EventClass.ANNOUNCE, EventClass.REPORT);

    private SameEvent() {
    }

    /** A claim that asserts something that could be contradicted. */
    static boolean usable(Claim c) {
        return c.modality() != Modality.NEGATED && c.modality() != Modality.HEDGED;
    }

    static boolean sameStance(Claim a, Claim b) {
        return stance(a) == stance(b);
    }

    private static Modality stance(Claim c) {
        return c.modality() == Modality.REPORTED ? Modality.ASSERTED : c.modality();
    }

    /**
     * Same class, or a generic agreement against a specific deal. With {@code speechCarriesDeal}, an
     * announcement or report that states an amount also matches a deal (its amount is the deal's); dates
     * never match that way, since the day of an announcement is not the day of the deal.
     */
    static boolean classesCompatible(Claim a, Claim b, boolean speechCarriesDeal) {
        EventClass x = a.eventClass();
        EventClass y = b.eventClass();
        if (x == y) {
            return true;
        }
        if ((x == EventClass.AGREE && DEALS.contains(y)) || (y == EventClass.AGREE && DEALS.contains(x))) {
            return true;
        }
        return speechCarriesDeal && ((SPEECH.contains(x) && DEALS.contains(y))
                || (SPEECH.contains(y) && DEALS.contains(x)));
    }

    /** Two or more shared party names, and no role contradiction within one non-agreement class. */
    static boolean partiesCompatible(Claim a, Claim b) {
        Set<String> shared = names(a.parties());
        shared.retainAll(names(b.parties()));
        if (shared.size() < 2) {
            return false;
        }
        if (a.eventClass() != b.eventClass() || a.eventClass() == EventClass.AGREE) {
            return true;
        }
        return !disjoint(a.partiesWithRole(Role.AGENT), b.partiesWithRole(Role.AGENT))
                && !disjoint(receivers(a), receivers(b));
    }

    /** All necessary conditions at once, for rules that need no more. */
    static boolean compatible(Claim a, Claim b, boolean speechCarriesDeal) {
        return a != b && usable(a) && usable(b) && sameStance(a, b)
                && classesCompatible(a, b, speechCarriesDeal) && partiesCompatible(a, b);
    }

    /** Lower-cased canonical party names, sorted. */
    static Set<String> names(List<ClaimParty> parties) {
        Set<String> out = new TreeSet<>();
        for (ClaimParty p : parties) {
            out.add(p.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** "Amazon and OpenAI", for messages. */
    static String partyList(Claim c) {
        Set<String> seen = new TreeSet<>();
        StringBuilder sb = new StringBuilder();
        for (ClaimParty p : c.parties()) {
            if (seen.add(p.name().toLowerCase(Locale.ROOT))) {
                sb.append(sb.length() == 0 ? "" : ", ").append(p.name());
            }
        }
        int last = sb.lastIndexOf(", ");
        return last < 0 ? sb.toString() : sb.replace(last, last + 2, " and ").toString();
    }

    /** True when the claim's time is a resolved date the claim's own words state. */
    static boolean explicitTime(Claim c) {
        ClaimTime t = c.time();
        return t != null && t.mention() >= 0 && t.value().resolved();
    }

    static boolean resolvedTime(Claim c) {
        return c.time() != null && c.time().value().resolved();
    }

    /** Whether the attributions name the same source (or neither has one). */
    static boolean sameSource(Claim a, Claim b) {
        String x = a.attribution() == null ? "" : a.attribution().source().toLowerCase(Locale.ROOT);
        String y = b.attribution() == null ? "" : b.attribution().source().toLowerCase(Locale.ROOT);
        return x.equals(y);
    }

    /** True when some money mention of {@code a} agrees with some money mention of {@code b}. */
    static boolean moneyAgrees(Context ctx, Claim a, Claim b) {
        for (int i : a.money()) {
            for (int j : b.money()) {
                if (Amounts.moneyAgrees(ctx.mention(i), ctx.mention(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when some money mention of {@code a} names the same figure as one of {@code b}. */
    static boolean sameFigure(Context ctx, Claim a, Claim b) {
        for (int i : a.money()) {
            for (int j : b.money()) {
                if (Amounts.sameFigure(ctx.mention(i), ctx.mention(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first pair (money of {@code a}, money of {@code b}) in one currency that disagrees, or null when
     * a pair agrees or none is comparable.
     */
    static Mention[] moneyConflict(Context ctx, Claim a, Claim b) {
        if (moneyAgrees(ctx, a, b)) {
            return null;
        }
        for (int i : a.money()) {
            for (int j : b.money()) {
                if (Amounts.moneyDisagrees(ctx.mention(i), ctx.mention(j))) {
                    return new Mention[] {ctx.mention(i), ctx.mention(j)};
                }
            }
        }
        return null;
    }

    private static List<ClaimParty> receivers(Claim c) {
        return c.parties().stream().filter(p -> p.role() == Role.PATIENT || p.role() == Role.RECIPIENT).toList();
    }

    private static boolean disjoint(List<ClaimParty> x, List<ClaimParty> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> s = names(x);
        s.retainAll(names(y));
        return s.isEmpty();
    }
}
