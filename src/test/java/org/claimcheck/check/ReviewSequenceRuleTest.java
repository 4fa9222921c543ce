package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

class ReviewSequenceRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new ReviewSequenceRule().apply(f);
    }

    private static ArticleFacts review(String body, String cleared, String clearedValue, String second) {
        FactsBuilder b = new FactsBuilder(body);
        b.org("European Commission", "European Commission");
        b.date(cleared, clearedValue);
        b.date("March 3, 2025", "2025-03-03");
        b.org(second, second);
        return b.build();
    }

    @Test
    void aRegulatorClearsADealOnlyAfterItIsNotified() {
        String body = "The European Commission waved the deal through in %s without conditions.\n\n"
                + "**March 3, 2025**: The parties formally notify the transaction to the %s.";
        ArticleFacts f = review(String.format(java.util.Locale.ROOT, body, "February", "European Commission"),
                "February", "2025-02", "European Commission");
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.SEQUENCE_CONFLICT, found.get(0).type());
        assertEquals(List.of("February", "March 3, 2025"), found.get(0).spans().stream().map(f::text).toList());
        assertTrue(run(review(String.format(java.util.Locale.ROOT, body, "April", "European Commission"), "April",
                "2025-04", "European Commission")).isEmpty(), "cleared after the notification");
        assertTrue(run(review(String.format(java.util.Locale.ROOT, body, "February", "Competition Bureau"), "February",
                "2025-02", "Competition Bureau")).isEmpty(), "two regulators, two reviews");
    }

    @Test
    void aClearanceStillExpectedIsNoStepTaken() {
        String body = "The European Commission is expected to approve the deal in February.\n\n"
                + "**March 3, 2025**: The parties formally notify the transaction to the European Commission.";
        assertTrue(run(review(body, "February", "2025-02", "European Commission")).isEmpty());
    }
}
