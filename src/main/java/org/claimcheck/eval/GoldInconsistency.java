package org.claimcheck.eval;

import java.util.List;
import java.util.Objects;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Span;

/** A place where a gold article contradicts itself: every side of the conflict and a one-line reason. */
public record GoldInconsistency(FindingType type, List<Span> spans, List<String> texts, String explanation) {
    public GoldInconsistency {
        Objects.requireNonNull(type, "type");
        spans = List.copyOf(spans);
        texts = List.copyOf(texts);
    }
}
