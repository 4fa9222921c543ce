package org.claimcheck.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Money;
import org.claimcheck.model.Party;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Span;

/**
 * CoreNLP as a new user runs it: {@code tokenize,ssplit,pos,lemma,ner} with every default (SUTime, the
 * numeric classifiers, fine-grained NER, entity mentions). The baseline for {@code bench} (speed) and for
 * {@code eval --baseline corenlp} (accuracy): {@link #facts} turns its entity mentions into claimcheck's
 * records with no repair, gazetteer or rules of claimcheck's own. A separate instance from
 * {@link NlpPipeline}; thread-safe.
 */
public final class PlainCoreNlp {

    /** The annotators of the baseline. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private final StanfordCoreNLP pipeline;
    private final long loadMillis;

    /** Loads the default pipeline (several seconds and about a gigabyte of heap). */
    public PlainCoreNlp() {
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        pipeline = new StanfordCoreNLP(p);
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    public long loadMillis() {
        return loadMillis;
    }

    /** Annotates the article body (with its publication date as document date); returns the token count. */
    public int tokens(Article article) {
        return annotate(article).get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /**
     * The baseline's facts: PERSON and ORGANIZATION mentions as parties named by their text; MONEY and
     * PERCENT from CoreNLP's normalized values; DATE and DURATION from SUTime's TIMEX3 values. Mentions
     * whose value cannot be read are left out. No claims, no findings.
     */
    public ArticleFacts facts(Article article) {
        Annotation doc = annotate(article);
        String body = article.body();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            Span span = new Span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            sentences.add(new Sentence(sentences.size(), span, false));
        }
        List<Mention> mentions = new ArrayList<>();
        for (CoreMap em : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
            Span span = new Span(em.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    em.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            Mention m = mention(em, span, span.of(body));
            if (m != null) {
                Integer sentence = em.get(CoreAnnotations.SentenceIndexAnnotation.class);
                mentions.add(m.withSentence(sentence == null ? -1 : sentence));
            }
        }
        mentions.sort(Comparator.comparing(Mention::span).thenComparing(m -> m.type().ordinal()));
        List<Mention> indexed = new ArrayList<>();
        for (Mention m : mentions) {
            indexed.add(m.withIndex(indexed.size()));
        }
        return new ArticleFacts(article, sentences, indexed, List.of(), List.of(), List.of());
    }

    private Annotation annotate(Article article) {
        Annotation doc = new Annotation(article.body());
        if (article.date() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        }
        pipeline.annotate(doc);
        return doc;
    }

    private static Mention mention(CoreMap em, Span span, String text) {
        String tag = em.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        String normalized = em.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (tag == null) {
            return null;
        }
        switch (tag) {
            case "PERSON":
                return Mention.party(span, text, new Party(text, PartyKind.PERSON, null, null));
            case "ORGANIZATION":
                return Mention.party(span, text, new Party(text, PartyKind.ORGANIZATION, null, null));
            case "MONEY": {
                Money money = BaselineValues.money(normalized);
                return money == null ? null : Mention.money(span, text, money);
            }
            case "PERCENT": {
                Percent percent = BaselineValues.percent(normalized);
                return percent == null ? null : Mention.percent(span, text, percent);
            }
            case "DATE": {
                String value = timexValue(em, normalized);
                return value == null ? null : Mention.date(span, text, BaselineValues.time(value));
            }
            case "DURATION": {
                String value = timexValue(em, normalized);
                return value == null ? null : Mention.duration(span, text, value);
            }
            default:
                return null;
        }
    }

    private static String timexValue(CoreMap em, String normalized) {
        Timex timex = em.get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null && timex.value() != null) {
            return timex.value();
        }
        return normalized == null || normalized.isBlank() ? null : normalized;
    }
}
