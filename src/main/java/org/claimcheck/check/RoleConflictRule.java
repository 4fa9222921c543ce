package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * ROLE_CONFLICT: one person given two chief-officer titles at one company (CEO and CFO), or two people
 * given one single-holder title at one company (two CEOs). Titles come from the person mention's
 * {@code title}/{@code affiliation}, else from the words around it ("Amazon CEO Andy Jassy", "Andy Jassy,
 * chief executive of Amazon"). Nothing is raised when the article speaks of a change of office
 * ("former", "succeeded", "stepped down", "interim", "co-chief", an appointment claim): then two titles
 * are two times, not a contradiction.
 */
public final class RoleConflictRule implements Rule {

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("ceo", "CEO"), Map.entry("chief executive", "CEO"), Map.entry("chief executive officer", "CEO"),
            Map.entry("cfo", "CFO"), Map.entry("chief financial officer", "CFO"),
            Map.entry("coo", "COO"), Map.entry("chief operating officer", "COO"),
            Map.entry("cto", "CTO"), Map.entry("chief technology officer", "CTO"),
            Map.entry("chairman", "chair"), Map.entry("chairwoman", "chair"), Map.entry("chair", "chair"),
            Map.entry("chairperson", "chair"));
    /** Titles a person holds at most one of at one company. */
    private static final Set<String> EXCLUSIVE = Set.of("CEO", "CFO", "COO", "CTO");
    /** Titles one person holds at a time at one company. */
    private static final Set<String> SINGLE_HOLDER = Set.of("CEO", "CFO", "COO", "CTO", "chair");
    private static final String TITLE_WORDS = "(chief executive officer|chief executive|chief financial officer"
            + "|chief operating officer|chief technology officer|ceo|cfo|coo|cto|chairman|chairwoman|chairperson|chair)";
    private static final Pattern BEFORE = Pattern.compile("\\s+" + TITLE_WORDS + "\\s+$");
    private static final Pattern AFTER = Pattern.compile("^,?\\s+(?:the\\s+)?(?:company's\\s+)?" + TITLE_WORDS
            + "\\s+(?:of|at)\\s+$");
    private static final String COMPANY = "([A-Z][A-Za-z0-9&.-]*(?:\\s+[A-Z][A-Za-z0-9&.-]*){0,3})";
    /** "Pellucid's chief executive, Dana Whitfield": company, possessive and title right before the person. */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile(COMPANY + "['\u2019]s\\s+(?i:" + TITLE_WORDS
            + "),?\\s+$");
    /** "Marcus Oyelaran, Pellucid's chief executive": the same right after the person. */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^,\\s+" + COMPANY + "['\u2019]s\\s+(?i:"
            + TITLE_WORDS + ")\\b");
    /** Words of a change of office; they block a finding when they occur in a sentence naming either person. */
    private static final Pattern CHANGE = Pattern.compile("\\b(succeed|succeeded|succeeds|successor|predecessor"
            + "|replace|replaced|replaces|step down|stepped down|steps down|stepping down|resign|resigned|resigns"
            + "|retire|retired|retires|took over|takes over|appointed|appoints|named|hired|promoted|ousted|fired"
            + "|departure|left the company|previously|until)\\b");
    /** Words just before a title (a company name may stand between) that make it shared or not current. */
    private static final Pattern LOCAL = Pattern.compile(
            "\\b(co-|former|ex-|then-|interim|acting|outgoing|incoming|new)\\s*([a-z][\\w&.-]*(['\u2019]s)?\\s+){0,2}$");
    private static final int TITLE_WINDOW = 60;

    /** A title held by a person at a company, with the span of the title words (or of the name). */
    private record Held(String person, String title, String company, Span where) {
    }

    @Override
    public String name() {
        return "ROLE_CONFLICT";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Held> held = titles(ctx);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            for (int j = i + 1; j < held.size(); j++) {
                Held a = held.get(i);
                Held b = held.get(j);
                if (!a.company().equals(b.company()) || a.title().equals(b.title()) == a.person().equals(b.person())
                        || changeOfOffice(ctx, a, b)) {
                    continue;
                }
                if (a.person().equals(b.person()) && EXCLUSIVE.contains(a.title()) && EXCLUSIVE.contains(b.title())) {
                    out.add(finding(ctx, a, b, String.format(Locale.ROOT, "%s is called %s of %s in one place and %s in another.",
                            a.person(), a.title(), a.company(), b.title())));
                } else if (!a.person().equals(b.person()) && SINGLE_HOLDER.contains(a.title())) {
                    out.add(finding(ctx, a, b, String.format(Locale.ROOT, "Both %s and %s are called %s of %s.",
                            a.person(), b.person(), a.title(), a.company())));
                }
            }
        }
        return out;
    }

    /**
     * True when a sentence naming either person (full name or surname) speaks of a change of office, or an
     * appointment claim involves the company (a person joining another company changes nothing here).
     */
    private static boolean changeOfOffice(Context ctx, Held a, Held b) {
        Set<String> names = new TreeSet<>();
        for (Held h : List.of(a, b)) {
            String lower = Context.asciiLower(h.person());
            names.add(lower);
            names.add(lower.substring(lower.lastIndexOf(' ') + 1));
        }
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            Span span = ctx.sentenceSpan(s);
            String text = ctx.lower(span.start(), span.end());
            if (CHANGE.matcher(text).find() && names.stream().anyMatch(n -> containsWord(text, n))) {
                return true;
            }
        }
        return ctx.claims().stream().anyMatch(c -> c.eventClass() == EventClass.APPOINT
                && c.parties().stream().anyMatch(p -> p.name().equals(a.company())));
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find();
    }

    private List<Held> titles(Context ctx) {
        List<Mention> parties = ctx.mentions(MentionType.PARTY);
        List<Held> out = new ArrayList<>();
        for (Mention m : parties) {
            if (m.party().kind() != PartyKind.PERSON) {
                continue;
            }
            String title = m.party().title() == null ? null : TITLES.get(m.party().title().toLowerCase(Locale.ROOT).trim());
            String company = m.party().affiliation();
            if (title == null || company == null) {
                Held read = fromText(ctx, parties, m);
                    if (read == null) {
                    read = possessive(ctx, parties, m);
                }
                if (read != null) {
                    out.add(read);
                }
            } else {
                Span where = locateTitle(ctx, m);
                if (!LOCAL.matcher(ctx.lower(where.start() - TITLE_WINDOW / 2, where.start())).find()) {
                    out.add(new Held(m.party().name(), title, company, where));
                }
            }
        }
        return out;
    }

    /**
     * "Amazon CEO Andy Jassy", "Andy Jassy, chief executive of Amazon", "Amazon's chief executive, Andy Jassy"
     * or "Andy Jassy, Amazon's chief executive".
     */
    private static Held fromText(Context ctx, List<Mention> parties, Mention person) {
        for (Mention org : parties) {
            if (org.party().kind() != PartyKind.ORGANIZATION || org.sentence() != person.sentence()) {
                continue;
            }
            Matcher m = org.end() <= person.start() ? BEFORE.matcher(ctx.lower(org.end(), person.start()))
                    : person.end() <= org.start() ? AFTER.matcher(ctx.lower(person.end(), org.start())) : null;
            if (m != null && m.find()) {
                int base = org.end() <= person.start() ? org.end() : person.end();
                Span where = new Span(base + m.start(1), base + m.end(1));
                String words = ctx.lower(Math.min(org.start(), person.start()) - TITLE_WINDOW / 2, where.start());
                return LOCAL.matcher(words).find() ? null
                        : new Held(person.party().name(), TITLES.get(m.group(1)), org.party().name(), where);
            }
        }
        return null;
    }

    /**
     * "Pellucid's chief executive, Dana Whitfield" or "Dana Whitfield, Pellucid's chief executive", read from
     * the text, since a bare short company name is often not a party mention of its own.
     */
    private static Held possessive(Context ctx, List<Mention> parties, Mention person) {
        String body = ctx.facts().article().body();
        Span sentence = ctx.sentenceSpan(person.sentence());
        Matcher m = POSSESSIVE_BEFORE.matcher(body.substring(sentence.start(), person.start()));
        int base = sentence.start();
        if (!m.find()) {
            m = POSSESSIVE_AFTER.matcher(body.substring(person.end(), sentence.end()));
            base = person.end();
            if (!m.find()) {
                return null;
            }
        }
        Span where = new Span(base + m.start(2), base + m.end(2));
        int from = Math.min(base + m.start(1), person.start());
        if (LOCAL.matcher(ctx.lower(from - TITLE_WINDOW / 2, from)).find()) {
            return null;
        }
        return new Held(person.party().name(), TITLES.get(Context.asciiLower(m.group(2))),
                company(parties, person, m.group(1)), where);
    }

    /** The canonical name of the party the words {@code written} name ("Pellucid" for "Pellucid Labs"). */
    private static String company(List<Mention> parties, Mention person, String written) {
        for (Mention p : parties) {
            String name = p.party().name();
            if (!name.equals(person.party().name())
                    && (name.equals(written) || p.text().equals(written) || name.startsWith(written + " "))) {
                return name;
            }
        }
        return written;
    }

    /** The title words nearest the person mention, or the mention itself when they cannot be found. */
    private static Span locateTitle(Context ctx, Mention person) {
        int from = Math.max(0, person.start() - TITLE_WINDOW);
        Matcher m = Pattern.compile("\\b" + TITLE_WORDS + "\\b").matcher(ctx.lower(from, person.end() + TITLE_WINDOW));
        Span best = person.span();
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            Span s = new Span(from + m.start(), from + m.end());
            int distance = s.end() <= person.start() ? person.start() - s.end() : s.start() - person.end();
            if (distance >= 0 && distance < bestDistance) {
                best = s;
                bestDistance = distance;
            }
        }
        return best;
    }

    private Finding finding(Context ctx, Held a, Held b, String message) {
        List<Span> spans = List.of(a.where(), b.where());
        return new Finding(FindingType.ROLE_CONFLICT, Severity.ERROR, message, spans, ctx.claimsCovering(spans), name());
    }
}
