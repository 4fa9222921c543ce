package org.claimcheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTermsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026,       2026-01-01, 2026-12-31",
        "2026-02,    2026-02-01, 2026-02-28",
        "2024-02,    2024-02-01, 2024-02-29",
        "2026-02-16, 2026-02-16, 2026-02-16",
        "2026-Q1,    2026-01-01, 2026-03-31",
        "2026-q4,    2026-10-01, 2026-12-31",
        "2026-H2,    2026-07-01, 2026-12-31",
    })
    void readsDateTermsAsIntervals(String text, String begin, String end) {
        DateTerms.Interval iv = DateTerms.parse(text).orElseThrow();
        assertEquals(LocalDate.parse(begin), iv.begin());
        assertEquals(LocalDate.parse(end), iv.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "26", "2026-13", "2026-02-30", "2026-Q0", "2026-H3", "Feb 2026", "2026/02"})
    void refusesOtherForms(String text) {
        assertTrue(DateTerms.parse(text).isEmpty(), text);
    }
}
