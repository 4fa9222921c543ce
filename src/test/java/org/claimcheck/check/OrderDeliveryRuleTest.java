package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

class OrderDeliveryRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new OrderDeliveryRule().apply(f);
    }

    private static ArticleFacts order(String body, String delivered, String value) {
        FactsBuilder b = new FactsBuilder(body);
        b.date("March 2023", "2023-03");
        b.date(delivered, value);
        return b.build();
    }

    @Test
    void whatWasOrderedIsNotDeliveredBeforeTheOrder() {
        String body = "Skyward ordered 40 A321neo jets in March 2023. The first of the jets was delivered in %s.";
        ArticleFacts f = order(String.format(java.util.Locale.ROOT, body, "2022"), "2022", "2022");
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.SEQUENCE_CONFLICT, found.get(0).type());
        assertTrue(run(order(String.format(java.util.Locale.ROOT, body, "2025"), "2025", "2025")).isEmpty(),
                "delivered after the order");
    }

    @Test
    void aFleetAlreadyFlownIsAnotherDelivery() {
        String body = "Skyward ordered 40 A321neo jets in March 2023. It took delivery of its first Airbus planes in "
                + "2012.";
        assertTrue(run(order(body, "2012", "2012")).isEmpty());
    }
}
