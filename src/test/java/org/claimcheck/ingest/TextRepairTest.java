package org.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import org.claimcheck.model.Span;
import org.junit.jupiter.api.Test;

class TextRepairTest {

    /** Checks the invariants every repair must keep, whatever the input. */
    static RepairedText checked(String body) {
        RepairedText r = TextRepair.repair(body, Set.of("Northwind"));
        String t = r.text();
        for (int i = 0; i < t.length(); i++) {
            int o = r.map().toBody(i);
            assertTrue(o >= 0 && o < body.length(), "offset in range");
            if (i > 0) {
                assertTrue(o >= r.map().toBody(i - 1), "offsets never go backwards");
            }
        }
        return r;
    }

    @Test
    void splitsMonthGluedToName() {
        String body = "Northwind grew. In MarchNorthwind agreed to buy Contoso.";
        RepairedText r = checked(body);
        assertTrue(r.text().contains("In March Northwind agreed"), r.text());
        int at = r.text().indexOf("Northwind agreed");
        Span s = r.map().toBody(at, at + "Northwind".length());
        assertEquals("Northwind", s.of(body));
    }

    @Test
    void splitsLowercaseGlueIntoWordsTheArticleUses() {
        String body = "They signed the agreement. The CEO praised the agreementadding that it helps.";
        RepairedText r = checked(body);
        assertTrue(r.text().contains("the agreement adding that"), r.text());
    }

    @Test
    void splitsAcronymGluedToLowercase() {
        String body = "OpenAI said so. Amazon invested in OpenAIpending approval.";
        RepairedText r = checked(body);
        assertTrue(r.text().contains("in OpenAI pending approval"), r.text());
    }

    @Test
    void splitsALinkedOutletGluedToItsReportingVerb() {
        String body = "Astral Peak bought 7% of the company, TechCrunchreported, citing a person familiar.";
        RepairedText r = checked(body);
        assertTrue(r.text().contains("company, TechCrunch reported, citing"), r.text());
        // a capitalised word that merely ends in such letters, and is no camel-cased name, stays whole
        String plain = "Aforesaid terms apply. Unsaid things remain.";
        assertEquals(plain, checked(plain).text());
    }

    @Test
    void leavesRealWordsAlone() {
        String body = "JPMorgan and YouTube met at the interoperability summit in McLean. iPhone sales rose.";
        assertEquals(body, checked(body).text());
    }

    @Test
    void undoesDoubledWordsAndLetters() {
        String body = "The The Financial Times said. IIn October it grew. He said that that was fine.";
        RepairedText r = checked(body);
        assertTrue(r.text().startsWith("The Financial Times said."), r.text());
        assertTrue(r.text().contains(" In October it grew."), r.text());
        assertTrue(r.text().contains("that that was fine"), r.text());
        int at = r.text().indexOf("Financial");
        assertEquals("Financial", r.map().toBody(at, at + 9).of(body));
    }

    @Test
    void blanksFurnitureButKeepsLength() {
        String body = "Northwind bought Contoso on Monday.\nTechSummit event\nBerlin, Germany\n|\nJune 9-11, 2026\n"
                + "The deal closed.\nWhen you buy through links on our site, we may earn a commission.\n";
        RepairedText r = checked(body);
        assertEquals(body.length(), r.text().length());
        assertFalse(r.text().contains("Berlin"));
        assertFalse(r.text().contains("2026"));
        assertFalse(r.text().contains("commission"));
        assertTrue(r.text().contains("The deal closed."));
        assertEquals(4, r.furniture().size() - 1, "ad block lines plus the affiliate line: " + r.furniture());
    }

    @Test
    void keepsTitleAndSingleHeadings() {
        String body = "Northwind buys Contoso\n\nNorthwind said on Monday it would buy Contoso.\nThe timeline\n"
                + "In May the talks began.\n";
        assertEquals(body, checked(body).text());
    }

    @Test
    void randomInputKeepsInvariants() {
        long seed = 20261127L;
        Random rnd = new Random(seed);
        String[] pieces = {"The", "the", "OpenAI", "pending", "October", "agreement", "adding", " ", " ", "\n", "|",
            "$5", "billion", ".", "IIn", "In", "MarchFt", "x", "é", "—"};
        for (int k = 0; k < 300; k++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
                if (rnd.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String body = sb.toString();
            try {
                checked(body);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + " case " + k + ": " + body, e);
            }
        }
    }
}
