package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.junit.jupiter.api.Test;

class RestatementRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new RestatementRule().apply(f);
    }

    @Test
    void aSentenceRestatedWithAnotherDate() {
        String body = "Chrysler will close 789 dealerships in June, the company said. "
                + "Chrysler will close 789 dealerships in September, the company said.";
        FactsBuilder b = new FactsBuilder(body);
        int june = b.date("June", "2009-06");
        int sept = b.date("September", "2009-09");
        b.claim("close", EventClass.OTHER).agent("Chrysler").time(june);
        b.claim("close", EventClass.OTHER).agent("Chrysler").time(sept);
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(FindingType.DATE_CONFLICT, found.get(0).type());
        assertEquals(List.of("June", "September"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void aSentenceRestatedWithAnotherAmount() {
        String body = "Ford received $52.5 million from the government for its plant. "
                + "Ford received $80 million from the government for its plant.";
        FactsBuilder b = new FactsBuilder(body);
        int x = b.money("$52.5 million", "52500000");
        int y = b.money("$80 million", "80000000");
        b.claim("received", EventClass.EARN).agent("Ford").money(x);
        b.claim("received", EventClass.EARN).agent("Ford").money(y);
        List<Finding> found = run(b.build());
        assertEquals(1, found.size());
        assertEquals(FindingType.AMOUNT_CONFLICT, found.get(0).type());
    }

    @Test
    void tranchesAndDifferentWordingAreNotRestatements() {
        String body = "Amazon invested $4 billion in Anthropic in 2023. Amazon invested another $4 billion in Anthropic in 2024.";
        FactsBuilder b = new FactsBuilder(body);
        int x = b.money("$4 billion", "4000000000");
        int d1 = b.date("2023", "2023");
        int y = b.money("$4 billion", "4000000000");
        int d2 = b.date("2024", "2024");
        b.claim("invested", EventClass.INVEST).agent("Amazon").recipient("Anthropic").money(x).time(d1);
        b.claim("invested", EventClass.INVEST).agent("Amazon").recipient("Anthropic").money(y).time(d2);
        assertTrue(run(b.build()).isEmpty());
        String loose = "Ford received $52.5 million from the government for its plant in Geelong. "
                + "Analysts expect Ford received $80 million in tax credits overall as well.";
        FactsBuilder c = new FactsBuilder(loose);
        int p = c.money("$52.5 million", "52500000");
        int q = c.money("$80 million", "80000000");
        c.claim("received", EventClass.EARN).agent("Ford").money(p);
        c.claim("received", EventClass.EARN).agent("Ford").money(q);
        assertTrue(run(c.build()).isEmpty());
    }
}
