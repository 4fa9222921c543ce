package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * AMOUNT_CONFLICT: a deal referred back to by a definite description that carries its value ("The $19
 * billion contract is the largest in Vantage's history") against the value stated where the deal was told
 * ("has signed a contract worth up to $12 billion"). The description's noun (contract, deal, agreement,
 * acquisition, ...) must last occur, before it, in an earlier sentence beside an amount in the same
 * currency, with no other occurrence of the noun in between; qualifiers are respected ("up to $12 billion"
 * and "$12 billion" agree). Prices per unit, increments and sentences about offers or revisions are left
 * alone.
 */
public final class DealValueRule implements Rule {

    private static final String NOUNS = "contract|deal|agreement|acquisition|takeover|investment|purchase|merger"
            + "|buyout|licence|license|order";
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("\\b(?:the|this|that|its|their)\\s+(?:[a-z]+\\s+)?$");
    /** The noun right after the amount, after at most two modifiers: "$390 billion OpenAI contract". */
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:[\\w-]+\\s+){0,2}?("
            + NOUNS + ")\\b(?!\\s+(?:to|for|with|between|from)\\b)");
    private static final Pattern DOUBT = Pattern.compile("\\b(offer|offered|bid|proposal|proposed|revised|raised"
            + "|initial|initially|first|earlier|previous|new|second|another|additional)\\b");
    /** How near the noun an amount must be to state the deal's value ("a contract worth up to $12 billion"). */
    private static final int VALUE_WINDOW = 60;

    @Override
    public String name() {
        return "DEAL_VALUE";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Mention> money = ctx.mentions(MentionType.MONEY);
        List<Finding> out = new ArrayList<>();
        for (Mention m : money) {
            Matcher noun = NOUN_AFTER.matcher(ctx.facts().article().body().substring(m.end(),
                    Math.min(ctx.facts().article().body().length(), m.end() + 50)));
            if (!noun.lookingAt() || !DEFINITE_BEFORE.matcher(ctx.lower(m.start() - 20, m.start())).find()
                    || !SameEvent.unit(ctx, m).isEmpty() || doubtful(ctx, m)) {
                continue;
            }
            Mention told = toldValue(ctx, money, m, noun.group(1).toLowerCase(Locale.ROOT));
            if (told != null && Amounts.moneyDisagrees(told, m)) {
                String message = String.format(Locale.ROOT, "The %s is given as %s where it is told and as %s where "
                        + "it is referred back to.", noun.group(1).toLowerCase(Locale.ROOT), Amounts.quote(told),
                        Amounts.quote(m));
                List<Span> spans = List.of(told.span(), m.span());
                out.add(new Finding(FindingType.AMOUNT_CONFLICT, Severity.WARNING, message, spans,
                        ctx.claimsCovering(spans), name()));
            }
        }
        return out;
    }

    /**
     * The amount stated beside the last earlier occurrence of {@code noun} (in an earlier sentence, same
     * currency), or null when that occurrence states none.
     */
    private static Mention toldValue(Context ctx, List<Mention> money, Mention ref, String noun) {
        Pattern word = Pattern.compile("\\b" + noun + "s?\\b");
        int sentenceStart = ctx.sentenceSpan(ref.sentence()).start();
        Matcher w = word.matcher(ctx.lower(0, sentenceStart));
        int last = -1;
        while (w.find()) {
            last = w.start();
        }
        if (last < 0) {
            return null;
        }
        Mention best = null;
        for (Mention a : money) {
            if (a.sentence() >= ref.sentence() || ctx.isFurniture(a.sentence()) || !a.money().currency().equals(ref.money().currency())
                    || Math.abs(a.start() - last) > VALUE_WINDOW || !SameEvent.unit(ctx, a).isEmpty()
                    || SameEvent.increment(ctx, a) || doubtful(ctx, a)) {
                continue;
            }
            Span s = ctx.sentenceSpan(a.sentence());
            if (last < s.start() || last >= s.end()) {
                continue;
            }
            if (best == null || Math.abs(a.start() - last) < Math.abs(best.start() - last)) {
                best = a;
            }
        }
        return best;
    }

    private static boolean doubtful(Context ctx, Mention m) {
        Span s = ctx.sentenceSpan(m.sentence());
        return DOUBT.matcher(ctx.lower(s.start(), s.end())).find();
    }
}
