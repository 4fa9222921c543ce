package org.claimcheck.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.claimcheck.ingest.RepairedText;
import org.claimcheck.model.Article;

/**
 * The shared CoreNLP pipeline: one per JVM ({@link #shared()}), thread-safe, loading only what
 * claimcheck needs: tokenizer, sentence splitter, POS tagger, lemmatizer, the 3-class CRF NER (no SUTime,
 * no numeric classifiers, no fine-grained or KBP passes: dates, money and percents are read by
 * claimcheck's own normalizers), and a dependency parser that is run later on chosen sentences only.
 */
public final class NlpPipeline {

    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP tagging;
    private final StanfordCoreNLP taggingTwoNewlines;
    private volatile StanfordCoreNLP parsing;
    private final long loadMillis;

    private NlpPipeline() {
        long t0 = System.nanoTime();
        tagging = new StanfordCoreNLP(props("always"));
        taggingTwoNewlines = new StanfordCoreNLP(props("two"), false);
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    private static Properties props(String newlineBreak) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", newlineBreak);
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.statisticalOnly", "true");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }

    /** The one pipeline of this JVM, loaded on first use. */
    public static NlpPipeline shared() {
        NlpPipeline s = shared;
        if (s == null) {
            synchronized (NlpPipeline.class) {
                s = shared;
                if (s == null) {
                    s = new NlpPipeline();
                    shared = s;
                }
            }
        }
        return s;
    }

    public long loadMillis() {
        return loadMillis;
    }

    /** Tokenizes, splits, tags and runs NER over the repaired text of an article. */
    public NlpDocument annotate(Article article, RepairedText repaired) {
        Annotation doc = new Annotation(repaired.text());
        (looksHardWrapped(repaired.text()) ? taggingTwoNewlines : tagging).annotate(doc);
        return new NlpDocument(article, repaired, doc, this);
    }

    /** The dependency parser, loaded on first use (a mentions-only run never needs it). */
    private StanfordCoreNLP parser() {
        StanfordCoreNLP p = parsing;
        if (p == null) {
            synchronized (this) {
                p = parsing;
                if (p == null) {
                    Properties props = new Properties();
                    props.setProperty("annotators", "depparse");
                    props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
                    props.setProperty("enforceRequirements", "false");
                    p = new StanfordCoreNLP(props, false);
                    parsing = p;
                }
            }
        }
        return p;
    }

    void parse(List<CoreMap> sentences) {
        StanfordCoreNLP parsing = parser();
        Annotation sub = new Annotation("");
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        parsing.annotate(sub);
    }

    /**
     * True when single newlines look like line wrapping rather than paragraph ends: most lines are of
     * similar, moderate length and do not end a sentence.
     */
    static boolean looksHardWrapped(String text) {
        String[] lines = text.split("\n");
        int nonBlank = 0;
        int open = 0;
        for (String l : lines) {
            String s = l.strip();
            if (s.isEmpty()) {
                continue;
            }
            nonBlank++;
            char last = s.charAt(s.length() - 1);
            if (s.length() >= 40 && s.length() <= 100 && Character.isLetterOrDigit(last)
                    && ".!?\"”".indexOf(last) < 0) {
                open++;
            }
        }
        return nonBlank >= 6 && open * 2 > nonBlank;
    }

    static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }
}
