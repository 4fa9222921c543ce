package org.claimcheck.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Money;
import org.claimcheck.model.Span;

/**
 * A claim, gold or predicted, reduced to the fields the scorer compares. Parties are
 * {@code name:ROLE} keys (name lower-cased), money {@code amount[-high] CUR} keys (with the qualifier
 * in a second set), each as a sorted set.
 */
record ClaimView(Span trigger, String text, int sentence, EventClass event, TreeSet<String> parties,
                 TreeSet<String> money, TreeSet<String> moneyWithQualifier, String time, String attribution,
                 Modality modality) {

    static ClaimView of(GoldClaim c, SentenceLocator loc) {
        TreeSet<String> parties = new TreeSet<>();
        c.parties().forEach(p -> parties.add(partyKey(p.name(), p.role().name())));
        TreeSet<String> money = new TreeSet<>();
        TreeSet<String> moneyQ = new TreeSet<>();
        for (Money m : c.money()) {
            money.add(MentionValues.money(m));
            moneyQ.add(MentionValues.money(m) + " " + m.qualifier().name());
        }
        String attribution = c.attribution() == null ? null : attributionKey(c.attribution().source(),
                c.attribution().cue());
        return new ClaimView(c.trigger(), c.triggerText(), loc.sentenceAt(c.trigger().start()), c.event(), parties,
                money, moneyQ, c.time(), attribution, c.modality());
    }

    static ClaimView of(Claim c, ArticleFacts facts, SentenceLocator loc) {
        TreeSet<String> parties = new TreeSet<>();
        for (ClaimParty p : c.parties()) {
            parties.add(partyKey(p.name(), p.role().name()));
        }
        TreeSet<String> money = new TreeSet<>();
        TreeSet<String> moneyQ = new TreeSet<>();
        for (int i : c.money()) {
            if (i >= 0 && i < facts.mentions().size() && facts.mention(i).type() == MentionType.MONEY) {
                Mention m = facts.mention(i);
                money.add(MentionValues.money(m.money()));
                moneyQ.add(MentionValues.money(m.money()) + " " + m.money().qualifier().name());
            }
        }
        String attribution = c.attribution() == null ? null : attributionKey(c.attribution().source(),
                c.attribution().cue());
        Span where = c.trigger() != null ? c.trigger() : c.span();
        String text = where.end() <= facts.article().body().length() ? facts.text(where) : c.lemma();
        return new ClaimView(c.trigger(), text, loc.sentenceAt(where.start()), c.eventClass(), parties, money,
                moneyQ, c.time() == null ? null : c.time().value().value(), attribution, c.modality());
    }

    private static String partyKey(String name, String role) {
        return name.toLowerCase(Locale.ROOT) + ":" + role;
    }

    private static String attributionKey(String source, String cue) {
        return source.toLowerCase(Locale.ROOT) + "/" + cue.toLowerCase(Locale.ROOT);
    }

    /** Same sentence, event class, parties with roles, money values and time value. */
    boolean matches(ClaimView o) {
        return sentence == o.sentence && event == o.event && parties.equals(o.parties) && money.equals(o.money)
                && Objects.equals(time, o.time);
    }

    /** The parties with the given role, as keys. */
    List<String> partiesWithRole(String role) {
        return parties.stream().filter(p -> p.endsWith(":" + role)).toList();
    }

    /** One line for the errors file. */
    String describe() {
        return event + " \"" + text + "\" s" + sentence + " parties=" + parties + " money=" + moneyWithQualifier
                + " time=" + (time == null ? "-" : time) + " attribution=" + (attribution == null ? "-" : attribution)
                + " " + modality;
    }
}
