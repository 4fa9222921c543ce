package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;
import org.junit.jupiter.api.Test;

class CheckerTest {

    private static final ArticleFacts EMPTY = new FactsBuilder("One sentence. Another sentence.").build();

    /** A rule that returns fixed findings. */
    private record Fixed(String name, List<Finding> findings) implements Rule {
        @Override
        public List<Finding> apply(ArticleFacts facts) {
            return findings;
        }
    }

    private static Finding finding(FindingType type, int start, String claim, String rule) {
        return new Finding(type, Severity.ERROR, "m", List.of(new Span(start, start + 3), new Span(20, 23)),
                List.of(claim), rule);
    }

    @Test
    void sortsByPositionThenType() {
        Finding late = finding(FindingType.DATE_CONFLICT, 10, "c1", "A");
        Finding early = finding(FindingType.SUM_MISMATCH, 2, "c2", "A");
        Finding earlyDate = finding(FindingType.DATE_CONFLICT, 2, "c3", "A");
        List<Finding> out = new Checker(List.of(new Fixed("A", List.of(late, early, earlyDate)))).check(EMPTY);
        assertEquals(List.of(earlyDate, early, late), out);
    }

    @Test
    void sameTypeAndSpansAreMergedWithTheirClaims() {
        Finding a = finding(FindingType.AMOUNT_CONFLICT, 2, "c10", "A");
        Finding b = finding(FindingType.AMOUNT_CONFLICT, 2, "c9", "B");
        List<Finding> out = new Checker(List.of(new Fixed("A", List.of(a)), new Fixed("B", List.of(b)))).check(EMPTY);
        assertEquals(1, out.size());
        assertEquals(List.of("c9", "c10"), out.get(0).claims());
        assertEquals("A", out.get(0).rule());
    }

    @Test
    void defaultRulesCoverEveryFindingType() {
        List<String> names = Checker.defaultRules().stream().map(Rule::name).sorted().toList();
        List<String> types = java.util.Arrays.stream(FindingType.values()).map(Enum::name).sorted().toList();
        assertTrue(names.containsAll(types), names.toString());
        assertEquals(names.size(), new java.util.TreeSet<>(names).size(), "rule names are unique");
    }
}
