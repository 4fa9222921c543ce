package org.claimcheck.check;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;

/**
 * One kind of internal contradiction the {@link Checker} looks for. A rule reads an article's facts
 * (mentions, claims, sentences and the body text) and returns the findings it is sure enough of; it must
 * be deterministic and must not assume the claims are complete.
 */
public interface Rule {

    /** The rule's name as it appears in {@link Finding#rule()} (upper snake case, e.g. {@code SUM_MISMATCH}). */
    String name();

    /** The findings this rule raises on one article, in any order. */
    List<Finding> apply(ArticleFacts facts);
}
