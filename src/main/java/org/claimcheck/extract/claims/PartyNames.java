package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.extract.Gazetteer;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Party;
import org.claimcheck.model.PartyKind;

/**
 * The article-level name of each party mention. News names a party in full once ("Daewon Semitech",
 * "Kiyomi Automation") and later by its first word(s) ("Daewon", "Kiyomi"), which the mention stage
 * keeps as a name of its own, often with the wrong kind. A short name is read as the longer name of the
 * same article that begins with it, word for word (or, for a one-word name, ends with it: "Commission" for
 * "European Commission"), when exactly one such name exists and the short name
 * is not a party the gazetteer knows by itself ("Amazon" stays Amazon beside "Amazon Web Services").
 * The longer names are the article's party names, the mention texts that carry more than the name
 * ("Nilgiri Holdings" named "Nilgiri"; legal forms such as "Ltd." do not count) and, for a one-word name,
 * its one fuller form in the body ("Solstice AI" when the mention stage tagged only "Solstice").
 * The longer name's kind wins: a company named by its first word is still a company.
 */
final class PartyNames {

    /** A canonical name and kind. */
    record Name(String name, PartyKind kind) {
    }

    private final List<Name> byMention;

    PartyNames(List<Mention> mentions, Gazetteer gazetteer) {
        this(mentions, gazetteer, "");
    }

    /**
     * @param body the article body, read for fuller forms of one-word names ("Solstice AI" beside
     *             "Solstice") that the mention stage did not tag; may be empty
     */
    PartyNames(List<Mention> mentions, Gazetteer gazetteer, String body) {
        Map<String, PartyKind> full = new TreeMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PARTY) {
                full.merge(m.party().name(), m.party().kind(),
                        (a, b) -> a == PartyKind.ORGANIZATION ? a : b);
                String written = writtenName(m);
                if (written != null) {
                    full.putIfAbsent(written, PartyKind.ORGANIZATION);
                }
            }
        }
        for (Mention m : mentions) {
            if (m.type() == MentionType.PARTY) {
                String longer = extension(body, m.party().name());
                if (longer != null) {
                    full.putIfAbsent(longer, PartyKind.ORGANIZATION);
                }
            }
        }
        byMention = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            byMention.add(m.type() == MentionType.PARTY ? resolve(m.party(), full, gazetteer) : null);
        }
    }

    /** The article-level name of PARTY mention {@code m}. */
    Name of(int m) {
        return byMention.get(m);
    }

    private static Name resolve(Party p, Map<String, PartyKind> names, Gazetteer gazetteer) {
        Name own = new Name(p.name(), p.kind());
        if (gazetteer != null && isKnown(gazetteer, p.name())) {
            return own;
        }
        Name longer = null;
        boolean oneWord = p.name().indexOf(' ') < 0;
        for (Map.Entry<String, PartyKind> e : names.entrySet()) {
            if (e.getKey().startsWith(p.name() + " ") || oneWord && e.getKey().endsWith(" " + p.name())) {
                if (longer != null) {
                    return own;
                }
                longer = new Name(e.getKey(), e.getValue());
            }
        }
        return longer == null ? own : longer;
    }

    /**
     * The mention's text when it is the name plus more words that are not a legal form ("Nilgiri Holdings"
     * for a mention the mention stage named "Nilgiri"; not "Nilgiri Ltd."), else null.
     */
    private static String writtenName(Mention m) {
        String text = m.text().replaceAll("['’]s?$", "");
        String name = m.party().name();
        if (!text.startsWith(name + " ") || m.party().kind() != PartyKind.ORGANIZATION) {
            return null;
        }
        for (String w : text.substring(name.length() + 1).split(" ")) {
            if (LEGAL_FORMS.contains(w.replace(".", "").replace(",", ""))) {
                return null;
            }
        }
        return text;
    }

    /**
     * The one fuller form of a one-word name written in the body: the name followed by one capitalized
     * word that is neither a title nor a legal form ("Solstice AI", "Vantage Grid"), when exactly one such
     * form occurs; else null.
     */
    private static String extension(String body, String name) {
        if (body.isEmpty() || name.indexOf(' ') >= 0) {
            return null;
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name)
                + " ([A-Z][\\p{L}&]*)\\b(?![-'’]\\p{L})").matcher(body);
        String found = null;
        while (m.find()) {
            String next = m.group(1);
            if (NOT_NAME_PART.contains(next) || LEGAL_FORMS.contains(next)) {
                continue;
            }
            String form = name + " " + next;
            if (found != null && !found.equals(form)) {
                return null;
            }
            found = form;
        }
        return found;
    }

    /** Legal forms, which a canonical name leaves out ("Microsoft", not "Microsoft Corp."). */
    private static final Set<String> LEGAL_FORMS = Set.of("Inc", "Corp", "Corporation",
            "Ltd", "Limited", "LLC", "plc", "PLC", "AG", "SA", "SE", "NV", "BV", "Co", "GmbH", "LP");

    /** Capitalized words that follow a company name without being part of it. */
    private static final Set<String> NOT_NAME_PART = Set.of("CEO", "CFO", "COO", "CTO",
            "Chief", "President", "Chairman", "Chair", "Founder", "Executive", "Director", "The", "In", "On",
            "And", "But", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "I", "A");

    private static boolean isKnown(Gazetteer gazetteer, String name) {
        Gazetteer.Entry e = gazetteer.lookup(name);
        return e != null && e.kind() != Gazetteer.Kind.NOT_PARTY;
    }
}
