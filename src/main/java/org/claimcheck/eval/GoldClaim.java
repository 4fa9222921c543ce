package org.claimcheck.eval;

import java.util.List;
import java.util.Objects;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Money;
import org.claimcheck.model.Role;
import org.claimcheck.model.Span;

/**
 * One gold claim.
 *
 * @param time        the TIMEX3 value the event holds at, or null
 * @param attribution who says so, or null when the article asserts it itself
 */
public record GoldClaim(Span trigger, String triggerText, EventClass event, String lemma, List<Participant> parties,
                        List<Money> money, String time, Source attribution, Modality modality) {

    public GoldClaim {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(modality, "modality");
        parties = List.copyOf(parties);
        money = List.copyOf(money);
    }

    /** A named party with its role in the claim. */
    public record Participant(String name, Role role) {
    }

    /** An attribution: the source's name and the cue's lemma ("say", "according to"). */
    public record Source(String source, String cue) {
    }
}
