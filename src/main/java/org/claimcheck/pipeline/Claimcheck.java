package org.claimcheck.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Checker;
import org.claimcheck.extract.Gazetteer;
import org.claimcheck.extract.MentionExtractor;
import org.claimcheck.extract.claims.ClaimExtractor;
import org.claimcheck.extract.claims.ClaimResult;
import org.claimcheck.extract.claims.EventLexicon;
import org.claimcheck.extract.claims.ParseSelection;
import org.claimcheck.ingest.RepairedText;
import org.claimcheck.ingest.TextRepair;
import org.claimcheck.model.Annotation;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Mention;
import org.claimcheck.nlp.NlpDocument;
import org.claimcheck.nlp.NlpPipeline;

/**
 * The whole chain for one article: text repair → CoreNLP tagging → mentions → dependency parse of the
 * sentences that hold a party → claims → consistency check. Each stage is a function from records to
 * records; the only shared state is the CoreNLP pipeline, so one instance serves many threads.
 */
public final class Claimcheck {

    /** Which stages to run. */
    public enum Depth { MENTIONS, CLAIMS, FINDINGS }

    private final NlpPipeline nlp;
    private final Gazetteer gazetteer;
    private final MentionExtractor mentions;
    private final ClaimExtractor claims;
    private final Checker checker;
    private final Depth depth;
    private final StageTimes times;

    public Claimcheck(Gazetteer gazetteer, Depth depth, StageTimes times) {
        this(gazetteer, depth, times, ClaimExtractor.Scope.NEWS_CLAIMS);
    }

    /**
     * @param scope which events become claims: the news claims of the project's guideline, or every event
     *              with a party (for event-annotated corpora such as MEANTIME)
     */
    public Claimcheck(Gazetteer gazetteer, Depth depth, StageTimes times, ClaimExtractor.Scope scope) {
        this.nlp = NlpPipeline.shared();
        this.gazetteer = gazetteer;
        this.mentions = new MentionExtractor(gazetteer);
        this.claims = new ClaimExtractor(EventLexicon.standard(), gazetteer, scope); // same names as the mentions
        this.checker = Checker.withDefaultRules();
        this.depth = depth;
        this.times = times;
    }

    public static Claimcheck defaults() {
        return new Claimcheck(Gazetteer.defaults(), Depth.FINDINGS, new StageTimes());
    }

    public StageTimes times() {
        return times;
    }

    public ArticleFacts process(Article article) {
        long t0 = System.nanoTime();
        RepairedText rt = TextRepair.repair(article.body(), gazetteer.names());
        long t1 = System.nanoTime();
        NlpDocument doc = nlp.annotate(article, rt);
        long t2 = System.nanoTime();
        Annotation ann = doc.toAnnotation(); // the tagged article; replaced by the parsed one below
        List<Mention> found = mentions.extract(ann, rt);
        long t3 = System.nanoTime();
        times.add("repair", t1 - t0);
        times.add("tag", t2 - t1);
        times.add("mentions", t3 - t2);
        times.addTokens(doc.tokens().size());
        List<String> warnings = new ArrayList<>(rt.repairs().isEmpty() ? List.of()
                : List.of("text repaired: " + rt.repairs().size() + " edit(s)"));
        List<Claim> claimList = List.of();
        if (depth != Depth.MENTIONS) {
            // parse the sentences that name a party or refer back to one ("It reported...", "The company...")
            doc.parse(ParseSelection.sentences(ann, found));
            long t4 = System.nanoTime();
            ann = doc.toAnnotation();
            ClaimResult cr = claims.run(ann, found);
            claimList = cr.claims();
            warnings.addAll(cr.warnings());
            long t5 = System.nanoTime();
            times.add("parse", t4 - t3);
            times.add("claims", t5 - t4);
        }
        warnings.addAll(doc.warnings());
        ArticleFacts facts = new ArticleFacts(article, ann.sentences(), found, claimList, List.of(), warnings);
        if (depth == Depth.FINDINGS) {
            long t6 = System.nanoTime();
            List<Finding> findings = checker.check(facts);
            times.add("check", System.nanoTime() - t6);
            facts = facts.withFindings(findings);
        }
        return facts;
    }
}
