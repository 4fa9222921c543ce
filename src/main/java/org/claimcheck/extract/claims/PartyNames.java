package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The longer name's kind wins: a company named by its first word is still a company.
 */
final class PartyNames {

    /** A canonical name and kind. */
    record Name(String name, PartyKind kind) {
    }

    private final List<Name> byMention;

    PartyNames(List<Mention> mentions, Gazetteer gazetteer) {
        Map<String, PartyKind> full = new TreeMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PARTY) {
                full.merge(m.party().name(), m.party().kind(),
                        (a, b) -> a == PartyKind.ORGANIZATION ? a : b);
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

    private static boolean isKnown(Gazetteer gazetteer, String name) {
        Gazetteer.Entry e = gazetteer.lookup(name);
        return e != null && e.kind() != Gazetteer.Kind.NOT_PARTY;
    }
}
