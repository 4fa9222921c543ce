package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern CHANGE = Pattern.compile("\\b(former|ex-|then-|interim|acting|outgoing|incoming"
            + "|succeed|succeeded|succeeds|successor|predecessor|replace|replaced|replaces|step down|stepped down"
            + "|steps down|resign|resigned|retire|retired|took over|takes over|appointed|hired|promoted)");
    /** Words just before a title that make it shared or not current. */
    private static final Pattern LOCAL = Pattern.compile("\\b(co-|former|ex-|then-|interim|acting|outgoing|incoming|new)\\s*$");
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
        if (CHANGE.matcher(ctx.lower()).find()
                || ctx.claims().stream().anyMatch(c -> c.eventClass() == EventClass.APPOINT)) {
            return List.of();
        }
        List<Held> held = titles(ctx);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            for (int j = i + 1; j < held.size(); j++) {
                Held a = held.get(i);
                Held b = held.get(j);
                if (!a.company().equals(b.company()) || a.title().equals(b.title()) == a.person().equals(b.person())) {
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

    /** "Amazon CEO Andy Jassy" or "Andy Jassy, chief executive of Amazon". */
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
