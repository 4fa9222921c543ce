package org.claimcheck.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;

/**
 * Runs a list of {@link Rule}s over an article and returns their findings sorted by position and with
 * duplicates merged: two findings of one type over the same spans are one finding (claim ids joined).
 */
public final class Checker {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.spans().isEmpty() ? Integer.MAX_VALUE : f.spans().get(0).start())
            .thenComparing(Finding::type)
            .thenComparing(f -> f.spans().toString())
            .thenComparing(Finding::rule, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::message);

    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A checker with {@link #defaultRules()}. */
    public static Checker withDefaultRules() {
        return new Checker(defaultRules());
    }

    /** Every rule claimcheck ships: one or more per finding type. */
    public static List<Rule> defaultRules() {
        return List.of(new DateConflictRule(), new AmountConflictRule(), new DealPriceRule(), new RestatementRule(),
                new DealValueRule(), new OfferPriceRule(), new SumMismatchRule(),
                new DurationMismatchRule(), new SequenceConflictRule(), new PercentConflictRule(),
                new RoleConflictRule(), new FoundingDateRule(), new DealStagesRule(), new ListingStagesRule(),
                new DealMilestoneDateRule(), new CountSumRule(), new BeforeAfterRule(), new CareerSequenceRule(),
                new LegalSequenceRule(), new ReviewSequenceRule(), new OrderDeliveryRule(),
                new GrowthRateRule(), new ShareSaleRule());
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The findings of every rule on {@code facts}, sorted and de-duplicated. */
    public List<Finding> check(ArticleFacts facts) {
        List<Finding> all = new ArrayList<>();
        for (Rule r : rules) {
            all.addAll(r.apply(facts));
        }
        all.sort(ORDER);
        Map<String, Finding> merged = new LinkedHashMap<>();
        for (Finding f : all) {
            String key = f.type() + " " + f.spans();
            merged.merge(key, f, Checker::join);
        }
        return List.copyOf(merged.values());
    }

    /** {@code facts} with its findings replaced by {@link #check}'s. */
    public ArticleFacts annotate(ArticleFacts facts) {
        return facts.withFindings(check(facts));
    }

    private static Finding join(Finding kept, Finding dropped) {
        TreeSet<String> ids = new TreeSet<>(Comparator.comparing(Checker::claimOrder)
                .thenComparing(Comparator.naturalOrder()));
        ids.addAll(kept.claims());
        ids.addAll(dropped.claims());
        if (Objects.equals(List.copyOf(ids), kept.claims())) {
            return kept;
        }
        return new Finding(kept.type(), kept.severity(), kept.message(), kept.spans(), List.copyOf(ids),
                kept.rule());
    }

    /** "c12" sorts after "c2". */
    private static int claimOrder(String id) {
        String digits = id.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
