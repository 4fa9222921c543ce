package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;

/**
 * The one evaluator: scores predicted {@link ArticleFacts} against {@link GoldDocument}s from any reader
 * (the project's gold JSON, MEANTIME). Each layer a gold document carries is scored: mentions, claims,
 * inconsistencies, event links. A document whose predictions are missing or whose prediction failed
 * counts with no predictions (every gold item a false negative) and is named in the report's notes.
 */
public final class Scorer {

    private Scorer() {
    }

    /**
     * Scores the documents.
     *
     * @param predict gives the predictions for an article: a pipeline, or a lookup in a facts file;
     *                it may return null (no predictions) and may throw (a note, then no predictions)
     */
    public static EvalReport score(String set, List<GoldDocument> gold, Function<Article, ArticleFacts> predict) {
        MentionScorer mentions = new MentionScorer();
        ClaimScorer claims = new ClaimScorer();
        FindingScorer findings = new FindingScorer();
        LinkScorer links = new LinkScorer();
        List<ErrorEntry> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (GoldDocument doc : gold) {
            ids.add(doc.id());
            ArticleFacts facts = predict(doc, predict, notes);
            if (doc.layers().contains(GoldDocument.Layer.MENTIONS)) {
                mentions.add(doc, facts, errors);
            }
            if (doc.layers().contains(GoldDocument.Layer.CLAIMS)) {
                claims.add(doc, facts, errors);
            }
            if (doc.layers().contains(GoldDocument.Layer.INCONSISTENCIES)) {
                findings.add(doc, facts, errors);
            }
            if (doc.layers().contains(GoldDocument.Layer.EVENTS)) {
                links.add(doc, facts, errors);
            }
        }
        List<ScoreRow> rows = new ArrayList<>(mentions.rows());
        rows.addAll(claims.rows());
        rows.addAll(findings.rows());
        rows.addAll(links.rows());
        List<AccuracyRow> acc = new ArrayList<>(mentions.accuracies());
        acc.addAll(claims.accuracies());
        acc.addAll(links.accuracies());
        return new EvalReport(set, ids.stream().sorted().toList(), rows, acc, errors, notes);
    }

    private static ArticleFacts predict(GoldDocument doc, Function<Article, ArticleFacts> predict, List<String> notes) {
        ArticleFacts facts;
        try {
            facts = predict.apply(doc.article());
        } catch (RuntimeException e) {
            notes.add(doc.id() + ": prediction failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); scored as no predictions");
            return null;
        }
        if (facts == null) {
            notes.add(doc.id() + ": no predictions; every gold item counts as missed");
        }
        return facts;
    }
}
