package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Span;
import org.junit.jupiter.api.Test;

class PerturberTest {

    private static void assertSpansHold(Perturbation p) {
        String body = p.article().body();
        for (Span s : p.spans()) {
            assertTrue(s.end() <= body.length(), "span inside body");
        }
    }

    @Test
    void restatesAClaimDateWithAnotherMonth() {
        String body = "Amazon agreed to invest in OpenAI in February.\nOther news followed.";
        FactsBuilder b = new FactsBuilder(body);
        int feb = b.date("February", "2026-02");
        b.claim("invest", EventClass.INVEST).agent("Amazon").recipient("OpenAI").time(feb);
        ArticleFacts f = b.build();
        Perturbation p = Perturber.perturb(f, FindingType.DATE_CONFLICT, 3);
        assertNotNull(p);
        assertEquals("restate", p.operation());
        assertSpansHold(p);
        String newBody = p.article().body();
        assertTrue(newBody.startsWith("Amazon agreed to invest in OpenAI in February.\n\nAmazon agreed to invest in OpenAI in "),
                newBody);
        String changed = p.changed().of(newBody);
        assertNotEquals("February", changed);
        assertEquals("February", p.spans().get(0).of(newBody));
        assertEquals(List.of("February", changed), p.spans().stream().map(s -> s.of(newBody)).toList());
    }

    @Test
    void changesTheSecondOfTwoStatementsOfAnAmount() {
        String body = "Pelican will pay $2.4 billion for Orbis. Analysts said the $2.4 billion price was high.";
        FactsBuilder b = new FactsBuilder(body);
        int first = b.money("$2.4 billion", "2400000000");
        b.money("$2.4 billion", "2400000000");
        b.claim("pay", EventClass.PAY).agent("Pelican").recipient("Orbis").money(first);
        Perturbation p = Perturber.perturb(b.build(), FindingType.AMOUNT_CONFLICT, 1);
        assertNotNull(p);
        assertEquals("change", p.operation());
        String newBody = p.article().body();
        assertTrue(newBody.startsWith("Pelican will pay $2.4 billion for Orbis. Analysts said the $"), newBody);
        String changed = p.changed().of(newBody);
        assertTrue(changed.matches("\\$\\d+(\\.\\d)? billion") && !changed.equals("$2.4 billion"), changed);
    }

    @Test
    void anEqualAmountOfAnotherEventIsNoRestatement() {
        // the forecast and the bond sale share a figure, not an event: changing one contradicts nothing
        String body = "Oracle expects revenue to grow to $18 billion. Oracle sold $18 billion of bonds in September.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("Oracle", "Oracle");
        int forecast = b.money("$18 billion", "18000000000");
        b.org("Oracle", "Oracle");
        int bonds = b.money("$18 billion", "18000000000");
        b.claim("grow", EventClass.EARN).agent("Oracle").money(forecast);
        b.claim("sold", EventClass.SELL).agent("Oracle").money(bonds);
        Perturbation p = Perturber.perturb(b.build(), FindingType.AMOUNT_CONFLICT, 1);
        assertNotNull(p);
        assertEquals("restate", p.operation(), "a changed copy of a claim's sentence, not a change to the bond sale");
        assertSpansHold(p);
    }

    @Test
    void breaksASumThatAddsUp() {
        String body = "The $600 million round is split between $350 million in equity and $250 million in debt.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$600 million", "600000000");
        b.money("$350 million", "350000000");
        b.money("$250 million", "250000000");
        ArticleFacts f = b.build();
        Perturbation p = Perturber.perturb(f, FindingType.SUM_MISMATCH, 2);
        assertNotNull(p);
        assertEquals(3, p.spans().size());
        assertSpansHold(p);
        assertTrue(new SumMismatchRule().apply(f).isEmpty());
    }

    @Test
    void breaksADurationAndLeavesArticlesWithoutOneAlone() {
        String body = "Ironbridge signed a six-year licence through 2032 with Corbel.";
        FactsBuilder b = new FactsBuilder(body);
        b.duration("six-year", "P6Y");
        b.date("2032", "2032");
        Perturbation p = Perturber.perturb(b.build(), FindingType.DURATION_MISMATCH, 5);
        assertNotNull(p);
        String changed = p.changed().of(p.article().body());
        assertTrue(changed.equals("nine-year") || changed.equals("ten-year"), changed);
        assertNull(Perturber.perturb(new FactsBuilder("Nothing here.").build(), FindingType.DURATION_MISMATCH, 5));
    }

    @Test
    void movesTheDateAfterARelativeCue() {
        String body = "The Commission cleared the deal on September 15, and Brennwald closed it a week later, on September 22.";
        FactsBuilder b = new FactsBuilder(body);
        b.date("September 15", "2026-09-15");
        b.date("September 22", "2026-09-22");
        Perturbation p = Perturber.perturb(b.build(), FindingType.SEQUENCE_CONFLICT, 1);
        assertNotNull(p);
        String newBody = p.article().body();
        assertEquals(List.of("September 15", "a week later"), p.spans().subList(0, 2).stream().map(s -> s.of(newBody)).toList());
        assertTrue(p.changed().of(newBody).endsWith(" 22") && !p.changed().of(newBody).startsWith("September"));
    }

    @Test
    void sameSeedSamePerturbation() {
        String body = "Amazon agreed to invest in OpenAI in February.";
        FactsBuilder b = new FactsBuilder(body);
        int feb = b.date("February", "2026-02");
        b.claim("invest", EventClass.INVEST).agent("Amazon").recipient("OpenAI").time(feb);
        ArticleFacts f = b.build();
        assertEquals(Perturber.perturb(f, 9), Perturber.perturb(f, 9));
    }
}
