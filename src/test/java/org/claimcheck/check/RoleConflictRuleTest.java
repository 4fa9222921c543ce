package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Role;
import org.junit.jupiter.api.Test;

class RoleConflictRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new RoleConflictRule().apply(f);
    }

    @Test
    void onePersonTwoChiefTitlesFromText() {
        String body = "Amazon CEO Andy Jassy praised the deal. Andy Jassy, chief financial officer of Amazon, said more.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Amazon", "Amazon");
        b.person("Andy Jassy", "Andy Jassy", null, null);
        b.person("Andy Jassy", "Andy Jassy", null, null);
        b.org("Amazon", "Amazon");
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(FindingType.ROLE_CONFLICT, found.get(0).type());
        assertEquals(List.of("CEO", "chief financial officer"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void twoChiefExecutivesFromMentionTitles() {
        String body = "Microsoft CEO Satya Nadella spoke. Microsoft CEO Jane Smith answered.";
        FactsBuilder b = new FactsBuilder(body);
        b.person("Satya Nadella", "Satya Nadella", "CEO", "Microsoft");
        b.person("Jane Smith", "Jane Smith", "CEO", "Microsoft");
        assertEquals(1, run(b.build()).size());
    }

    @Test
    void compatibleTitlesAndChangesOfOfficeAreFine() {
        String body = "Microsoft CEO Satya Nadella spoke. Satya Nadella, chairman of Microsoft, answered.";
        FactsBuilder b = new FactsBuilder(body);
        b.person("Satya Nadella", "Satya Nadella", "CEO", "Microsoft");
        b.person("Satya Nadella", "Satya Nadella", "chairman", "Microsoft");
        assertTrue(run(b.build()).isEmpty());
        String change = "Microsoft CEO Jane Smith spoke. Former Microsoft CEO Steve Ballmer answered.";
        FactsBuilder c = new FactsBuilder(change);
        c.person("Jane Smith", "Jane Smith", "CEO", "Microsoft");
        c.person("Steve Ballmer", "Steve Ballmer", "CEO", "Microsoft");
        assertTrue(run(c.build()).isEmpty());
        String coChiefs = "Netflix co-CEO Ted Sarandos spoke. Netflix co-CEO Greg Peters answered.";
        FactsBuilder d = new FactsBuilder(coChiefs);
        d.person("Ted Sarandos", "Ted Sarandos", "CEO", "Netflix");
        d.person("Greg Peters", "Greg Peters", "CEO", "Netflix");
        assertTrue(run(d.build()).isEmpty());
    }

    @Test
    void possessiveTitlesWithoutACompanyMention() {
        String body = "Pellucid's chief executive, Dana Whitfield, will join Corvane. "
                + "\"We built it,\" said Marcus Oyelaran, Pellucid's chief executive, on Monday.";
        FactsBuilder b = new FactsBuilder(body);
        b.person("Dana Whitfield", "Dana Whitfield", null, null);
        b.org("Corvane", "Corvane");
        b.person("Marcus Oyelaran", "Marcus Oyelaran", null, null);
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(List.of("chief executive", "chief executive"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void aChangeOfOfficeNamingOnePersonBlocksOnlyThatPair() {
        String body = "Pellucid's chief executive, Dana Whitfield, spoke. Marcus Oyelaran, Pellucid's chief executive, "
                + "answered. Whitfield succeeded Oyelaran in May.";
        FactsBuilder b = new FactsBuilder(body);
        b.person("Dana Whitfield", "Dana Whitfield", null, null);
        b.person("Marcus Oyelaran", "Marcus Oyelaran", null, null);
        assertTrue(run(b.build()).isEmpty());
        String elsewhere = "Pellucid's chief executive, Dana Whitfield, spoke. Marcus Oyelaran, Pellucid's chief executive, "
                + "answered. Corvane has been buying since Ravi Chandrasekar took over in 2023.";
        FactsBuilder c = new FactsBuilder(elsewhere);
        c.person("Dana Whitfield", "Dana Whitfield", null, null);
        c.person("Marcus Oyelaran", "Marcus Oyelaran", null, null);
        c.person("Ravi Chandrasekar", "Ravi Chandrasekar", null, null);
        assertEquals(1, run(c.build()).size());
    }

    @Test
    void joiningAnotherCompanyIsNoChangeAtThisOne() {
        String body = "Pellucid's chief executive, Dana Whitfield, will join Corvane as head of automation. "
                + "Marcus Oyelaran, Pellucid's chief executive, said more.";
        FactsBuilder b = new FactsBuilder(body);
        b.person("Dana Whitfield", "Dana Whitfield", null, null);
        b.org("Corvane", "Corvane");
        b.person("Marcus Oyelaran", "Marcus Oyelaran", "CEO", "Pellucid");
        b.claim("join", EventClass.APPOINT).agent("Dana Whitfield").party("Corvane", Role.OTHER);
        assertEquals(1, run(b.build()).size());
        String named = body + " Pellucid named a new chief in May.";
        FactsBuilder c = new FactsBuilder(named);
        c.person("Dana Whitfield", "Dana Whitfield", null, null);
        c.person("Marcus Oyelaran", "Marcus Oyelaran", "CEO", "Pellucid");
        c.claim("named", EventClass.APPOINT).agent("Pellucid");
        assertTrue(run(c.build()).isEmpty());
    }
}
