package org.claimcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * One assertion in one clause of an article.
 *
 * @param id          article-unique id ("c1", "c2", ... in text order)
 * @param span        the clause's extent in the body
 * @param lemma       the head predicate's lemma ("invest")
 * @param trigger     where the head predicate is
 * @param money       indices of MONEY mentions the clause states
 * @param percents    indices of PERCENT mentions the clause states
 * @param time        when the event holds, or null
 * @param attribution who says so, or null when the article asserts it itself
 * @param mentions    indices of every mention the claim uses, ascending
 */
public record Claim(String id, int sentence, Span span, String lemma, EventClass eventClass, Span trigger,
                    List<ClaimParty> parties, List<Integer> money, List<Integer> percents, ClaimTime time,
                    Attribution attribution, Modality modality, List<Integer> mentions) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(eventClass, "eventClass");
        Objects.requireNonNull(modality, "modality");
        parties = List.copyOf(parties);
        money = List.copyOf(money);
        percents = List.copyOf(percents);
        mentions = List.copyOf(mentions);
    }

    public List<ClaimParty> partiesWithRole(Role role) {
        return parties.stream().filter(p -> p.role() == role).toList();
    }
}
