package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

class FoundingDateRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new FoundingDateRule().apply(f);
    }

    /** Kestrel founded in {@code first}, then a second sentence about its founding in {@code second}. */
    private static ArticleFacts kestrel(String secondSentence, String first, String firstValue, String second,
                                        String secondValue) {
        FactsBuilder b = new FactsBuilder("Kestrel, which was founded in " + first + " by two chemists, raised money. "
                + secondSentence);
        b.org("Kestrel", "Kestrel");
        int y1 = b.date(first, firstValue);
        b.claim("founded", EventClass.OTHER).lemma("found").patient("Kestrel").time(y1);
        b.date(second, secondValue);
        return b.build();
    }

    @Test
    void aCompanyFoundedInTwoYears() {
        ArticleFacts f = kestrel("Since its founding in 2018, it has grown.", "2015", "2015", "2018", "2018");
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.DATE_CONFLICT, found.get(0).type());
        assertEquals(List.of("2015", "2018"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void agreeingDatesAndOtherFoundingsRaiseNothing() {
        assertTrue(run(kestrel("The company was established in March 2015.", "2015", "2015", "March 2015", "2015-03"))
                .isEmpty(), "a year and a month of it agree");
        assertTrue(run(kestrel("Its Boston lab was set up in 2018.", "2015", "2015", "2018", "2018")).isEmpty(),
                "a lab's founding is not the company's");
        FactsBuilder b = new FactsBuilder("Kestrel, which was founded in 2015, raised money. Arden, founded in 2011, "
                + "led the round.");
        b.org("Kestrel", "Kestrel");
        int y = b.date("2015", "2015");
        b.claim("founded", EventClass.OTHER).lemma("found").patient("Kestrel").time(y);
        b.org("Arden", "Arden");
        b.date("2011", "2011");
        assertTrue(run(b.build()).isEmpty(), "another company named before its own founding date");
    }
}
