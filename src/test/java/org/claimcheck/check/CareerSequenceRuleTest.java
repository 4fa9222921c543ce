package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

class CareerSequenceRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new CareerSequenceRule().apply(f);
    }

    private static ArticleFacts since(String body, String sinceYear, String joinYear, String joiner) {
        FactsBuilder b = new FactsBuilder(body);
        b.person("Ashby", "Tom Ashby", null, null);
        b.org("Brightline", "Brightline");
        b.date(sinceYear, sinceYear);
        b.person(joiner, joiner.equals("Ashby") ? "Tom Ashby" : "Ruth Kemp", null, null);
        b.org("Brightline", "Brightline");
        b.org("Nationwide", "Nationwide");
        b.date(joinYear, joinYear);
        return b.build();
    }

    @Test
    void nobodyIsInPostAtACompanyBeforeJoiningIt() {
        String body = "Ashby, 58, has been Brightline's finance chief since 2015. Ashby joined Brightline from Nationwide "
                + "in 2017 as deputy finance director.";
        ArticleFacts f = since(body, "2015", "2017", "Ashby");
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.SEQUENCE_CONFLICT, found.get(0).type());
        assertEquals(List.of("2015", "2017"), found.get(0).spans().stream().map(f::text).toList());

        String early = "Ashby, 58, has been Brightline's finance chief since 2015. Ashby joined Brightline from "
                + "Nationwide in 2013 as deputy finance director.";
        assertTrue(run(since(early, "2015", "2013", "Ashby")).isEmpty(), "joined first, promoted later");
        String other = "Ashby, 58, has been Brightline's finance chief since 2015. Kemp joined Brightline from "
                + "Nationwide in 2017 as deputy finance director.";
        assertTrue(run(since(other, "2015", "2017", "Kemp")).isEmpty(), "another person");
    }

    private static ArticleFacts left(String body, String leftYear, String joinYear) {
        FactsBuilder b = new FactsBuilder(body);
        b.person("Raman", "Priya Raman", null, null);
        b.org("Bexley Mutual", "Bexley Mutual");
        b.org("Halvard Group", "Halvard Group");
        b.date(leftYear, leftYear);
        b.person("Raman", "Priya Raman", null, null);
        b.org("Halvard Group", "Halvard Group");
        b.org("Deutsche Bank", "Deutsche Bank");
        b.date(joinYear, joinYear);
        return b.build();
    }

    @Test
    void nobodyLeavesACompanyBeforeJoiningIt() {
        String body = "Raman will start in September. She runs Bexley Mutual, which she joined after leaving insurer "
                + "Halvard Group, where she was finance chief until she stepped down in %s. Raman %s Halvard Group from "
                + "Deutsche Bank in %s.";
        ArticleFacts f = left(String.format(java.util.Locale.ROOT, body, "2018", "joined", "2019"), "2018", "2019");
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("2018", "2019"), found.get(0).spans().stream().map(f::text).toList());
        assertTrue(run(left(String.format(java.util.Locale.ROOT, body, "2023", "joined", "2019"), "2023", "2019")).isEmpty(),
                "left after joining");
        assertTrue(run(left(String.format(java.util.Locale.ROOT, body, "2018", "rejoined", "2019"), "2018", "2019")).isEmpty(),
                "a return is a second joining");
    }
}
