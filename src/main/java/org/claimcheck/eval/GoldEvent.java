package org.claimcheck.eval;

import java.util.List;
import java.util.Objects;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Span;

/**
 * An annotated event mention (from MEANTIME) with its named participants and time anchors.
 *
 * @param head         the event mention's tokens
 * @param predicate    the annotated predicate lemma
 * @param participants Arg0/Arg1 participants that are named organizations or persons; an event without
 *                     any is not scored, and predictions on it are ignored
 * @param anchors      TIMEX3 DATE values the event is placed in by a TLINK (not the creation time)
 */
public record GoldEvent(Span head, String text, String predicate, List<Participant> participants,
                        List<String> anchors) {

    public GoldEvent {
        Objects.requireNonNull(head, "head");
        participants = List.copyOf(participants);
        anchors = List.copyOf(anchors);
    }

    /** True when the event has a named participant, the condition for scoring it. */
    public boolean named() {
        return !participants.isEmpty();
    }

    /**
     * One participant: the PropBank role ("Arg0", "Arg1"), the entity's names and the spans of every
     * mention that refers to it (so a prediction may point at the pronoun or at a name).
     */
    public record Participant(String role, PartyKind kind, List<String> names, List<Span> mentions) {
        public Participant {
            names = List.copyOf(names);
            mentions = List.copyOf(mentions);
        }
    }
}
