package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Qualifier;
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

    @Test
    void aNearCopyConflictsEvenWhenTheChangedYearMadeItAForecast() {
        String body = "Daewon said it finished the tester line for conventional memory chips in 2024, ahead of its plan. "
                + "Daewon said it finished the tester line for conventional memory chips in 2027, ahead of its plan.";
        FactsBuilder b = new FactsBuilder(body);
        int y1 = b.date("2024", "2024");
        int y2 = b.date("2027", "2027");
        b.claim("finished", EventClass.OTHER).agent("Daewon").time(y1);
        b.claim("finished", EventClass.OTHER).agent("Daewon").time(y2).modality(Modality.FUTURE);
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(List.of("2024", "2027"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void aWordOfRepetitionInOnlyOneSentenceMakesTwoEvents() {
        String body = "Amazon invested $4 billion in Anthropic, the San Francisco developer of the Claude models, in 2023. "
                + "Amazon invested another $4 billion in Anthropic, the San Francisco developer of the Claude models, in 2024.";
        FactsBuilder b = new FactsBuilder(body);
        int d1 = b.date("2023", "2023");
        int d2 = b.date("2024", "2024");
        b.claim("invested", EventClass.INVEST).agent("Amazon").recipient("Anthropic").time(d1);
        b.claim("invested", EventClass.INVEST).agent("Amazon").recipient("Anthropic").time(d2);
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void aNearCopyWithTheSameWordOfRepetitionAndAnotherAmountConflicts() {
        String body = "It added $2.75 billion in March 2024 and committed another $4 billion in November 2024. "
                + "It added $2.75 billion in March 2024 and committed another $5 billion in November 2024.";
        FactsBuilder b = new FactsBuilder(body);
        b.org("It", "Amazon");
        int m1 = b.money("$4 billion", "4000000000");
        int t1 = b.date("November 2024", "2024-11");
        b.org("It", "Anthropic");
        int m2 = b.money("$5 billion", "5000000000");
        int t2 = b.date("November 2024", "2024-11");
        b.claim("committed", EventClass.AGREE).lemma("commit").agent("Amazon").money(m1).time(t1);
        b.claim("committed", EventClass.AGREE).lemma("commit").agent("Anthropic").money(m2).time(t2);
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.AMOUNT_CONFLICT, found.get(0).type());
        assertEquals(List.of("$4 billion", "$5 billion"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void theAmountsOfARestatedClausePairUpInOrder() {
        String body = "Daewon signed a 180 billion won (about $124 million) contract with SK Hynix on Tuesday. "
                + "Daewon signed a 180 billion won (about $198 million) contract with SK Hynix on Tuesday.";
        FactsBuilder b = new FactsBuilder(body);
        int w1 = b.moneyIn("180 billion won", "180000000000", "KRW");
        int d1 = b.money("$124 million", "124000000", Qualifier.APPROX);
        int w2 = b.moneyIn("180 billion won", "180000000000", "KRW");
        int d2 = b.money("$198 million", "198000000", Qualifier.APPROX);
        b.claim("signed", EventClass.AGREE).agent("Daewon").agent("SK Hynix").money(w1, d1);
        b.claim("signed", EventClass.AGREE).agent("Daewon").agent("SK Hynix").money(w2, d2);
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(FindingType.AMOUNT_CONFLICT, found.get(0).type());
        assertEquals(List.of("$124 million", "$198 million"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void twoEndsOfOneLicenceConflict() {
        String body = "Nokia and Lumora have signed a six-year patent licence through 2032, the companies said. "
                + "Nokia and Lumora have signed a six-year patent licence through 2035, the companies said.";
        FactsBuilder b = new FactsBuilder(body);
        int e1 = b.until("2032", "2032");
        int e2 = b.until("2035", "2035");
        b.claim("signed", EventClass.LICENSE).agent("Nokia").agent("Lumora").time(e1);
        b.claim("signed", EventClass.LICENSE).agent("Nokia").agent("Lumora").time(e2);
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(FindingType.DATE_CONFLICT, found.get(0).type());
    }

    @Test
    void aDescriptionResolvedDifferentlyIsStillTheSameStatement() {
        String body = "The cloud unit expects to deploy all of the capacity before the end of 2026, with room to grow. "
                + "The cloud unit expects to deploy all of the capacity before the end of 2029, with room to grow.";
        FactsBuilder b = new FactsBuilder(body);
        int e1 = b.date("2026", "2026");
        int e2 = b.date("2029", "2029");
        b.claim("deploy", EventClass.OTHER).agent("OpenAI").time(e1).modality(Modality.FUTURE);
        b.claim("deploy", EventClass.OTHER).agent("Amazon Web Services").time(e2).modality(Modality.FUTURE);
        assertEquals(1, run(b.build()).size());
    }

    @Test
    void aNearCopyIsComparedDateByDateWhateverTheClaimsWereAnchoredTo() {
        String body = "Tarn signed a term sheet on June 30 and paid for its shares four weeks later, on July 28, the chief "
                + "executive told reporters. Tarn signed a term sheet on June 30 and paid for its shares four weeks later, "
                + "on October 28, the chief executive told reporters.";
        FactsBuilder b = new FactsBuilder(body);
        int j1 = b.date("June 30", "2026-06-30");
        int d1 = b.date("July 28", "2026-07-28");
        b.date("June 30", "2026-06-30");
        b.date("October 28", "2025-10-28");
        b.claim("paid", EventClass.PAY).lemma("pay").agent("Tarn").time(d1);
        b.claim("paid", EventClass.PAY).lemma("pay").agent("Tarn").time(j1);
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(List.of("July 28", "October 28"), found.get(0).spans().stream().map(f::text).toList());
    }

    @Test
    void aSentenceCopiedWithOneValueChangedConflictsWithoutClaims() {
        String body = "Its most recent round, in 2022, valued it at $350 million, according to The Verge. The sale "
                + "closed. Its most recent round, in 2022, valued it at $490 million, according to The Verge.";
        FactsBuilder b = new FactsBuilder(body);
        b.date("2022", "2022");
        b.money("$350 million", "350000000");
        b.date("2022", "2022");
        b.money("$490 million", "490000000");
        ArticleFacts f = b.build();
        List<Finding> found = new RestatementRule().apply(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FindingType.AMOUNT_CONFLICT, found.get(0).type());
        assertEquals(List.of("$350 million", "$490 million"), found.get(0).spans().stream().map(f::text).toList());

        String two = body.replace("in 2022, valued it at $490", "in 2023, valued it at $490");
        FactsBuilder c = new FactsBuilder(two);
        c.date("2022", "2022");
        c.money("$350 million", "350000000");
        c.date("2023", "2023");
        c.money("$490 million", "490000000");
        assertTrue(new RestatementRule().apply(c.build()).isEmpty(), "two values changed: two rounds, not a copy");

        String shortOnes = "It raised $5 million. It closed. It raised $7 million.";
        FactsBuilder d = new FactsBuilder(shortOnes);
        d.money("$5 million", "5000000");
        d.money("$7 million", "7000000");
        assertTrue(new RestatementRule().apply(d.build()).isEmpty(), "a short formula may well be repeated");
    }
}
