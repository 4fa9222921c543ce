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
 * SEQUENCE_CONFLICT between an order and its deliveries: what was ordered cannot be delivered before the order.
 * The order is the earliest dated one in the words ("ordered 40 A321neo jets in March 2023", "placed a firm
 * order for six vessels in 2024", "the order was signed on May 2"); a delivery counts when its sentence refers
 * back to what was ordered ("the first of the jets was delivered in 2022", "took delivery of the first two
 * vessels in January", "deliveries of the aircraft began in 2021"). Deliveries of a fleet already flown ("its
 * first", "existing", "earlier") and planned ones are left alone.
 */
public final class OrderDeliveryRule implements Rule {

    private static final Pattern ORDERED = Pattern.compile("\\b(?:ordered|placed\\s+(?:an?|the|its|a firm)\\s+"
            + "(?:[a-z-]+\\s+){0,2}order|signed\\s+(?:an?|the)\\s+(?:[a-z-]+\\s+){0,2}order|(?:the|this)\\s+order\\s+"
            + "(?:was|had been)\\s+(?:placed|signed|booked|finali[sz]ed))\\b");
    private static final Pattern DELIVERED = Pattern.compile("\\b(?:delivered|took delivery|taken delivery|takes delivery"
            + "|handed over|deliveries\\s+(?:began|started)|delivery\\s+of\\s+the\\s+first|first\\s+deliver(?:y|ies))\\b");
    /** A reference back to what was ordered. */
    private static final Pattern ORDERED_THINGS = Pattern.compile("\\b(?:the|those|these)\\s+(?:first\\s+)?(?:\\w+\\s+)?"
            + "(?:aircraft|jets|planes|airliners|vessels|ships|tankers|carriers|trains|locomotives|turbines|buses|trucks"
            + "|satellites|units|order|rigs|helicopters|engines)\\b|\\bof the order\\b");
    private static final Pattern OTHER = Pattern.compile("\\b(?:its first|existing|earlier|previous|older|current fleet"
            + "|already|prior|will|would|expected|scheduled|due|plans?|planned|could|may|might|if|until|before)\\b");
    private static final int NEAR = 70;

    @Override
    public String name() {
        return "ORDER_DELIVERY";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        Mention order = null;
        List<Mention> deliveries = new ArrayList<>();
        for (Mention d : ctx.mentions(MentionType.DATE)) {
            if (d.time() == null || !d.time().resolved() || d.time().begin() == null || d.time().end() == null) {
                continue;
            }
            Span s = ctx.sentenceSpan(d.sentence());
            String near = ctx.lower(Math.max(s.start(), d.start() - NEAR), Math.min(s.end(), d.end() + NEAR));
            String sentence = ctx.lower(s.start(), s.end());
            if (ORDERED.matcher(near).find() && !DELIVERED.matcher(near).find()) {
                if (order == null || d.time().begin().isBefore(order.time().begin())) {
                    order = d;
                }
            } else if (DELIVERED.matcher(near).find() && ORDERED_THINGS.matcher(sentence).find()
                    && !OTHER.matcher(sentence).find()) {
                deliveries.add(d);
            }
        }
        List<Finding> out = new ArrayList<>();
        if (order == null) {
            return out;
        }
        for (Mention d : deliveries) {
            if (d.sentence() != order.sentence() && d.time().end().isBefore(order.time().begin())) {
                String message = String.format(Locale.ROOT, "A delivery is dated \"%s\" (%s), before the order was "
                        + "placed (\"%s\", %s).", d.text(), d.time().value(), order.text(), order.time().value());
                List<Span> spans = List.of(order.span(), d.span());
                out.add(new Finding(FindingType.SEQUENCE_CONFLICT, Severity.ERROR, message, spans,
                        ctx.claimsCovering(spans), name()));
            }
        }
        return out;
    }
}
