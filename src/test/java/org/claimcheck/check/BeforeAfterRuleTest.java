package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

/** Events told as before or after a listing or a closing, against the milestone's own date. */
class BeforeAfterRuleTest {

    private static ArticleFacts facts(String body, String roundYear) {
        FactsBuilder b = new FactsBuilder(body);
        b.date("March 2023", "2023-03");
        b.date(roundYear, roundYear);
        return b.build();
    }

    @Test
    void aRoundBeforeTheListingDatedAfterItIsFlagged() {
        String body = "Lumacell listed its shares on the Kosdaq market in March 2023. Before going public, the company "
                + "raised 620 billion won in a private round in 2024.";
        ArticleFacts f = facts(body, "2024");
        List<Finding> found = new BeforeAfterRule().apply(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.SEQUENCE_CONFLICT, found.get(0).type());
        assertEquals(List.of("March 2023", "2024"), found.get(0).spans().stream().map(f::text).toList());
        assertTrue(new BeforeAfterRule().apply(facts(body.replace("2024", "2022"), "2022")).isEmpty(),
                "a round in 2022 comes before a March 2023 listing");
    }

    @Test
    void anEventAfterTheListingDatedBeforeItIsFlaggedAndOneAfterIsNot() {
        String body = "Lumacell went public in March 2023. After its IPO, it opened a plant in 2022.";
        assertEquals(1, new BeforeAfterRule().apply(facts(body, "2022")).size());
        assertTrue(new BeforeAfterRule().apply(facts(body.replace("2022", "2024"), "2024")).isEmpty());
    }

    @Test
    void anEventFollowingAMergerDatedBeforeItsCompletionIsFlagged() {
        String body = "Harbor completed its merger with Calloway in March 2023. Following the merger, the group cut "
                + "1,200 jobs in 2022.";
        assertEquals(1, new BeforeAfterRule().apply(facts(body, "2022")).size());
        assertTrue(new BeforeAfterRule().apply(facts(body.replace("2022", "2024"), "2024")).isEmpty());
    }

    @Test
    void anEventFollowingTheAnnouncementIsNotDatedBeforeIt() {
        String body = "Corvane announced the deal on Monday after markets closed. Its shareholders approved the new shares "
                + "at a special meeting on %s, following the announcement of the agreement.";
        for (String meeting : List.of("March 9", "March 29")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, meeting));
            b.date("Monday", "2023-03-13");
            b.date(meeting, meeting.equals("March 9") ? "2023-03-09" : "2023-03-29");
            List<Finding> found = new BeforeAfterRule().apply(b.build());
            assertEquals(meeting.equals("March 9") ? 1 : 0, found.size(), meeting + ": " + found);
        }
    }
}
