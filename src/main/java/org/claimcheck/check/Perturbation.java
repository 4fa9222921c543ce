package org.claimcheck.check;

import java.util.List;
import java.util.Objects;
import org.claimcheck.model.Article;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Span;

/**
 * One labelled contradiction injected into an article by {@link Perturber}.
 *
 * @param article     the perturbed article (same id with a suffix, same date)
 * @param type        the kind of contradiction injected
 * @param spans       every side of the contradiction in the perturbed body, in body order
 * @param changed     the span whose text was altered or inserted (one of {@code spans})
 * @param operation   how it was made: "change" (one of two statements altered in place), "restate" (a copy
 *                    of a sentence with a changed value inserted), "break-sum", "break-duration",
 *                    "break-sequence"
 * @param description one sentence for people: what was changed from what to what
 */
public record Perturbation(Article article, FindingType type, List<Span> spans, Span changed, String operation,
                           String description) {

    public Perturbation {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(changed, "changed");
        spans = spans.stream().sorted().distinct().toList();
        if (!spans.contains(changed)) {
            throw new IllegalArgumentException("the changed span must be one of the spans");
        }
    }
}
