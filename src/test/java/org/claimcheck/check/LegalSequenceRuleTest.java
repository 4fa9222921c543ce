package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

class LegalSequenceRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new LegalSequenceRule().apply(f);
    }

    private static ArticleFacts suit(String body, String ruling, String value) {
        FactsBuilder b = new FactsBuilder(body);
        b.date("May 2022", "2022-05");
        b.date(ruling, value);
        return b.build();
    }

    @Test
    void aCourtCannotRuleOnACaseBeforeItWasFiled() {
        String body = "The first lawsuits were filed in May 2022 and later combined. In %s, Whitfield rejected "
                + "ClearPath's bid to have the case thrown out.";
        ArticleFacts f = suit(String.format(java.util.Locale.ROOT, body, "February 2022"), "February 2022", "2022-02");
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.SEQUENCE_CONFLICT, found.get(0).type());
        assertEquals(List.of("May 2022", "February 2022"), found.get(0).spans().stream().map(f::text).toList());
        assertTrue(run(suit(String.format(java.util.Locale.ROOT, body, "February 2023"), "February 2023", "2023-02"))
                .isEmpty(), "ruled after the filing");
    }

    @Test
    void anotherCaseIsLeftAlone() {
        String body = "The lawsuits were filed in May 2022. In February 2022, a judge dismissed a similar case against "
                + "a rival.";
        assertTrue(run(suit(body, "February 2022", "2022-02")).isEmpty());
    }
}
