package org.claimcheck.extract.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimcheck.model.Annotation;
import org.claimcheck.model.Article;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Money;
import org.claimcheck.model.Party;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;
import org.claimcheck.model.Token;

/**
 * Builds small annotated articles by hand, without CoreNLP. Each sentence is given as space-separated
 * tokens, their Penn tags, optional lemmas ("-" for the lower-cased word) and its edges as
 * {@code "rel gov dep; ..."} with 1-based positions inside the sentence (gov 0 for the root). The body is
 * the tokens joined with single spaces, one sentence per line. Mentions are located by their text.
 */
final class AnnotationBuilder {

    private final LocalDate date;
    private final StringBuilder body = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Dependency> edges = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Boolean> parsed = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();

    AnnotationBuilder(LocalDate date) {
        this.date = date;
    }

    AnnotationBuilder sentence(String words, String tags, String lemmas, String deps) {
        String[] w = words.trim().split(" +");
        String[] t = tags.trim().split(" +");
        String[] l = lemmas == null ? new String[0] : lemmas.trim().split(" +");
        if (t.length != w.length || l.length != 0 && l.length != w.length) {
            throw new IllegalArgumentException("tags/lemmas do not match tokens: " + words);
        }
        if (body.length() > 0) {
            body.append('\n');
        }
        int s = sentences.size();
        int first = tokens.size();
        int start = body.length();
        for (int i = 0; i < w.length; i++) {
            if (i > 0) {
                body.append(' ');
            }
            int b = body.length();
            body.append(w[i]);
            String lemma = l.length == 0 || l[i].equals("-") ? w[i].toLowerCase(java.util.Locale.ROOT) : l[i];
            tokens.add(new Token(tokens.size(), s, new Span(b, body.length()), w[i], lemma, t[i], "O"));
        }
        sentences.add(new Sentence(s, new Span(start, body.length()), false));
        parsed.add(deps != null);
        if (deps != null) {
            for (String e : deps.split(";")) {
                if (e.isBlank()) {
                    continue;
                }
                String[] f = e.trim().split(" +");
                int gov = Integer.parseInt(f[1]);
                int dep = Integer.parseInt(f[2]);
                edges.add(new Dependency(gov == 0 ? -1 : first + gov - 1, first + dep - 1, f[0]));
            }
        }
        return this;
    }

    AnnotationBuilder party(String text, int occurrence, String name, PartyKind kind) {
        Span s = find(text, occurrence);
        mentions.add(Mention.party(s, text, new Party(name, kind, null, null)));
        return this;
    }

    AnnotationBuilder org(String text, int occurrence) {
        return party(text, occurrence, text, PartyKind.ORGANIZATION);
    }

    AnnotationBuilder moneyIn(String text, String amount, String currency, Qualifier q) {
        mentions.add(Mention.money(find(text, 1), text, Money.of(amount, currency, q)));
        return this;
    }

    AnnotationBuilder money(String text, String amount, Qualifier q) {
        mentions.add(Mention.money(find(text, 1), text, Money.of(amount, "USD", q)));
        return this;
    }

    AnnotationBuilder percent(String text, String value) {
        mentions.add(Mention.percent(find(text, 1), text, new Percent(new BigDecimal(value), null, Qualifier.EXACT)));
        return this;
    }

    AnnotationBuilder date(String text, int occurrence, TimeValue value) {
        mentions.add(Mention.date(find(text, occurrence), text, value));
        return this;
    }

    AnnotationBuilder duration(String text, int occurrence, String iso) {
        mentions.add(Mention.duration(find(text, occurrence), text, iso));
        return this;
    }

    static TimeValue day(int year, int month, int day) {
        LocalDate d = LocalDate.of(year, month, day);
        return new TimeValue(d.toString(), d, d);
    }

    static TimeValue month(int year, int month) {
        LocalDate b = LocalDate.of(year, month, 1);
        return new TimeValue(String.format(java.util.Locale.ROOT, "%04d-%02d", year, month), b,
                b.withDayOfMonth(b.lengthOfMonth()));
    }

    static TimeValue year(int year) {
        return new TimeValue(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    String body() {
        return body.toString();
    }

    /** The annotation and its mentions, indexed by position and assigned to sentences. */
    Built build() {
        Article article = new Article("test", date, "", "", "", body.toString(), "test");
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Mention::span));
        List<Mention> indexed = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            int s = 0;
            for (Sentence sentence : sentences) {
                if (sentence.span().contains(m.span())) {
                    s = sentence.index();
                }
            }
            indexed.add(m.withIndex(i).withSentence(s));
        }
        return new Built(new Annotation(article, sentences, tokens, edges, parsed), indexed);
    }

    record Built(Annotation annotation, List<Mention> mentions) {
    }

    /** The span of the {@code occurrence}-th (1-based) whole-token match of {@code text}. */
    private Span find(String text, int occurrence) {
        String b = body.toString();
        int from = 0;
        int seen = 0;
        while (true) {
            int i = b.indexOf(text, from);
            if (i < 0) {
                throw new IllegalArgumentException("not in body: " + text + " #" + occurrence);
            }
            boolean left = i == 0 || !Character.isLetterOrDigit(b.charAt(i - 1));
            int end = i + text.length();
            boolean right = end == b.length() || !Character.isLetterOrDigit(b.charAt(end));
            if (left && right && ++seen == occurrence) {
                return new Span(i, end);
            }
            from = i + 1;
        }
    }
}
