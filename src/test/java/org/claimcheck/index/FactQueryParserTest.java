package org.claimcheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactQueryParserTest {

    private final FactQueryParser parser = new FactQueryParser(FactDocuments.analyzer());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "amount:10X                 | 8  | cannot read amount '10X'",
        "amount:>=10X               | 10 | cannot read amount '10X'",
        "party:x amount:[1B TO zz]  | 23 | cannot read amount 'zz'",
        "date:2026-13               | 6  | cannot read date '2026-13'",
        "date:2026-Q5               | 6  | cannot read date '2026-Q5'",
        "date:>=soon                | 8  | cannot read date 'soon'",
        "percent:lots               | 9  | cannot read percentage 'lots'",
        "prty:Amazon                | 1  | unknown field 'prty'",
        "event:invest prty:Amazon   | 14 | unknown field 'prty'",
        "party:                     | 7  | the query ends too early",
        "party:(Amazon              | 14 | the query ends too early",
        "\"stateful runtime         | 18 | unclosed quote or bracket",
        "amount:[\"$1 billion\" TO EUR5bn] | 25 | amount range mixes USD and EUR",
        "party:x ) y                | 9  | unexpected ')'",
    })
    void badQueriesSayWhatAndWhere(String query, int column, String what) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> parser.parse(query));
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("column " + column + ": " + what), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void emptyQueryIsRefused() {
        assertEquals("empty query", assertThrows(QuerySyntaxException.class, () -> parser.parse("  ")).getMessage());
    }

    @Test
    void colonComparisonsEqualLuceneComparisons() {
        assertEquals(parser.parse("amount>=10B date<2026").toString(),
                parser.parse("amount:>=10B date:<2026").toString());
    }

    @Test
    void claimsOnlyUnlessTypeIsNamed() {
        assertTrue(parser.parse("party:x").toString().contains("#type:claim"));
        assertFalse(parser.parse("type:article party:x").toString().contains("type:claim"));
        assertTrue(parser.parse("-party:x").toString().contains("*:*"), "a purely negative query matches the rest");
    }
}
