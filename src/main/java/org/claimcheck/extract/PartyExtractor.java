package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimcheck.model.Party;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Token;

/**
 * Finds the parties of an article: organizations and people, from the gazetteer (which wins: it knows
 * that Amazon is a company, not a place, and that AGI or Azure are not parties), from CoreNLP's NER, from
 * corporate suffixes ("Contoso Ltd"), and then every other occurrence in the article of a name found
 * once. Canonical names come from the gazetteer, else the name without its corporate suffix; a person's
 * bare surname takes the full name used elsewhere in the article. Titles ("Amazon CEO Andy Jassy",
 * "Sam Altman, chief executive of OpenAI") are attached to people.
 */
public final class PartyExtractor {

    /** A party found over tokens {@code [first, last]} (article-wide token indices). */
    public record TokenParty(int first, int last, Party party) {
    }

    private static final Set<String> CORP_SUFFIX = Set.of("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd",
            "Ltd.", "LLC", "L.L.C.", "plc", "PLC", "Co.", "AG", "SA", "S.A.", "SE", "NV", "N.V.", "GmbH", "Limited",
            "Holdings", "Group", "LP", "L.P.", "Pty", "KK", "K.K.", "Oyj", "ASA", "AB", "SpA", "S.p.A.", "BV", "B.V.");
    /** Legal-form suffixes left out of canonical names ("Contoso Ltd" is "Contoso"; "News Corp" keeps "Corp"). */
    private static final Set<String> LEGAL_FORM = Set.of("Inc", "Inc.", "Corp.", "Ltd", "Ltd.", "LLC", "L.L.C.", "plc",
            "PLC", "Co.", "AG", "SA", "S.A.", "SE", "NV", "N.V.", "GmbH", "LP", "L.P.", "Pty", "KK", "K.K.", "Oyj", "ASA",
            "AB", "SpA", "S.p.A.", "BV", "B.V.");
    /** First words of organization names that never stand for the organization alone. */
    private static final Set<String> GENERIC_FIRST_WORDS = Set.of("United", "New", "General", "National",
            "International", "Global", "First", "American", "British", "European", "Royal", "Central", "Federal",
            "State", "Standard", "Western", "Eastern", "Northern", "Southern", "Pacific", "Atlantic", "Great",
            "Union", "US", "U.S.", "UK", "U.K.", "China", "Japan", "India", "Canadian", "Irish", "Singapore", "Korea",
            "German", "French", "Chinese", "Japanese", "Indian", "Australian", "Asian", "Bank", "World", "Air");
    /** Head nouns by which an organization is named again on its own ("the Commission"). */
    private static final Set<String> HEAD_NOUNS = Set.of("Commission", "Court", "Authority", "Office", "Ministry",
            "Department", "Agency", "Board", "Council", "Parliament", "Exchange", "Tribunal", "Regulator", "Senate",
            "Journal", "Times");
    /** Suffixes that make an unknown capitalized name an organization even when NER missed it. */
    private static final Set<String> ORG_MARKERS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd",
            "Ltd.", "LLC", "plc", "PLC", "AG", "GmbH", "Holdings", "Group", "Technologies", "Labs", "Capital",
            "Partners", "Ventures", "Systems", "Airlines", "Airways", "Motors", "Bank", "Pharmaceuticals",
            "Therapeutics", "Networks", "Semiconductor", "Electronics", "Industries", "Media", "Energy",
            "Logistics", "Robotics", "Payments", "Software", "Studios", "Communications", "Telecom", "Insurance");
    /**
     * Business words that end company names ("Solstice AI", "Vantage Grid", "Meridian Ads", "Bloomberg News")
     * and that NER tends to leave outside the name it tags; a tagged organization takes the one that follows it.
     */
    private static final Set<String> NAME_TAILS = Set.of("AI", "Automation", "Ads", "Grid", "News", "Data", "Digital",
            "Health", "Pharma", "Biopharma", "Bio", "Fibre", "Fiber", "Cloud", "Analytics", "Devices", "Photonics",
            "Sensors", "Foods", "Games", "Mobile", "Solar", "Power", "Security", "Financial", "Aerospace",
            "Automotive", "Chemicals", "Materials", "Mining", "Pay", "Bancorp", "Brands", "Entertainment");
    /** Lower-case nouns that, right before a proper noun, say that it names a company ("chipmaker TSMC"). */
    private static final Set<String> BUSINESS_NOUNS = Set.of("maker", "chipmaker", "carmaker", "automaker",
            "drugmaker", "company", "firm", "startup", "start-up", "operator", "developer", "provider", "lender",
            "insurer", "retailer", "manufacturer", "supplier", "rival", "subsidiary", "conglomerate", "producer",
            "distributor", "brokerage", "carrier", "airline", "broadcaster", "publisher", "utility", "miner",
            "refiner", "peer", "competitor");
    private static final Set<String> NOT_NAME = Set.of("The", "A", "An", "This", "That", "These", "Those", "It",
            "He", "She", "They", "We", "I", "You", "Its", "Their", "His", "Her", "Our", "In", "On", "At", "By",
            "For", "With", "From", "But", "And", "Or", "If", "As", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr",
            "Dr.", "CEO", "Chief", "Executive", "President", "Chairman", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Today", "Yesterday", "Here",
            "There", "When", "While", "After", "Before", "Under", "Over", "Analysts", "Shares", "Investors");
    private static final Map<String, String> TITLES = new HashMap<>();

    static {
        String[][] t = {{"CEO", "CEO"}, {"chief executive", "CEO"}, {"chief executive officer", "CEO"},
            {"Chief Executive", "CEO"}, {"Chief Executive Officer", "CEO"}, {"CFO", "CFO"},
            {"chief financial officer", "CFO"}, {"Chief Financial Officer", "CFO"}, {"COO", "COO"},
            {"chief operating officer", "COO"}, {"CTO", "CTO"}, {"chief technology officer", "CTO"},
            {"president", "President"}, {"President", "President"}, {"chairman", "Chairman"},
            {"Chairman", "Chairman"}, {"chairwoman", "Chair"}, {"chair", "Chair"}, {"Chair", "Chair"},
            {"founder", "Founder"}, {"co-founder", "Co-founder"}, {"cofounder", "Co-founder"},
            {"vice chair", "Vice Chair"}, {"vice chairman", "Vice Chair"}, {"vice president", "Vice President"},
            {"general counsel", "General Counsel"}, {"spokesperson", "Spokesperson"},
            {"spokesman", "Spokesperson"}, {"spokeswoman", "Spokesperson"}, {"analyst", "Analyst"},
            {"managing director", "Managing Director"}, {"head", "Head"}, {"chief", "Chief"}};
        for (String[] p : t) {
            TITLES.put(p[0], p[1]);
        }
    }

    private PartyExtractor() {
    }

    /** All parties in the article's tokens (furniture is already blanked out, so has no tokens). */
    public static List<TokenParty> find(List<Token> tokens, Gazetteer gaz) {
        int n = tokens.size();
        TokenParty[] at = new TokenParty[n];
        boolean[] blocked = new boolean[n];
        // 1. gazetteer, longest match first
        for (int i = 0; i < n; i++) {
            for (int len = Math.min(gaz.maxTokens(), n - i); len >= 1; len--) {
                int last = i + len - 1;
                if (tokens.get(last).sentence() != tokens.get(i).sentence()) {
                    continue;
                }
                Gazetteer.Entry e = gaz.lookup(surface(tokens, i, last));
                if (e == null || (len == 1 && !startsUpper(tokens.get(i).word()) && e.kind() != Gazetteer.Kind.NOT_PARTY)) {
                    continue;
                }
                if (e.kind() == Gazetteer.Kind.NOT_PARTY) {
                    for (int k = i; k <= last; k++) {
                        blocked[k] = true;
                    }
                } else {
                    place(at, new TokenParty(i, last, new Party(e.canonical(), kind(e.kind()), null, null)));
                }
                i = last;
                break;
            }
        }
        // 2. NER runs and corporate-suffix names where the gazetteer said nothing
        for (int i = 0; i < n; i++) {
            String tag = tokens.get(i).ner();
            if (!(tag.equals("PERSON") || tag.equals("ORGANIZATION"))) {
                continue;
            }
            int j = i;
            while (j + 1 < n && tokens.get(j + 1).ner().equals(tag) && tokens.get(j + 1).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            if ((tag.equals("ORGANIZATION") || tag.equals("PERSON")) && at[i] == null && j + 1 < n
                    && tokens.get(j + 1).sentence() == tokens.get(i).sentence()
                    && tokens.get(j + 1).ner().equals("O") && at[j + 1] == null
                    && (ORG_MARKERS.contains(tokens.get(j + 1).word()) || NAME_TAILS.contains(tokens.get(j + 1).word()))) {
                j++; // "Solstice AI", "Kiyomi Automation": NER often leaves the business word out of the name, or
                // takes the first word for a person ("Quillfeather/PERSON AI"): the business word makes it a company
                blocked[j] = false; // "AI" alone is a concept, not a party; at the end of a name it is the name's
            }
            String lastWord = tokens.get(j).word();
            boolean business = ORG_MARKERS.contains(lastWord) || NAME_TAILS.contains(lastWord)
                    || j > i && brandCased(lastWord);
            // "Jinhai Biopharma", "Pinewave Pay": a name ending in a business word is no person's; nor is
            // "Qianhai FrostLink", whose last word is written like a brand
            addRun(tokens, at, blocked, i, j, tag.equals("PERSON") && !(business && j > i) ? PartyKind.PERSON
                    : PartyKind.ORGANIZATION);
            i = j;
        }
        for (int i = 1; i < n; i++) {
            TokenParty prev = at[i - 1];
            if (prev != null && at[i] == null && CORP_SUFFIX.contains(tokens.get(i).word())
                    && prev.party().kind() == PartyKind.ORGANIZATION && tokens.get(i).sentence() == tokens.get(i - 1).sentence()) {
                int j = i;
                while (j + 1 < n && at[j + 1] == null && CORP_SUFFIX.contains(tokens.get(j + 1).word())) {
                    j++;
                }
                place(at, new TokenParty(prev.first(), j, prev.party())); // "Aer Lingus Group PLC"
                i = j;
            }
        }
        for (int i = 0; i < n; i++) {
            if (ORG_MARKERS.contains(tokens.get(i).word()) && at[i] == null && !blocked[i]) {
                int s = i;
                while (s - 1 >= 0 && tokens.get(s - 1).sentence() == tokens.get(i).sentence()
                        && isNameWord(tokens.get(s - 1).word()) && at[s - 1] == null && !blocked[s - 1]) {
                    s--;
                }
                if (s < i) {
                    addRun(tokens, at, blocked, s, i, PartyKind.ORGANIZATION);
                }
            }
        }
        // 2b. "Northwind CEO Maria Ortega": the proper nouns before a title that precedes a person name an organization
        for (int i = 0; i + 1 < n; i++) {
            if (at[i] != null || blocked[i] || !tokens.get(i).pos().equals("NNP") || NOT_NAME.contains(tokens.get(i).word())) {
                continue;
            }
            int j = i;
            while (j + 1 < n && at[j + 1] == null && tokens.get(j + 1).pos().equals("NNP")
                    && !TITLES.containsKey(tokens.get(j + 1).word()) && !NOT_NAME.contains(tokens.get(j + 1).word())) {
                j++;
            }
            int t = j + 1;
            int titleLen = 0;
            for (int len = 3; len >= 1 && titleLen == 0; len--) {
                if (t + len < n && TITLES.containsKey(words(tokens, t, t + len - 1)) && !words(tokens, t, t + len - 1).equals("head")) {
                    titleLen = len;
                }
            }
            int person = t + titleLen;
            if (titleLen > 0 && person < n && tokens.get(person).ner().equals("PERSON")
                    && tokens.get(person).sentence() == tokens.get(i).sentence()) {
                addRun(tokens, at, blocked, i, j, PartyKind.ORGANIZATION);
            }
            i = j;
        }
        // 2c. "power-electronics maker Volterra Drives", "chipmaker TSMC": proper nouns right after a business noun
        for (int i = 1; i < n; i++) {
            Token d = tokens.get(i - 1);
            if (!BUSINESS_NOUNS.contains(d.word().toLowerCase(Locale.ROOT)) || !d.pos().startsWith("NN")
                    || d.pos().startsWith("NNP") || d.sentence() != tokens.get(i).sentence()) {
                continue;
            }
            int j = i - 1;
            while (j + 1 < n && at[j + 1] == null && !blocked[j + 1] && tokens.get(j + 1).pos().startsWith("NNP")
                    && tokens.get(j + 1).sentence() == d.sentence() && !tokens.get(j + 1).ner().equals("PERSON")
                    && !NOT_NAME.contains(tokens.get(j + 1).word()) && !tokens.get(j + 1).ner().equals("LOCATION")
                    && !tokens.get(j + 1).ner().equals("COUNTRY") && !tokens.get(j + 1).ner().equals("CITY")) {
                j++;
            }
            if (j >= i) {
                addRun(tokens, at, blocked, i, j, PartyKind.ORGANIZATION);
                i = j;
            }
        }
        // 2d. "OpenAI, SoftBank, Oracle and MGX", "Daniel Kwan and Ilse Marsh": an unknown name in a list with a
        // party takes that party's kind
        listMembers(tokens, at, blocked);
        // 2e. names whose place in the sentence says they are companies, whatever NER took them for
        companiesByPlace(tokens, at, blocked);
        // 3. every other occurrence of a name found once
        Map<String, Party> known = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (at[i] != null && at[i].first() == i) {
                known.putIfAbsent(surface(tokens, i, at[i].last()), at[i].party());
                if (at[i].party().kind() == PartyKind.PERSON && at[i].last() > i) {
                    known.putIfAbsent(tokens.get(at[i].last()).word(), at[i].party());
                }
            }
        }
        addShortForms(tokens, at, known, gaz);
        int maxLen = known.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        for (int i = 0; i < n; i++) {
            if (at[i] != null || blocked[i] || !startsUpper(tokens.get(i).word())) {
                continue;
            }
            for (int len = Math.min(maxLen, n - i); len >= 1; len--) {
                int last = i + len - 1;
                boolean free = true;
                for (int k = i; k <= last; k++) {
                    free &= at[k] == null && !blocked[k] && tokens.get(k).sentence() == tokens.get(i).sentence();
                }
                Party p = free ? known.get(surface(tokens, i, last)) : null;
                if (p != null) {
                    place(at, new TokenParty(i, last, p));
                    i = last;
                    break;
                }
            }
        }
        // 3b. a company introduced with its business word that NER left out and then named without it
        // ("Quillfeather AI, which sells ..." then "Quillfeather said"): the full form is its name
        fullNamesFromFirstMention(tokens, at, blocked, gaz);
        // 4. a company name right before a model code is part of a product name ("Airbus A380")
        for (int i = 0; i < n; i++) {
            if (at[i] != null && at[i].first() == i && at[i].party().kind() == PartyKind.ORGANIZATION) {
                int next = at[i].last() + 1;
                if (next < n && tokens.get(next).sentence() == tokens.get(i).sentence()
                        && isModelCode(tokens.get(next).word()) && !percentAfter(tokens, next)) {
                    int last = at[i].last();
                    for (int k = i; k <= last; k++) {
                        at[k] = null;
                    }
                }
            }
        }
        // 5. collect, canonicalize people's surnames to full names, attach titles
        List<TokenParty> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (at[i] != null && at[i].first() == i) {
                out.add(at[i]);
                i = at[i].last();
            }
        }
        return withTitles(tokens, titledPeople(tokens, unifyKinds(linkSurnames(sharedSurnames(tokens, withoutPlaces(tokens, out)))),
                gaz));
    }

    /** Named-entity tags that say a capitalized word is a place or a time, not a party. */
    private static final Set<String> NOT_PARTY_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
            "NATIONALITY", "DATE", "TIME", "MONEY", "PERCENT", "NUMBER", "ORDINAL", "DURATION", "SET", "RELIGION",
            "IDEOLOGY", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH", "TITLE", "MISC");

    /**
     * Completes lists of parties: a run of proper nouns that no step recognized, joined by a comma, "and" or
     * "or" right after or right before a party, is a party of the same kind ("OpenAI, SoftBank, Oracle and
     * MGX"). A run tagged as a place, a date or a title, or written with a word that never names, is left.
     */
    private static void listMembers(List<Token> tokens, TokenParty[] at, boolean[] blocked) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (!unknownName(tokens.get(i), at[i], blocked[i])) {
                continue;
            }
            int j = i;
            while (j + 1 < n && unknownName(tokens.get(j + 1), at[j + 1], blocked[j + 1])
                    && tokens.get(j + 1).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            if (!standsAlone(tokens, at, i, j)) {
                i = j;
                continue;
            }
            TokenParty before = listNeighbour(tokens, at, i, -1);
            TokenParty after = listNeighbour(tokens, at, j, +1);
            PartyKind kind = before != null ? before.party().kind() : after != null ? after.party().kind() : null;
            if (kind != null && (before == null || after == null || before.party().kind() == after.party().kind())) {
                addRun(tokens, at, blocked, i, j, kind);
            }
            i = j;
        }
    }

    /**
     * Whether the run {@code [i, j]} is a name on its own: not a modifier of a noun after it ("Chinese
     * smartphone maker", "Territory vehicles"), not a product after its maker ("Lockheed Tristar"), not
     * after "the" ("the Sky and Astra", "the CHIPS Act").
     */
    private static boolean standsAlone(List<Token> tokens, TokenParty[] at, int i, int j) {
        if (j + 1 < tokens.size() && tokens.get(j + 1).sentence() == tokens.get(j).sentence()) {
            String next = tokens.get(j + 1).pos();
            if (next.equals("NN") || next.equals("NNS") || next.startsWith("JJ") || next.equals("CD")) {
                return false;
            }
        }
        if (i > 0 && tokens.get(i - 1).sentence() == tokens.get(i).sentence()) {
            return at[i - 1] == null && !tokens.get(i - 1).pos().equals("DT") && !tokens.get(i - 1).pos().equals("POS");
        }
        return true;
    }

    private static boolean unknownName(Token t, TokenParty at, boolean blocked) {
        return at == null && !blocked && t.pos().startsWith("NNP") && startsUpper(t.word())
                && !NOT_NAME.contains(t.word()) && !TITLES.containsKey(t.word()) && !NOT_PARTY_NER.contains(t.ner());
    }

    /**
     * The party joined to the run ending (or starting) at {@code edge} by one list separator (",", "and",
     * "or", ", and"), looking in direction {@code step}; null when there is none.
     */
    private static TokenParty listNeighbour(List<Token> tokens, TokenParty[] at, int edge, int step) {
        int k = edge + step;
        int separators = 0;
        boolean conjunction = false;
        while (k >= 0 && k < tokens.size() && tokens.get(k).sentence() == tokens.get(edge).sentence() && separators < 2) {
            String w = tokens.get(k).word();
            if (w.equals(",")) {
                separators++;
            } else if (w.equals("and") || w.equals("or")) {
                separators++;
                conjunction = true;
            } else {
                break;
            }
            k += step;
        }
        if (separators == 0 || separators == 2 && !conjunction || k < 0 || k >= tokens.size()
                || tokens.get(k).sentence() != tokens.get(edge).sentence()) {
            return null;
        }
        TokenParty p = at[k];
        if (p == null || (step < 0 ? p.last() != k : p.first() != k)) {
            return null;
        }
        if (!conjunction && !inList(tokens, at, p, step)) {
            return null; // a lone comma joins a list only when the list goes on: "Oracle, Redmond" may be a place
        }
        return p;
    }

    /** Whether party {@code p} is itself joined to another party on the far side, so a comma is a list's. */
    private static boolean inList(List<Token> tokens, TokenParty[] at, TokenParty p, int step) {
        int k = step < 0 ? p.first() - 1 : p.last() + 1;
        if (k < 0 || k >= tokens.size()) {
            return false;
        }
        String w = tokens.get(k).word();
        if (!w.equals(",") && !w.equals("and") && !w.equals("or")) {
            return false;
        }
        int m = k + step;
        if (m >= 0 && m < tokens.size() && (tokens.get(m).word().equals("and") || tokens.get(m).word().equals("or"))) {
            m += step;
        }
        return m >= 0 && m < tokens.size() && at[m] != null;
    }

    /**
     * One name, one kind: a name the article also uses as an organization (gazetteer, corporate
     * suffix, or NER) is not a person elsewhere in it ("Contoso's unit" vs "Contoso Ltd").
     */
    private static List<TokenParty> unifyKinds(List<TokenParty> parties) {
        Map<String, Integer> orgVotes = new HashMap<>();
        Map<String, Integer> perVotes = new HashMap<>();
        for (TokenParty p : parties) {
            (p.party().kind() == PartyKind.ORGANIZATION ? orgVotes : perVotes).merge(p.party().name(), 1, Integer::sum);
        }
        List<TokenParty> out = new ArrayList<>();
        for (TokenParty p : parties) {
            String name = p.party().name();
            if (p.party().kind() == PartyKind.PERSON && !name.contains(" ")
                    && (orgVotes.getOrDefault(name, 0) > 0 || p.first() == p.last())) {
                // a lone word tagged PERSON that no full name in the article explains: news introduces people
                // by full name, so this is far more often a company ("Halvorsen said", "LedgerLeaf's board")
                out.add(new TokenParty(p.first(), p.last(), new Party(name, PartyKind.ORGANIZATION, null, null)));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Bodies that are also places: a party when they act, a place or a modifier otherwise. */
    private static final Set<String> POLITIES = Set.of("European Union");
    /** Prepositions of place before a polity ("clearance in the European Union", "across the EU"). */
    private static final Set<String> IN_PLACE = Set.of("in", "across", "throughout", "outside", "within", "into",
            "inside");

    /**
     * Occurrences of a body that is also a place where it is the place ("antitrust clearance in the European
     * Union") or a modifier ("under EU antitrust rules"): no party there. Where it acts ("the EU fined Meridian")
     * it stays one.
     */
    private static List<TokenParty> withoutPlaces(List<Token> tokens, List<TokenParty> parties) {
        List<TokenParty> out = new ArrayList<>();
        for (TokenParty p : parties) {
            if (POLITIES.contains(p.party().name())) {
                int before = p.first() - 1;
                if (before >= 0 && tokens.get(before).word().equalsIgnoreCase("the")) {
                    before--;
                }
                int after = p.last() + 1;
                boolean place = before >= 0 && IN_PLACE.contains(tokens.get(before).word().toLowerCase(Locale.ROOT));
                boolean modifier = after < tokens.size() && tokens.get(after).sentence() == tokens.get(p.last()).sentence()
                        && (tokens.get(after).pos().equals("NN") || tokens.get(after).pos().equals("NNS")
                        || tokens.get(after).pos().equals("JJ"));
                if (place || modifier) {
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    /** Nouns of a takeover: what they are "of" is a company ("the acquisition of Metsera"). */
    private static final Set<String> TAKEOVER_NOUNS = Set.of("acquisition", "purchase", "takeover", "buyout");

    /**
     * Proper nouns that only a company can be where they stand, which NER often takes for places: what a
     * takeover noun is of ("completed its purchase of Metsera/LOCATION"), a name right after "X-based"
     * ("Leeds-based Pennine Net"), and a name right after a business noun even when tagged as a place
     * ("power-electronics maker Volterra/LOCATION Drives"). People, dates and amounts are left alone.
     */
    private static void companiesByPlace(List<Token> tokens, TokenParty[] at, boolean[] blocked) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            if (at[i] != null || blocked[i] || !t.pos().startsWith("NNP") || !startsUpper(t.word())
                    || NOT_NAME.contains(t.word()) || t.ner().equals("PERSON") || t.sentence() != tokens.get(i - 1).sentence()
                    || t.word().endsWith("-based")) {
                continue;
            }
            int j = i;
            while (j + 1 < n && at[j + 1] == null && !blocked[j + 1] && tokens.get(j + 1).pos().startsWith("NNP")
                    && startsUpper(tokens.get(j + 1).word()) && tokens.get(j + 1).sentence() == t.sentence()
                    && !tokens.get(j + 1).ner().equals("PERSON") && !NOT_NAME.contains(tokens.get(j + 1).word())) {
                j++;
            }
            String prev = tokens.get(i - 1).word();
            String prev2 = i >= 2 ? tokens.get(i - 2).word().toLowerCase(Locale.ROOT) : "";
            boolean takeover = prev.equals("of") && TAKEOVER_NOUNS.contains(prev2);
            boolean based = prev.endsWith("-based") || prev.equals("based") && prev2.equals("-");
            boolean business = BUSINESS_NOUNS.contains(prev.toLowerCase(Locale.ROOT))
                    && tokens.get(i - 1).pos().startsWith("NN") && !tokens.get(i - 1).pos().startsWith("NNP");
            if (takeover || based || business) {
                addRun(tokens, at, blocked, i, j, PartyKind.ORGANIZATION);
            }
            i = j;
        }
    }

    /** Plural titles of people before a list of names ("Co-founders Kavya Raman and Arjun Mehta"). */
    private static final Set<String> PLURAL_TITLES = Set.of("co-founders", "cofounders", "founders", "executives",
            "directors", "partners", "analysts", "chief executives", "co-chief executives", "brothers", "sisters");

    /**
     * Names taken for companies that a title makes people: "Its chief executive, Jure Sola, said" and "Jure
     * Sola, the chief executive" (NER tags "Jure/ORGANIZATION Sola/ORGANIZATION"), and the names in a list after a
     * plural title ("Co-founders Kavya Raman and Arjun Mehta"). Only names of two or three plain capitalized
     * words the gazetteer does not know and no business word ends; the name becomes a person everywhere.
     */
    private static List<TokenParty> titledPeople(List<Token> tokens, List<TokenParty> parties, Gazetteer gaz) {
        Set<String> people = new java.util.TreeSet<>();
        for (TokenParty p : parties) {
            if (p.party().kind() != PartyKind.ORGANIZATION || !personShaped(tokens, p) || gaz.lookup(p.party().name()) != null) {
                continue;
            }
            if (titleBefore(tokens, p.first()) || titleAfter(tokens, p.last()) || pluralTitleBefore(tokens, p.first())) {
                people.add(p.party().name());
            }
        }
        if (people.isEmpty()) {
            return parties;
        }
        List<TokenParty> out = new ArrayList<>();
        for (TokenParty p : parties) {
            out.add(people.contains(p.party().name()) && p.party().kind() == PartyKind.ORGANIZATION
                    ? new TokenParty(p.first(), p.last(), new Party(p.party().name(), PartyKind.PERSON, null, null)) : p);
        }
        return out;
    }

    private static boolean personShaped(List<Token> tokens, TokenParty p) {
        int len = p.last() - p.first() + 1;
        if (len < 2 || len > 3) {
            return false;
        }
        for (int k = p.first(); k <= p.last(); k++) {
            String w = tokens.get(k).word();
            if (!w.matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?") || ORG_MARKERS.contains(w) || NAME_TAILS.contains(w)
                    || CORP_SUFFIX.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "chief executive, Jure Sola" or "CEO Jure Sola": a title (and a comma) right before. */
    private static boolean titleBefore(List<Token> tokens, int first) {
        int end = first - 1;
        if (end >= 0 && tokens.get(end).word().equals(",")) {
            end--;
        }
        for (int len = 3; len >= 1; len--) {
            int s = end - len + 1;
            if (s >= 0 && tokens.get(s).sentence() == tokens.get(first).sentence() && postTitle(tokens, s, end)) {
                return true;
            }
        }
        return false;
    }

    /** "Jure Sola, the chief executive" or "Jure Sola, chief executive of": a comma and a title right after. */
    private static boolean titleAfter(List<Token> tokens, int last) {
        int s = last + 1;
        if (s >= tokens.size() || !tokens.get(s).word().equals(",")) {
            return false;
        }
        s++;
        if (s < tokens.size() && (tokens.get(s).word().equalsIgnoreCase("the") || tokens.get(s).word().equalsIgnoreCase("its"))) {
            s++;
        }
        for (int len = 3; len >= 1; len--) {
            int e = s + len - 1;
            if (e < tokens.size() && tokens.get(e).sentence() == tokens.get(last).sentence() && postTitle(tokens, s, e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code s..e} are a post's title; "head" and "chief" alone name no post. */
    private static boolean postTitle(List<Token> tokens, int s, int e) {
        String w = words(tokens, s, e);
        return TITLES.containsKey(w) && !w.equals("head") && !w.equals("chief");
    }

    /** "Co-founders Kavya Raman and Arjun Mehta": a plural title before the list the name is in. */
    private static boolean pluralTitleBefore(List<Token> tokens, int first) {
        int sentence = tokens.get(first).sentence();
        int k = first - 1;
        // walk back over the list: names, commas and "and"
        while (k >= 0 && tokens.get(k).sentence() == sentence && (tokens.get(k).word().equals(",")
                || tokens.get(k).word().equals("and") || tokens.get(k).pos().equals("NNP"))) {
            k--;
        }
        for (int len = 2; len >= 1; len--) {
            int s = k - len + 1;
            if (s >= 0 && tokens.get(s).sentence() == sentence
                    && PLURAL_TITLES.contains(words(tokens, s, k).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the first occurrence of a company the gazetteer does not know is followed by a business word
     * that is no one's ("Quillfeather AI", "Solstice AI"), that word belongs to the name: the occurrence takes
     * it, and the company is named by the full form everywhere. Only the first occurrence counts, since
     * articles introduce a company by its full name; a later "Acme Health" after "Acme" is more likely a unit.
     */
    private static void fullNamesFromFirstMention(List<Token> tokens, TokenParty[] at, boolean[] blocked,
                                                  Gazetteer gaz) {
        int n = tokens.size();
        Set<String> seen = new java.util.HashSet<>();
        Map<Party, Party> renamed = new HashMap<>();
        for (int i = 0; i < n; i++) {
            TokenParty tp = at[i];
            if (tp == null || tp.first() != i) {
                continue;
            }
            Party p = tp.party();
            if (!seen.add(p.name()) || gaz.lookup(p.name()) != null) {
                continue;
            }
            int next = tp.last() + 1;
            if (next < n && at[next] == null && tokens.get(next).sentence() == tokens.get(i).sentence()
                    && NAME_TAILS.contains(tokens.get(next).word())
                    && gaz.lookup(p.name() + " " + tokens.get(next).word()) == null) {
                blocked[next] = false;
                // NER often takes the first word alone for a person ("Quillfeather/PERSON AI")
                renamed.put(p, new Party(p.name() + " " + tokens.get(next).word(), PartyKind.ORGANIZATION,
                        null, null));
                place(at, new TokenParty(i, next, p));
            }
            i = at[i].last();
        }
        if (renamed.isEmpty()) {
            return;
        }
        for (int i = 0; i < n; i++) {
            TokenParty tp = at[i];
            if (tp != null && tp.first() == i && renamed.containsKey(tp.party())) {
                place(at, new TokenParty(tp.first(), tp.last(), renamed.get(tp.party())));
            }
        }
    }

    private static void addRun(List<Token> tokens, TokenParty[] at, boolean[] blocked, int i, int j, PartyKind kind) {
        while (i <= j && (NOT_NAME.contains(tokens.get(i).word()) || TITLES.containsKey(tokens.get(i).word())
                || !startsUpperOrDigit(tokens.get(i).word()))) {
            i++;
        }
        while (j >= i && (tokens.get(j).word().equals("'s") || tokens.get(j).word().equals("'")
                || tokens.get(j).pos().equals("POS") || !Character.isLetterOrDigit(last(tokens.get(j).word())))) {
            j--;
        }
        if (j < i) {
            return;
        }
        for (int k = i; k <= j; k++) {
            if (at[k] != null || blocked[k]) {
                return;
            }
        }
        if (i == j && (tokens.get(i).pos().startsWith("JJ") || tokens.get(i).pos().startsWith("VB")
                || tokens.get(i).pos().startsWith("RB"))) {
            return; // "Congressional", "European": adjectives are not names
        }
        String name = surface(tokens, i, j);
        if (name.length() < 2 || name.chars().noneMatch(Character::isLowerCase) && name.length() > 6
                && kind == PartyKind.PERSON) {
            return;
        }
        if (kind == PartyKind.ORGANIZATION) {
            int e = j;
            while (e > i && LEGAL_FORM.contains(tokens.get(e).word())) {
                e--;
            }
            String canon = surface(tokens, i, e).replaceAll(",$", "").strip();
            place(at, new TokenParty(i, j, new Party(canon, kind, null, null)));
        } else {
            place(at, new TokenParty(i, j, new Party(name, kind, null, null)));
        }
    }

    /** Surname prefixes that put a capital inside a person's name ("McDonald", "DeSantis", "MacArthur"). */
    private static final java.util.regex.Pattern SURNAME_PREFIX = java.util.regex.Pattern.compile(
            "^(Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Del|Della|Al|El|Fitz|St)\\p{Lu}.*");

    /**
     * A word with a capital inside it after lower-case letters, as brands are written ("FrostLink",
     * "PayPal", "LinkedIn") and surnames are not, but for their prefixes ("McDonald", "DeSantis").
     */
    static boolean brandCased(String word) {
        return word.matches("\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}]*") && !SURNAME_PREFIX.matcher(word).matches();
    }

    /** "A380", "787", "737-800", "X5": a token with digits that names a model, not an organization. */
    /** "and Hsinchu Power 49%": a number that is a share, not a model ("Boeing 737"). */
    private static boolean percentAfter(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).sentence() != tokens.get(i).sentence()) {
            return false;
        }
        String w = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
        return w.equals("%") || w.equals("percent") || w.equals("pct") || w.equals("per");
    }

    static boolean isModelCode(String w) {
        return w.matches("[A-Z]{0,3}-?\\d{2,5}[A-Za-z]{0,3}(?:-\\d{1,4}[A-Za-z]?)?") && !w.matches("(19|20)\\d\\d");
    }

    private static char last(String s) {
        return s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
    }

    private static void place(TokenParty[] at, TokenParty p) {
        for (int k = p.first(); k <= p.last(); k++) {
            at[k] = p;
        }
    }

    private static PartyKind kind(Gazetteer.Kind k) {
        return k == Gazetteer.Kind.PERSON ? PartyKind.PERSON : PartyKind.ORGANIZATION;
    }

    static String surface(List<Token> tokens, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first) {
                boolean adjacent = tokens.get(k).span().start() == tokens.get(k - 1).span().end();
                if (!adjacent) {
                    sb.append(' ');
                }
            }
            sb.append(tokens.get(k).word());
        }
        return sb.toString();
    }

    private static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean startsUpperOrDigit(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))
                || (w.length() > 1 && Character.isLowerCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))));
    }

    private static boolean isNameWord(String w) {
        return startsUpper(w) && !NOT_NAME.contains(w) && w.chars().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '-' || c == '&' || c == '.');
    }

    /**
     * Short forms of the article's multi-word organizations, mapped to the full name: the leading
     * word(s) before a generic tail ("Pellucid" for "Pellucid Labs", "Harrowgate" for "Harrowgate
     * Media"), the initials ("PRL" for "Premier Rugby League") and a head noun ("Commission" for
     * "European Commission"). Gazetteer names keep their own entries; a short form used by two
     * organizations is left alone.
     */
    private static void addShortForms(List<Token> tokens, TokenParty[] at, Map<String, Party> known, Gazetteer gaz) {
        Map<String, Party> shortForms = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        Set<String> lowerWords = new java.util.HashSet<>();
        Set<String> notNames = new java.util.HashSet<>(GENERIC_FIRST_WORDS);
        for (Token t : tokens) {
            if (!t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))) {
                lowerWords.add(t.word());
            }
            if (t.pos().startsWith("JJ") || t.pos().equals("NNPS")) {
                notNames.add(t.word()); // adjectives ("Irish", "Canadian") do not stand for a company
            }
        }
        for (Party p : new java.util.ArrayList<>(known.values())) {
            String[] w = p.name().split(" ");
            if (p.kind() != PartyKind.ORGANIZATION || w.length < 2) {
                continue;
            }
            // a name the gazetteer knows keeps its own entries, but a body is named again by its head noun too
            // ("the Commission" for "European Commission")
            boolean listed = gaz.lookup(p.name()) != null;
            List<String> forms = new ArrayList<>();
            String first = w[0];
            if (!listed && first.length() >= 2 && !NOT_NAME.contains(first) && !notNames.contains(first)
                    && !lowerWords.contains(first.toLowerCase(Locale.ROOT)) && gaz.lookup(first) == null
                    && !(first.length() <= 4 && first.replace(".", "").chars().allMatch(Character::isUpperCase)
                    && first.contains("."))) {
                forms.add(first);
            }
            if (!listed && w.length >= 3) {
                forms.add(w[0] + " " + w[1]);
                StringBuilder initials = new StringBuilder();
                for (String x : w) {
                    if (!x.isEmpty() && Character.isUpperCase(x.charAt(0))) {
                        initials.append(x.charAt(0));
                    }
                }
                if (initials.length() == w.length) {
                    forms.add(initials.toString());
                }
            }
            String head = w[w.length - 1];
            if (HEAD_NOUNS.contains(head) && (!listed || gaz.lookup(head) == null)) {
                forms.add(head);
            }
            for (String f : forms) {
                Party prev = shortForms.putIfAbsent(f, p);
                if (prev != null && !prev.name().equals(p.name())) {
                    ambiguous.add(f);
                }
            }
        }
        shortForms.keySet().removeAll(ambiguous);
        // the short form stands for the full name, also where NER found the short form on its own first
        shortForms.forEach((form, full) -> {
            Party had = known.get(form);
            if (had == null || (had.name().equals(form) && gaz.lookup(form) == null)) {
                known.put(form, full);
            }
        });
        // a mention already found under a short name takes the full one
        for (int i = 0; i < at.length; i++) {
            TokenParty tp = at[i];
            if (tp != null && tp.first() == i && gaz.lookup(tp.party().name()) == null) {
                Party full = shortForms.get(tp.party().name());
                if (full != null) {
                    place(at, new TokenParty(tp.first(), tp.last(), full));
                }
            }
        }
    }

    /**
     * "Nikhil and Rohan Desai": a lone first name joined by "and" to a person's full name right after it shares
     * that person's surname ("Nikhil Desai").
     */
    private static List<TokenParty> sharedSurnames(List<Token> tokens, List<TokenParty> parties) {
        List<TokenParty> out = new ArrayList<>(parties);
        for (int i = 0; i + 1 < out.size(); i++) {
            TokenParty p = out.get(i);
            TokenParty q = out.get(i + 1);
            String full = q.party().name();
            if (p.party().kind() != PartyKind.PERSON || q.party().kind() != PartyKind.PERSON || p.first() != p.last()
                    || q.last() == q.first() || q.first() != p.last() + 2 || !full.contains(" ")
                    || !tokens.get(p.last() + 1).word().equals("and") || p.party().name().contains(" ")) {
                continue;
            }
            String surname = full.substring(full.lastIndexOf(' ') + 1);
            out.set(i, new TokenParty(p.first(), p.last(),
                    new Party(p.party().name() + " " + surname, PartyKind.PERSON, null, null)));
        }
        return out;
    }

    /** "Jassy" → "Andy Jassy" when the article names a person with that surname. */
    private static List<TokenParty> linkSurnames(List<TokenParty> parties) {
        Map<String, String> bySurname = new HashMap<>();
        for (TokenParty p : parties) {
            String name = p.party().name();
            if (p.party().kind() == PartyKind.PERSON && name.contains(" ")) {
                bySurname.putIfAbsent(name.substring(name.lastIndexOf(' ') + 1), name);
            }
        }
        for (TokenParty p : parties) {
            String name = p.party().name();
            if (p.party().kind() == PartyKind.PERSON && name.contains(" ")) {
                bySurname.putIfAbsent(name.substring(0, name.indexOf(' ')), name); // "Park" for "Park Ji-won"
            }
        }
        List<TokenParty> out = new ArrayList<>();
        for (TokenParty p : parties) {
            String name = p.party().name();
            String full = p.party().kind() == PartyKind.PERSON && !name.contains(" ") ? bySurname.get(name) : null;
            out.add(full == null ? p : new TokenParty(p.first(), p.last(), new Party(full, PartyKind.PERSON, null, null)));
        }
        return out;
    }

    /** Attaches "CEO"/"chief executive of X" titles and their organizations to people. */
    private static List<TokenParty> withTitles(List<Token> tokens, List<TokenParty> parties) {
        Map<Integer, TokenParty> orgEndingAt = new HashMap<>();
        Map<Integer, TokenParty> orgStartingAt = new HashMap<>();
        for (TokenParty p : parties) {
            if (p.party().kind() == PartyKind.ORGANIZATION) {
                orgEndingAt.put(p.last(), p);
                orgStartingAt.put(p.first(), p);
            }
        }
        List<TokenParty> out = new ArrayList<>();
        for (TokenParty p : parties) {
            if (p.party().kind() != PartyKind.PERSON) {
                out.add(p);
                continue;
            }
            String title = null;
            String org = null;
            // left: [Org ['s]] Title Person
            for (int len = 3; len >= 1 && title == null; len--) {
                int s = p.first() - len;
                if (s < 0 || tokens.get(s).sentence() != tokens.get(p.first()).sentence()) {
                    continue;
                }
                String cand = TITLES.get(words(tokens, s, p.first() - 1));
                if (cand != null) {
                    title = cand;
                    int o = s - 1;
                    if (o >= 0 && tokens.get(o).pos().equals("POS")) {
                        o--;
                    }
                    TokenParty op = orgEndingAt.get(o);
                    org = op == null ? null : op.party().name();
                }
            }
            // right: Person, [Org's] Title [of|at Org]
            int r = p.last() + 1;
            if (title == null && r + 1 < tokens.size() && tokens.get(r).word().equals(",")) {
                int s = r + 1;
                TokenParty before = orgStartingAt.get(s);
                if (before != null) {
                    s = before.last() + 1;
                    if (s < tokens.size() && tokens.get(s).pos().equals("POS")) {
                        s++;
                    }
                }
                if (s < tokens.size() && (tokens.get(s).word().equalsIgnoreCase("the") || tokens.get(s).word().equals("a"))) {
                    s++;
                }
                for (int len = 3; len >= 1 && title == null; len--) {
                    if (s + len > tokens.size()) {
                        continue;
                    }
                    String cand = TITLES.get(words(tokens, s, s + len - 1));
                    if (cand != null) {
                        title = cand;
                        if (before != null) {
                            org = before.party().name();
                        } else {
                            int o = s + len;
                            if (o < tokens.size() && (tokens.get(o).word().equals("of") || tokens.get(o).word().equals("at"))) {
                                TokenParty op = orgStartingAt.get(o + 1);
                                org = op == null ? null : op.party().name();
                            }
                        }
                    }
                }
            }
            if (title != null && (title.equals("Head") || title.equals("Chief")) && org == null) {
                title = null;
            }
            out.add(title == null ? p : new TokenParty(p.first(), p.last(),
                    new Party(p.party().name(), PartyKind.PERSON, title, org)));
        }
        return out;
    }

    private static String words(List<Token> tokens, int s, int e) {
        StringBuilder sb = new StringBuilder();
        for (int k = s; k <= e; k++) {
            if (k > s) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).word());
        }
        String w = sb.toString();
        return TITLES.containsKey(w) ? w : w.toLowerCase(Locale.ROOT);
    }
}
