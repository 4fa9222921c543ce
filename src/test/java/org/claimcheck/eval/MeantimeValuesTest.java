package org.claimcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Span;
import org.junit.jupiter.api.Test;

/** How the MEANTIME reader reads values written in other notations and wrappers around two values. */
class MeantimeValuesTest {

    @Test
    void readsOtherNotationsInTheTimexOne() {
        assertEquals("2009-02-03", MeantimeReader.normalizedValue("03-02-2009"));
        assertEquals("P5Y", MeantimeReader.normalizedValue("PY5"));
        assertEquals("P6M", MeantimeReader.normalizedValue("PM6"));
        assertEquals("P2.5Y", MeantimeReader.normalizedValue("PY2.5"));
    }

    @Test
    void keepsValuesAlreadyInTheTimexNotation() {
        for (String v : List.of("2009-02-03", "P5Y", "PT30M", "PXY", "PRESENT_REF", "2009-W14", "200", "FY2007",
                "XXXX-XX-XX", "2011-06-XX")) {
            assertEquals(v, MeantimeReader.normalizedValue(v));
        }
    }

    @Test
    void aWrapperAroundTwoAmountsIsUnscoredAndItsPartsAreScored() {
        // "$381 million, or $0.67 per share": body offsets of a sentence holding the three VALUE markables
        GoldMention whole = money(0, 22, "$381 million, or $0.67");
        GoldMention first = money(0, 12, "$381 million");
        GoldMention second = money(17, 22, "$0.67");
        GoldMention elsewhere = money(40, 50, "$6 billion");
        List<GoldMention> read = MeantimeReader.containersUnscored(List.of(whole, first, second, elsewhere));
        assertEquals(4, read.size());
        assertFalse(find(read, "$381 million, or $0.67").scored());
        assertTrue(find(read, "$381 million").scored());
        assertTrue(find(read, "$0.67").scored());
        assertTrue(find(read, "$6 billion").scored());
    }

    @Test
    void onlyMarkablesOfTheSameTypeMakeAContainer() {
        // "from 2009 to 2011" is a DURATION over two DATEs: all three are scored
        GoldMention span = new GoldMention(GoldType.DURATION, new Span(0, 17), "from 2009 to 2011", "P2Y", null, null);
        GoldMention y1 = new GoldMention(GoldType.DATE, new Span(5, 9), "2009", "2009", null, null);
        GoldMention y2 = new GoldMention(GoldType.DATE, new Span(13, 17), "2011", "2011", null, null);
        List<GoldMention> read = MeantimeReader.containersUnscored(List.of(span, y1, y2));
        assertTrue(read.stream().allMatch(GoldMention::scored), read::toString);
        // a long name holding a shorter one stays unscored, as before
        GoldMention longName = new GoldMention(GoldType.PARTY, new Span(0, 18), "Airbus parent EADS", null, null,
                PartyKind.ORGANIZATION);
        GoldMention shortName = new GoldMention(GoldType.PARTY, new Span(14, 18), "EADS", null, null,
                PartyKind.ORGANIZATION);
        List<GoldMention> names = MeantimeReader.containersUnscored(List.of(longName, shortName));
        assertFalse(find(names, "Airbus parent EADS").scored());
        assertTrue(find(names, "EADS").scored());
    }

    private static GoldMention money(int start, int end, String text) {
        return new GoldMention(GoldType.MONEY, new Span(start, end), text, null, null, null);
    }

    private static GoldMention find(List<GoldMention> list, String text) {
        return list.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }
}
