package org.claimcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeantimeDateTest {

    @Test
    void readsIsoAndDayFirstCreationTimes() {
        assertEquals(LocalDate.of(2008, 3, 27), MeantimeReader.parseDate("2008-03-27"));
        assertEquals(LocalDate.of(2009, 2, 3), MeantimeReader.parseDate("03-02-2009"));
        assertNull(MeantimeReader.parseDate("2009"));
        assertNull(MeantimeReader.parseDate(null));
    }

    @Test
    void fallsBackOnTheDateline() {
        assertEquals(LocalDate.of(2007, 9, 1), MeantimeReader.parseDateline("September 01 , 2007"));
        assertEquals(LocalDate.of(2007, 9, 1), MeantimeReader.parseDateline("September 1, 2007"));
        assertNull(MeantimeReader.parseDateline("Airbus wins a contract"));
    }
}
