package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

class ListingStagesRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new ListingStagesRule().apply(f);
    }

    /** An offering priced on June 23 and a roadshow launched on {@code roadshow}. */
    private static ArticleFacts listing(String roadshow, String value) {
        FactsBuilder b = new FactsBuilder("Cobaltline priced the offering late on June 23, selling 38 million shares. "
                + "The company launched its roadshow on " + roadshow + " with a range of $24 to $27 a share.");
        b.date("June 23", "2026-06-23");
        b.date(roadshow, value);
        return b.build();
    }

    @Test
    void aRoadshowLaunchedAfterTheOfferingWasPriced() {
        ArticleFacts f = listing("June 24", "2026-06-24");
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.SEQUENCE_CONFLICT, found.get(0).type());
        assertEquals(List.of("June 23", "June 24"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void stepsInOrderRaiseNothing() {
        assertTrue(run(listing("June 12", "2026-06-12")).isEmpty());
        assertTrue(run(listing("June 23", "2026-06-23")).isEmpty(), "the same day");
    }
}
