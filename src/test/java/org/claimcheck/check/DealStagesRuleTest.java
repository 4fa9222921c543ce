package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Modality;
import org.junit.jupiter.api.Test;

class DealStagesRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new DealStagesRule().apply(f);
    }

    /** Acme agrees to buy Beta at {@code agreed}, then completes the acquisition at {@code closed}. */
    private static ArticleFacts deal(String agreed, String agreedValue, String closed, String closedValue,
                                     Modality closing) {
        FactsBuilder b = new FactsBuilder("Acme agreed to buy Beta in " + agreed + ". Acme completed its acquisition "
                + "of Beta in " + closed + ".");
        int a = b.date(agreed, agreedValue);
        int c = b.date(closed, closedValue);
        b.claim("buy", EventClass.ACQUIRE).agent("Acme").patient("Beta").time(a);
        b.claim("completed", EventClass.ACQUIRE).lemma("complete").agent("Acme").patient("Beta").time(c)
                .modality(closing);
        return b.build();
    }

    @Test
    void aDealCompletedBeforeItWasAgreed() {
        ArticleFacts f = deal("April 2026", "2026-04", "March 2026", "2026-03", Modality.ASSERTED);
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.SEQUENCE_CONFLICT, found.get(0).type());
        assertEquals(List.of("April 2026", "March 2026"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void stagesInOrderOrOverlappingOrExpectedRaiseNothing() {
        assertTrue(run(deal("January 2026", "2026-01", "March 2026", "2026-03", Modality.ASSERTED)).isEmpty());
        assertTrue(run(deal("March 2026", "2026-03", "March 2026", "2026-03", Modality.ASSERTED)).isEmpty(),
                "the same month may hold both");
        assertTrue(run(deal("2026", "2026", "March 2026", "2026-03", Modality.ASSERTED)).isEmpty(),
                "a year that contains the closing");
        assertTrue(run(deal("April 2026", "2026-04", "March 2026", "2026-03", Modality.FUTURE)).isEmpty(),
                "a closing only expected");
    }
}
