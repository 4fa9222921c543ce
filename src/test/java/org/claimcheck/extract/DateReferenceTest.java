package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.ingest.OffsetMap;
import org.claimcheck.ingest.RepairedText;
import org.claimcheck.model.Annotation;
import org.claimcheck.model.Article;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;
import org.claimcheck.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates that refer to another one or are written short: "the day" of a trading report, "the last week of
 * March", "the past decade", "since '82", "earlier today". Expected values worked out by hand with a
 * calendar.
 */
class DateReferenceTest {

    private static TimeValue only(String text, String span, Tense tense, LocalDate anchor) {
        List<TimexCandidate> found = DateRecognizer.find(text);
        assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
        TimexCandidate c = found.get(0);
        assertEquals(span, text.substring(c.start(), c.end()));
        return DateResolver.resolve(c, anchor, tense);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // 2009-04-04 is a Saturday; the anchor given is the day the report is about
        "The Dow posted a gain, ending the day at 8,017.|the day|2009-04-03|2009-04-03",
        "The index fell 3.41% to end the day at 7,114.3.|the day|2009-02-23|2009-02-23",
        "The index gained 0.9% to finish the day at 5,210.17.|the day|2009-10-12|2009-10-12",
        "Following a large fall at the start of the day, the Dow recovered.|the start of the day|2008-10-10|2008-10-10",
        "Shares rose 3% on the day.|the day|2026-04-27|2026-04-27",
        "It rebounded late in the day.|late in the day|2007-08-10|2007-08-10",
    })
    void theDayIsTheDayReportedOn(String text, String span, String anchor, String value) {
        assertEquals(value, only(text, span, Tense.PAST, LocalDate.parse(anchor)).value());
    }

    @Test
    void otherDaysAreNotTheDayReportedOn() {
        assertTrue(DateRecognizer.find("They will seize the day. It ended the day before the vote.").isEmpty());
        assertTrue(DateRecognizer.find("It was the day that changed everything.").isEmpty());
    }

    @Test
    void theLastWeekOfAMonthIsItsLastFullWeek() {
        // March 2009 ends on Tuesday the 31st; its last Sunday is the 29th: Monday 23 to Sunday 29, ISO week 13
        TimeValue t = only("car sales rebounded in the last week of March.", "last week of March", Tense.PAST,
                LocalDate.of(2009, 4, 1));
        assertEquals("2009-W13", t.value());
        assertEquals(LocalDate.of(2009, 3, 23), t.begin());
        assertEquals(LocalDate.of(2009, 3, 29), t.end());
        // June 1, 2026 is a Monday; ISO week 1 of 2026 starts on Monday, December 29, 2025: 22 weeks later
        TimeValue first = only("in the first week of June 2026", "first week of June 2026", Tense.FUTURE,
                LocalDate.of(2026, 4, 27));
        assertEquals("2026-W23", first.value());
        assertEquals(LocalDate.of(2026, 6, 1), first.begin());
        assertEquals(LocalDate.of(2026, 6, 7), first.end());
    }

    @Test
    void thePastDecadeIsTheDecadeBefore() {
        TimeValue t = only("the third time in the past decade that he has taken leave", "past decade", Tense.PAST,
                LocalDate.of(2011, 1, 17));
        assertEquals("200", t.value());
        assertEquals(LocalDate.of(2000, 1, 1), t.begin());
        assertEquals(LocalDate.of(2009, 12, 31), t.end());
        assertEquals("XXX", only("over the past decade", "past decade", Tense.PAST, null).value());
    }

    @Test
    void inThePastBeforeAUnitIsNoVaguePast() {
        assertTrue(DateRecognizer.find("sales grew in the past two years").isEmpty());
        assertEquals("PAST_REF", only("In the past, it sold phones.", "In the past", Tense.PAST, null).value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Nikkei at lowest level since '82|'82|2008-10-27|1982",
        "the class of '09 graduates|'09|2008-10-27|2009",
        "profits in ’15 were higher|’15|2026-04-27|2015",
        "a plan for ’35|’35|2026-04-27|2035",
        "the crash of ’37|’37|2026-04-27|1937",
    })
    void shortYearsAreTheNearestSuchYear(String text, String span, String anchor, String value) {
        assertEquals(value, only(text, span, Tense.PAST, LocalDate.parse(anchor)).value());
    }

    @Test
    void shortYearsNeedTheirOwnWord() {
        assertTrue(DateRecognizer.find("the '90s, rock'n'roll, he said '82 percent'").isEmpty());
        // a version in a product name is no year
        assertTrue(DateRecognizer.find("Apple unveils iLife '11 software suite").isEmpty());
        assertEquals("XXXX", only("since '82", "'82", Tense.PAST, null).value());
    }

    @Test
    void anIndexNamedWithANumberIsNoYear() {
        assertTrue(DateRecognizer.find("The Russell 2000 Index of smaller companies dropped.").isEmpty());
        assertEquals("2000", only("It began in 2000 in Boston.", "2000", Tense.PAST, null).value());
    }

    @Test
    void earlierTodayKeepsItsModifier() {
        assertEquals("2009-06-04", only("He spoke earlier today.", "earlier today", Tense.PAST,
                LocalDate.of(2009, 6, 4)).value());
    }

    @Test
    void aDayNamedIsASingleCalendarDay() {
        LocalDate d = LocalDate.of(2026, 4, 27);
        assertEquals(d, MentionExtractor.dayNamed(new TimeValue("2026-04-27", d, d)));
        assertEquals(d, MentionExtractor.dayNamed(new TimeValue("2026-04-27TMO", d, d)));
        assertNull(MentionExtractor.dayNamed(new TimeValue("2026-W17", d.minusDays(7), d.minusDays(1))));
        assertNull(MentionExtractor.dayNamed(new TimeValue("PRESENT_REF", d, d)));
        assertNull(MentionExtractor.dayNamed(new TimeValue("XXXX-XX-XX", null, null)));
    }

    @Test
    void theDayTakesTheDayLastNamedInTheArticle() {
        // published Saturday 2009-04-04; "Friday" is 2009-04-03, and the session ended that day
        String[][] sentences = {
            {"Stocks gained on Friday .", "NNS VBD IN NNP ."},
            {"The Dow ended the day at 8,017 .", "DT NNP VBD DT NN IN CD ."},
        };
        List<Mention> dates = dates(LocalDate.of(2009, 4, 4), sentences);
        assertEquals(List.of("Friday=2009-04-03", "the day=2009-04-03"),
                dates.stream().map(m -> m.text() + "=" + m.time().value()).toList());
    }

    @Test
    void theDayWithNoDayNamedBeforeIsThePublicationDay() {
        String[][] sentences = {
            {"Sales fell in 2008 .", "NNS VBD IN CD ."},
            {"The Dow ended the day at 8,017 .", "DT NNP VBD DT NN IN CD ."},
        };
        List<Mention> dates = dates(LocalDate.of(2009, 4, 4), sentences);
        assertEquals(List.of("2008=2008", "the day=2009-04-04"), dates.stream().map(m -> m.text() + "=" + m.time().value())
                .toList());
    }

    /** Runs the mention extractor on hand-tagged sentences (tokens joined by spaces, one sentence a line). */
    private static List<Mention> dates(LocalDate published, String[][] sentences) {
        StringBuilder body = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sents = new ArrayList<>();
        List<Boolean> parsed = new ArrayList<>();
        for (int s = 0; s < sentences.length; s++) {
            if (s > 0) {
                body.append('\n');
            }
            String[] words = sentences[s][0].split(" ");
            String[] tags = sentences[s][1].split(" ");
            int start = body.length();
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    body.append(' ');
                }
                int b = body.length();
                body.append(words[i]);
                tokens.add(new Token(tokens.size(), s, new Span(b, body.length()), words[i],
                        words[i].toLowerCase(Locale.ROOT), tags[i], "O"));
            }
            sents.add(new Sentence(s, new Span(start, body.length()), false));
            parsed.add(false);
        }
        String text = body.toString();
        Article article = new Article("t", published, "t", null, null, text, "test");
        Annotation ann = new Annotation(article, sents, tokens, List.of(), parsed);
        RepairedText rt = new RepairedText(text, OffsetMap.identity(text.length()), List.of(), List.of());
        return new MentionExtractor(Gazetteer.defaults()).extract(ann, rt).stream()
                .filter(m -> m.type() == MentionType.DATE).toList();
    }

    @Test
    void aWeekdayInTheFutureIsTheDayOfPublicationWhenItIsThatDay() {
        // 2026-04-09 is a Thursday
        LocalDate thursday = LocalDate.parse("2026-04-09");
        assertEquals("2026-04-09", only("The shares will begin trading on Thursday.", "Thursday", Tense.FUTURE,
                thursday).value());
        assertEquals("2026-04-10", only("The board will vote on Friday.", "Friday", Tense.FUTURE, thursday).value());
        assertEquals("2026-04-13", only("The board will vote on Monday.", "Monday", Tense.FUTURE, thursday).value());
    }
}
