package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

class ShareSaleRuleTest {

    private static List<Finding> run(String total, String value) {
        String body = "Axiom sold 36 million shares at $24 each, raising " + total + ", it said.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$24", "24");
        b.money(total, value);
        return new ShareSaleRule().apply(b.build());
    }

    @Test
    void sharesTimesPriceMakeTheTotalRaised() {
        List<Finding> found = run("$846 million", "846000000");
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.AMOUNT_CONFLICT, found.get(0).type());
        assertTrue(run("$864 million", "864000000").isEmpty(), "36 million x $24 = $864 million");
        assertTrue(run("$870 million", "870000000").isEmpty(), "a count of 36 million may be 36.4 million");
    }

    @Test
    void aTotalWithTheOverAllotmentIsLeftAlone() {
        String body = "Axiom sold 36 million shares at $24 each, raising $993 million including the over-allotment option.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$24", "24");
        b.money("$993 million", "993000000");
        assertTrue(new ShareSaleRule().apply(b.build()).isEmpty());
    }
}
