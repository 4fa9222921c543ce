package org.claimcheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimcheck.ingest.RepairedText;
import org.claimcheck.model.Annotation;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Money;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;
import org.claimcheck.model.Token;

/**
 * Turns an annotated article into its typed mentions (PARTY, MONEY, DATE, DURATION, PERCENT), each with
 * body offsets and a normalized value. A pure function of its inputs; thread-safe.
 */
public final class MentionExtractor {

    private static final Pattern TIMELINE_HEADING = Pattern.compile(
            "(?i)\\b(timeline|chronology|key dates|key events|the road to|background)\\b"
                    + "|\\bhow\\b.*\\b(got here|came together|came about|unfolded|happened|played out|we got)\\b");

    /** A TIMEX3 value naming a day, possibly with a part of it ({@code 2026-04-27}, {@code 2026-04-27TMO}). */
    private static final Pattern ONE_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Gazetteer gazetteer;

    public MentionExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> extract(Annotation ann, RepairedText rt) {
        String body = ann.article().body();
        String text = rt.text();
        List<Mention> out = new ArrayList<>();
        for (Found f : MoneyRecognizer.find(text)) {
            Span s = rt.map().toBody(f.start(), f.end());
            out.add(Mention.money(s, s.of(body), (Money) f.value()));
        }
        for (Found f : PercentRecognizer.find(text)) {
            Span s = rt.map().toBody(f.start(), f.end());
            out.add(Mention.percent(s, s.of(body), (Percent) f.value()));
        }
        List<Span> numeric = out.stream().map(Mention::span).toList();
        List<List<Token>> bySentence = tokensBySentence(ann);
        int timelineFrom = timelineStart(ann, body);
        int yearSentence = -1;
        Integer sentenceYear = null;
        LocalDate lastDay = null;
        for (TimexCandidate c : DateRecognizer.find(text)) {
            Span s = rt.map().toBody(c.start(), c.end());
            if (overlapsAny(numeric, s)) {
                continue;
            }
            int sent = sentenceOf(ann.sentences(), s.start());
            if (sent != yearSentence) {
                yearSentence = sent;
                sentenceYear = null;
            }
            TimexCandidate cc = c;
            boolean bare = c.year() == null && (c.kind() == TimexCandidate.Kind.DAY
                    || c.kind() == TimexCandidate.Kind.WEEK_OF_MONTH
                    || c.kind() == TimexCandidate.Kind.MONTH && c.offset() == TimexCandidate.NO_OFFSET);
            if (bare && sentenceYear != null) {
                // "in April 2020 ... followed in July": a bare month takes the year the sentence just gave
                cc = new TimexCandidate(c.start(), c.end(), c.kind(), sentenceYear, c.month(), c.day(), c.dayEnd(),
                        c.unit(), c.offset());
            }
            if (c.year() != null && (c.kind() == TimexCandidate.Kind.MONTH || c.kind() == TimexCandidate.Kind.DAY)) {
                sentenceYear = c.year();
            }
            Tense tense = sent >= timelineFrom ? Tense.PAST : tenseAt(bySentence, sent, s);
            if (tense == Tense.PRESENT && opensLine(body, s.start())) {
                tense = Tense.PAST; // historical present of a dated line
            }
            LocalDate anchor = ann.article().date();
            if (c.kind() == TimexCandidate.Kind.THE_DAY && lastDay != null) {
                anchor = lastDay; // "on Friday ... ending the day at 8,017": the day last named
            }
            TimeValue tv = DateResolver.resolve(cc, anchor, tense);
            if (dayNamed(tv) != null) {
                lastDay = dayNamed(tv);
            }
            out.add(Mention.date(s, s.of(body), tv));
        }
        List<Span> dated = out.stream().map(Mention::span).toList();
        for (Found f : DurationRecognizer.find(text)) {
            Span s = rt.map().toBody(f.start(), f.end());
            if (!overlapsAny(dated, s)) {
                out.add(Mention.duration(s, s.of(body), (String) f.value()));
            }
        }
        List<Span> valued = out.stream().map(Mention::span).toList();
        for (PartyExtractor.TokenParty p : PartyExtractor.find(ann.tokens(), gazetteer)) {
            Span s = new Span(ann.tokens().get(p.first()).span().start(), ann.tokens().get(p.last()).span().end());
            if (!overlapsAny(valued, s) && s.length() > 0) {
                out.add(Mention.party(s, s.of(body), p.party()));
            }
        }
        out.sort(Comparator.comparing(Mention::span).thenComparing(m -> m.type().ordinal()));
        List<Mention> indexed = new ArrayList<>(out.size());
        for (Mention m : out) {
            indexed.add(m.withIndex(indexed.size()).withSentence(sentenceOf(ann.sentences(), m.start())));
        }
        return indexed;
    }

    /** The calendar day a date names ("Friday", "October 10, 2008", "today"), or null when it names no one day. */
    static LocalDate dayNamed(TimeValue tv) {
        return tv.begin() != null && tv.begin().equals(tv.end()) && ONE_DAY.matcher(tv.value()).lookingAt()
                ? tv.begin() : null;
    }

    private static boolean overlapsAny(List<Span> spans, Span s) {
        for (Span o : spans) {
            if (o.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Token>> tokensBySentence(Annotation ann) {
        List<List<Token>> by = new ArrayList<>();
        for (int i = 0; i < ann.sentences().size(); i++) {
            by.add(new ArrayList<>());
        }
        for (Token t : ann.tokens()) {
            by.get(t.sentence()).add(t);
        }
        return by;
    }

    private static Tense tenseAt(List<List<Token>> bySentence, int sent, Span s) {
        if (sent < 0 || sent >= bySentence.size()) {
            return Tense.PRESENT;
        }
        List<Token> toks = bySentence.get(sent);
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).span().end() > s.start()) {
                return TenseDetector.tense(toks, i);
            }
        }
        return Tense.PRESENT;
    }

    /**
     * True when a date opens its line ("In November OpenAI and Amazon sign...", "- In March the FT
     * publishes..."): such lines narrate past events in the historical present.
     */
    static boolean opensLine(String body, int start) {
        int ls = body.lastIndexOf('\n', start - 1) + 1;
        String head = body.substring(ls, start).strip();
        return head.matches("(?i)(?:[-•*–]\\s*)?(?:in|on|by|since|from|during|through|late|early|mid|on\\s+the)?");
    }

    /**
     * Index of the first sentence after a timeline heading ("Here's a timeline of ..."): lines there are
     * told in the historical present or future but narrate past events. Integer.MAX_VALUE when none.
     */
    static int timelineStart(Annotation ann, String body) {
        for (Sentence s : ann.sentences()) {
            if (s.furniture()) {
                continue;
            }
            String t = s.span().of(body);
            if (t.length() < 160 && TIMELINE_HEADING.matcher(t).find()
                    && (t.strip().endsWith(":") || t.strip().endsWith(".") || !t.strip().endsWith("?"))
                    && t.toLowerCase(Locale.ROOT).matches("(?s).*(timeline|chronology|key dates|how we got here|how it unfolded|the road to).*")) {
                return s.index() + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The sentence holding body offset {@code pos}; the nearest one before it when between sentences. */
    static int sentenceOf(List<Sentence> sentences, int pos) {
        int best = 0;
        for (Sentence s : sentences) {
            if (s.span().start() <= pos) {
                best = s.index();
            } else {
                break;
            }
        }
        return best;
    }
}
