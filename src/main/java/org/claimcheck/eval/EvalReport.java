package org.claimcheck.eval;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of scoring one set of gold documents.
 *
 * @param set      the name of the set ("dev", "test", "all", "meantime")
 * @param articles ids of the scored articles, sorted
 * @param notes    problems met while scoring (an article without predictions, a pipeline failure), sorted
 */
public record EvalReport(String set, List<String> articles, List<ScoreRow> scores, List<AccuracyRow> accuracies,
                         List<ErrorEntry> errors, List<String> notes) {

    public EvalReport {
        articles = List.copyOf(articles);
        scores = List.copyOf(scores);
        accuracies = List.copyOf(accuracies);
        errors = errors.stream().sorted(ErrorEntry.ORDER).toList();
        notes = notes.stream().sorted().toList();
    }

    public Optional<ScoreRow> score(String name) {
        return scores.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * A named score as used in the expected-scores file: {@code "<row> P"}, {@code "<row> R"},
     * {@code "<row> F1"} for P/R/F1 rows, {@code "<row> acc"} for accuracy rows. Empty when the row is
     * absent or the ratio undefined.
     */
    public OptionalDouble metric(String metric) {
        int sp = metric.lastIndexOf(' ');
        if (sp < 0) {
            return OptionalDouble.empty();
        }
        String row = metric.substring(0, sp);
        String which = metric.substring(sp + 1);
        if (which.equals("acc")) {
            return accuracies.stream().filter(a -> a.name().equals(row)).findFirst()
                    .map(AccuracyRow::accuracy).orElse(OptionalDouble.empty());
        }
        return score(row).map(r -> switch (which) {
            case "P" -> r.counts().precision();
            case "R" -> r.counts().recall();
            case "F1" -> r.counts().f1();
            default -> OptionalDouble.empty();
        }).orElse(OptionalDouble.empty());
    }
}
