package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * SEQUENCE_CONFLICT in a lawsuit's course: a court cannot rule on a case, and nobody can settle it, before it
 * was filed. The filing is read from "The first lawsuits were filed in May 2022", "filed a complaint in
 * March", "sued Meridian in 2021" (the earliest such date); the later steps from sentences with one date that
 * refer to the case by a definite noun ("the case", "the suit", "the lawsuit", "the complaint", "the class
 * action") and say what a court or a party did to it ("In February 2022, Whitfield rejected ClearPath's bid to
 * have the case thrown out", "the suit was settled in January"). Sentences about another case ("a similar
 * suit", "an earlier case") are left out.
 */
public final class LegalSequenceRule implements Rule {

    private static final String SUIT = "(?:lawsuits?|suits?|complaints?|class actions?|cases?|claims?|petitions?)";
    /** Words right before a filing's date. */
    private static final Pattern FILED_BEFORE = Pattern.compile("(?:\\b" + SUIT + "\\b[^.;]{0,40}?\\b(?:was|were|had been"
            + "|has been|have been)?\\s*filed|\\bfiled\\s+(?:a|an|the|its|their)?\\s*(?:[a-z-]+\\s+){0,2}?" + SUIT
            + "(?:\\s+against\\s+[^.;,]{1,40}?)?|\\bsued\\s+[^.;,]{1,40}?)\\s+(?:in|on)\\s+$");
    /** A definite reference to the case. */
    private static final Pattern THE_CASE = Pattern.compile("\\bthe\\s+(?:case|suit|lawsuit|complaint|class action"
            + "|litigation|claims)\\b");
    /** What a court or party does to a case once it is filed. */
    private static final Pattern STEP = Pattern.compile("\\b(rejected|denied|dismissed|threw out|thrown out|granted"
            + "|certified|ruled|upheld|approved|settled|settle|consolidated|combined|transferred|heard|trial)\\b");
    /** Words that point at another case or at no dated step. */
    private static final Pattern OTHER = Pattern.compile("\\b(similar|another|other|earlier|previous|separate|prior"
            + "|first|original|since|until|before|after|by|if|would|could|may|might|expected|scheduled|plans?)\\b");

    @Override
    public String name() {
        return "LEGAL_SEQUENCE";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        Mention filed = null;
        for (Mention d : ctx.mentions(MentionType.DATE)) {
            if (d.time() == null || !d.time().resolved() || d.time().begin() == null) {
                continue;
            }
            Span s = ctx.sentenceSpan(d.sentence());
            if (FILED_BEFORE.matcher(ctx.lower(Math.max(s.start(), d.start() - 90), d.start())).find()
                    && (filed == null || d.time().begin().isBefore(filed.time().begin()))) {
                filed = d;
            }
        }
        List<Finding> out = new ArrayList<>();
        if (filed == null) {
            return out;
        }
        for (int k = 0; k < ctx.sentenceCount(); k++) {
            if (k == filed.sentence() || ctx.isFurniture(k)) {
                continue;
            }
            List<Mention> dates = ctx.mentions(k, MentionType.DATE);
            if (dates.size() != 1) {
                continue;
            }
            Mention d = dates.get(0);
            Span s = ctx.sentenceSpan(k);
            String text = ctx.lower(s.start(), s.end());
            if (d.time() == null || !d.time().resolved() || d.time().end() == null || !THE_CASE.matcher(text).find()
                    || !STEP.matcher(text).find() || OTHER.matcher(text).find()) {
                continue;
            }
            if (d.time().end().isBefore(filed.time().begin())) {
                String message = String.format(Locale.ROOT, "A step in the case is dated \"%s\" (%s), before the case "
                        + "was filed (\"%s\", %s).", d.text(), d.time().value(), filed.text(), filed.time().value());
                List<Span> spans = List.of(filed.span(), d.span());
                out.add(new Finding(FindingType.SEQUENCE_CONFLICT, Severity.ERROR, message, spans,
                        ctx.claimsCovering(spans), name()));
            }
        }
        return out;
    }
}
