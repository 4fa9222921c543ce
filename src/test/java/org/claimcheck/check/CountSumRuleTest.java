package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

/** Counted totals (jobs, aircraft, stores) and the parts listed after them; sums worked out by hand. */
class CountSumRuleTest {

    private static List<Finding> run(String body) {
        return new CountSumRule().apply(new FactsBuilder(body).build());
    }

    @Test
    void regionsThatDoNotAddUpToTheJobsCutAreFlagged() {
        String body = "Nordvale said it would eliminate about 4,200 jobs over two years. About 1,800 of the positions "
                + "will go in Germany, its largest market, 1,300 in Britain and 900 across the Nordic countries.";
        ArticleFacts f = new FactsBuilder(body).build();
        List<Finding> found = new CountSumRule().apply(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.SUM_MISMATCH, found.get(0).type());
        assertEquals(List.of("4,200", "1,800", "1,300", "900"), found.get(0).spans().stream().map(f::text).toList());
        assertTrue(found.get(0).message().contains("4000"), found.get(0).message());
        assertTrue(run(body.replace("900 across", "1,100 across")).isEmpty(), "1,800 + 1,300 + 1,100 = 4,200");
    }

    @Test
    void anOrderComprisingTooFewAircraftIsFlagged() {
        String body = "The airline placed a firm order for 48 aircraft. The order is valued at $7.6 billion. "
                + "The deal comprises 32 Airbus A321neo narrowbodies for regional routes and 12 Boeing 787-9 widebodies.";
        assertEquals(1, run(body).size(), "32 + 12 = 44; model numbers are no counts");
        assertTrue(run(body.replace("12 Boeing", "16 Boeing")).isEmpty(), "32 + 16 = 48");
    }

    @Test
    void listsThatAreNotTheTotalsPartsAreLeftAlone() {
        assertTrue(run("Ford will cut 30,000 jobs by 2012. It will cut 30,000 jobs and 14 plants.").isEmpty(),
                "a restated total with a count of something else");
        assertTrue(run("Airbus expects to cut 4,300 jobs in France, 3,700 in Germany and 400 in Spain.").isEmpty(),
                "the count heads the list itself");
        assertTrue(run("Acme has 4,200 employees. It hired 300 in Germany and 200 in France.").isEmpty(),
                "parts far below the total speak of something else");
        assertTrue(run("Acme will close 120 stores, including 60 in Ohio and 50 in Texas.").isEmpty(),
                "'including' names only some of them");
    }
}
