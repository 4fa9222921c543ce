package org.claimcheck.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimcheck.ingest.RepairedText;
import org.claimcheck.model.Article;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Span;
import org.claimcheck.model.Token;

/**
 * One article after tagging: converts CoreNLP's annotations once into claimcheck's records. Sentences
 * include the page furniture spans (marked), so sentence indices cover the whole body in order.
 */
public final class NlpDocument {

    /** Sentences longer than this are not parsed (lists and tables as text); they get a warning. */
    public static final int MAX_PARSE_TOKENS = 120;

    private final Article article;
    private final List<CoreMap> coreSentences;
    private final NlpPipeline pipeline;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    /** sentence index (in {@link #sentences}) of each CoreNLP sentence */
    private final int[] sentenceIndex;
    /** first article-wide token index of each CoreNLP sentence */
    private final int[] firstToken;
    private final Set<Integer> parsed = new TreeSet<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    NlpDocument(Article article, RepairedText repaired, edu.stanford.nlp.pipeline.Annotation doc,
                NlpPipeline pipeline) {
        this.article = article;
        this.pipeline = pipeline;
        this.coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Object[]> spans = new ArrayList<>(); // {Span, furniture?, coreIndex}
        for (int i = 0; i < coreSentences.size(); i++) {
            List<CoreLabel> toks = NlpPipeline.tokens(coreSentences.get(i));
            int b = toks.get(0).beginPosition();
            int e = toks.get(toks.size() - 1).endPosition();
            spans.add(new Object[] {repaired.map().toBody(b, e), false, i});
        }
        for (Span f : repaired.furniture()) {
            spans.add(new Object[] {f, true, -1});
        }
        spans.sort(Comparator.comparing(o -> (Span) o[0]));
        sentenceIndex = new int[coreSentences.size()];
        firstToken = new int[coreSentences.size()];
        for (int s = 0; s < spans.size(); s++) {
            Object[] o = spans.get(s);
            sentences.add(new Sentence(s, (Span) o[0], (Boolean) o[1]));
            int ci = (Integer) o[2];
            if (ci >= 0) {
                sentenceIndex[ci] = s;
            }
        }
        for (int ci = 0; ci < coreSentences.size(); ci++) {
            firstToken[ci] = tokens.size();
            for (CoreLabel t : NlpPipeline.tokens(coreSentences.get(ci))) {
                Span sp = repaired.map().toBody(t.beginPosition(), t.endPosition());
                String ner = t.ner() == null ? "O" : t.ner();
                tokens.add(new Token(tokens.size(), sentenceIndex[ci], sp, t.word(), t.lemma(), t.tag(), ner));
            }
        }
    }

    public Article article() {
        return article;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<String> warnings() {
        return warnings;
    }

    /**
     * Runs the dependency parser on the given sentences (indices into {@link #sentences()}) not parsed yet.
     * Sentences over {@link #MAX_PARSE_TOKENS} tokens are skipped with a warning.
     */
    public void parse(Set<Integer> wanted) {
        List<CoreMap> todo = new ArrayList<>();
        List<Integer> todoIdx = new ArrayList<>();
        for (int ci = 0; ci < coreSentences.size(); ci++) {
            int s = sentenceIndex[ci];
            if (!wanted.contains(s) || parsed.contains(s)) {
                continue;
            }
            int n = NlpPipeline.tokens(coreSentences.get(ci)).size();
            if (n > MAX_PARSE_TOKENS) {
                warnings.add("sentence " + s + " not parsed: " + n + " tokens (limit " + MAX_PARSE_TOKENS + ")");
                continue;
            }
            retag(ci);
            todo.add(coreSentences.get(ci));
            todoIdx.add(ci);
        }
        if (todo.isEmpty()) {
            return;
        }
        pipeline.parse(todo);
        for (int k = 0; k < todo.size(); k++) {
            int ci = todoIdx.get(k);
            SemanticGraph g = todo.get(k).get(
                    SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g == null) {
                warnings.add("sentence " + sentenceIndex[ci] + " could not be parsed");
                continue;
            }
            int base = firstToken[ci];
            for (IndexedWord root : g.getRoots()) {
                dependencies.add(new Dependency(-1, base + root.index() - 1, "root"));
            }
            List<SemanticGraphEdge> edges = new ArrayList<>();
            g.edgeIterable().forEach(edges::add);
            for (SemanticGraphEdge e : edges) {
                dependencies.add(new Dependency(base + e.getGovernor().index() - 1, base + e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
            parsed.add(sentenceIndex[ci]);
        }
        dependencies.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor)
                .thenComparing(Dependency::relation));
    }

    /**
     * Corrects present-tense verbs tagged as plural nouns and funding rounds tagged as adjectives before the
     * parse, in the token records too.
     */
    private void retag(int ci) {
        List<CoreLabel> labels = NlpPipeline.tokens(coreSentences.get(ci));
        List<Integer> changed = new ArrayList<>(PresentTenseRetagger.retag(labels));
        changed.addAll(RoundNounRetagger.retag(labels));
        for (int k : changed) {
            int at = firstToken[ci] + k;
            Token old = tokens.get(at);
            CoreLabel l = labels.get(k);
            tokens.set(at, new Token(old.index(), old.sentence(), old.span(), old.word(), l.lemma(), l.tag(), old.ner()));
        }
    }

    /** The records handed to extraction. */
    public org.claimcheck.model.Annotation toAnnotation() {
        List<Boolean> flags = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            flags.add(parsed.contains(s));
        }
        return new org.claimcheck.model.Annotation(article, sentences, tokens, dependencies, flags);
    }
}
