package org.claimcheck.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.claimcheck.ingest.ArticleReader;
import org.claimcheck.ingest.InputException;
import org.claimcheck.model.Article;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Money;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Role;
import org.claimcheck.model.Span;

/**
 * Reads and validates one gold file of the project ({@code gold/<id>.json}, schema in
 * {@code gold/README.md}). The article it annotates ({@code file}, relative to the project folder, the
 * gold folder's parent) is read with {@link ArticleReader}; every span must give its {@code text} at its
 * offsets in that body. Every problem is reported as one line {@code <file>: <field>: <problem>}, all
 * problems of a file at once; a file with any problem yields no document.
 */
public final class GoldReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP = Set.of("id", "file", "date", "mentions", "claims", "inconsistencies");
    private static final Set<String> SPAN = Set.of("start", "end", "text");
    private static final Set<String> CLAIM = Set.of("trigger", "event", "lemma", "parties", "money", "time",
            "attribution", "modality");
    private static final Set<String> TIME_RELATIONS = Set.of("UNTIL", "SINCE", "BEFORE", "AFTER");

    /** A document, or the problems that kept it from being read. */
    public record Result(GoldDocument document, List<String> errors) {
        public Result {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Path file;
    private final Path projectDir;
    private final List<String> errors = new ArrayList<>();
    private String body;

    private GoldReader(Path file, Path projectDir) {
        this.file = file;
        this.projectDir = projectDir;
    }

    /** Reads a gold file; article paths are resolved against {@code projectDir}. */
    public static Result read(Path file, Path projectDir) {
        return new GoldReader(file, projectDir).read();
    }

    private Result read() {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return fail("(file)", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return fail("(file)", "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return fail("(file)", "not a JSON object");
        }
        unknownFields(root, TOP, "");
        String id = text(root, "id", "id");
        String path = text(root, "file", "file");
        LocalDate date = date(root);
        if (id == null || path == null) {
            return new Result(null, errors);
        }
        Article article = article(path);
        if (article == null) {
            return new Result(null, errors);
        }
        body = article.body();
        if (!article.id().equals(id)) {
            error("id", "'" + id + "' but the article's id is '" + article.id() + "'");
        }
        if (date != null && !date.equals(article.date())) {
            error("date", date + " but the article's date is " + article.date());
        }
        List<GoldMention> mentions = new ArrayList<>();
        forEach(root, "mentions", (n, f) -> mention(n, f, mentions));
        List<GoldClaim> claims = new ArrayList<>();
        forEach(root, "claims", (n, f) -> claim(n, f, claims));
        List<GoldInconsistency> inconsistencies = new ArrayList<>();
        forEach(root, "inconsistencies", (n, f) -> inconsistency(n, f, inconsistencies));
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new GoldDocument(article, file.toString(), new Span(0, body.length()),
                EnumSet.of(GoldDocument.Layer.MENTIONS, GoldDocument.Layer.CLAIMS,
                        GoldDocument.Layer.INCONSISTENCIES), mentions, claims, inconsistencies, List.of()), List.of());
    }

    private Article article(String path) {
        Path articleFile = projectDir.resolve(path);
        if (!Files.isRegularFile(articleFile)) {
            error("file", "no such article file '" + path + "'");
            return null;
        }
        try {
            List<Article> articles = ArticleReader.read(articleFile, null);
            if (articles.size() != 1) {
                error("file", "'" + path + "' holds " + articles.size() + " articles, want 1");
                return null;
            }
            return articles.get(0);
        } catch (InputException e) {
            error("file", e.getMessage());
            return null;
        }
    }

    // ------------------------------------------------------------------ mentions

    private void mention(JsonNode n, String f, List<GoldMention> out) {
        GoldType type = enumValue(n, "type", f, GoldType.class, EnumSet.of(GoldType.PARTY, GoldType.MONEY,
                GoldType.DATE, GoldType.DURATION, GoldType.PERCENT));
        Span span = span(n, f, false);
        if (type == null) {
            return;
        }
        String value = null;
        String qualifier = null;
        PartyKind kind = null;
        Set<String> allowed = switch (type) {
            case PARTY -> Set.of("name", "kind", "title", "role", "affiliation");
            case MONEY -> Set.of("amount", "amountHigh", "currency", "qualifier");
            case DATE -> Set.of("value", "interval");
            case DURATION -> Set.of("value");
            case PERCENT -> Set.of("value", "valueHigh", "qualifier");
            default -> Set.of();
        };
        unknownFields(n, union(Set.of("type", "start", "end", "text"), allowed), f);
        switch (type) {
            case PARTY -> {
                String name = text(n, "name", f + ".name");
                kind = enumValue(n, "kind", f, PartyKind.class, EnumSet.allOf(PartyKind.class));
                value = name == null || kind == null ? null : name + " (" + kind.name() + ")";
            }
            case MONEY -> {
                Money m = money(n, f);
                value = m == null ? null : MentionValues.money(m);
                qualifier = m == null ? null : m.qualifier().name();
            }
            case DATE -> value = timex(n, "value", f);
            case DURATION -> {
                value = text(n, "value", f + ".value");
                if (value != null && !ValueFormats.duration(value)) {
                    error(f + ".value", "'" + value + "' is not an ISO 8601 duration such as P6Y");
                    value = null;
                }
            }
            case PERCENT -> {
                value = decimal(n, "value", f, true);
                String high = n.has("valueHigh") ? decimal(n, "valueHigh", f, true) : null;
                Qualifier q = enumValue(n, "qualifier", f, Qualifier.class, EnumSet.allOf(Qualifier.class));
                qualifier = q == null ? null : q.name();
                value = value == null ? null : MentionValues.plain(new BigDecimal(value))
                        + (high == null ? "" : "-" + MentionValues.plain(new BigDecimal(high)));
            }
            default -> {
            }
        }
        if (span != null) {
            out.add(new GoldMention(type, span, span.of(body), value, qualifier, kind));
        }
    }

    private Money money(JsonNode n, String f) {
        String amount = decimal(n, "amount", f, false);
        String high = n.has("amountHigh") ? decimal(n, "amountHigh", f, false) : null;
        String currency = text(n, "currency", f + ".currency");
        if (currency != null && !ValueFormats.currency(currency)) {
            error(f + ".currency", "'" + currency + "' is not an ISO 4217 code (3 capital letters)");
            currency = null;
        }
        Qualifier q = enumValue(n, "qualifier", f, Qualifier.class, EnumSet.allOf(Qualifier.class));
        if (q != null && (q == Qualifier.RANGE) != n.has("amountHigh")) {
            error(f + ".amountHigh", q == Qualifier.RANGE ? "missing: a RANGE needs amountHigh"
                    : "set, but the qualifier is " + q + ", not RANGE");
            return null;
        }
        if (amount == null || currency == null || q == null || (n.has("amountHigh") && high == null)) {
            return null;
        }
        if (high != null && new BigDecimal(high).compareTo(new BigDecimal(amount)) <= 0) {
            error(f + ".amountHigh", high + " is not above amount " + amount);
            return null;
        }
        return new Money(new BigDecimal(amount), high == null ? null : new BigDecimal(high), currency, q);
    }

    // ------------------------------------------------------------------ claims

    private void claim(JsonNode n, String f, List<GoldClaim> out) {
        unknownFields(n, CLAIM, f);
        JsonNode t = n.get("trigger");
        Span trigger = null;
        if (t == null || !t.isObject()) {
            error(f + ".trigger", "missing (want {start, end, text})");
        } else {
            trigger = span(t, f + ".trigger", true);
        }
        EventClass event = enumValue(n, "event", f, EventClass.class, EnumSet.allOf(EventClass.class));
        String lemma = text(n, "lemma", f + ".lemma");
        List<GoldClaim.Participant> parties = new ArrayList<>();
        forEach(n, "parties", f + ".parties", (p, pf) -> {
            unknownFields(p, Set.of("name", "role"), pf);
            String name = text(p, "name", pf + ".name");
            Role role = enumValue(p, "role", pf, Role.class, EnumSet.allOf(Role.class));
            if (name != null && role != null) {
                parties.add(new GoldClaim.Participant(name, role));
            }
        });
        List<Money> money = new ArrayList<>();
        forEach(n, "money", f + ".money", (m, mf) -> {
            unknownFields(m, Set.of("amount", "amountHigh", "currency", "qualifier"), mf);
            Money v = money(m, mf);
            if (v != null) {
                money.add(v);
            }
        });
        String time = null;
        JsonNode tn = n.get("time");
        if (tn != null && !tn.isNull()) {
            if (!tn.isObject()) {
                error(f + ".time", "want null or {value, relation}");
            } else {
                unknownFields(tn, Set.of("value", "relation"), f + ".time");
                time = timex(tn, "value", f + ".time");
                if (tn.has("relation") && !TIME_RELATIONS.contains(tn.get("relation").asText())) {
                    error(f + ".time.relation", "'" + tn.get("relation").asText() + "' is not one of "
                            + String.join(", ", TIME_RELATIONS.stream().sorted().toList()));
                }
            }
        }
        GoldClaim.Source attribution = null;
        JsonNode an = n.get("attribution");
        if (an != null && !an.isNull()) {
            if (!an.isObject()) {
                error(f + ".attribution", "want null or {source, cue}");
            } else {
                unknownFields(an, Set.of("source", "cue"), f + ".attribution");
                String source = text(an, "source", f + ".attribution.source");
                String cue = text(an, "cue", f + ".attribution.cue");
                attribution = source == null || cue == null ? null : new GoldClaim.Source(source, cue);
            }
        }
        Modality modality = enumValue(n, "modality", f, Modality.class, EnumSet.allOf(Modality.class));
        if (trigger != null && event != null && lemma != null && modality != null) {
            out.add(new GoldClaim(trigger, trigger.of(body), event, lemma, parties, money, time, attribution,
                    modality));
        }
    }

    // ------------------------------------------------------------------ inconsistencies

    private void inconsistency(JsonNode n, String f, List<GoldInconsistency> out) {
        unknownFields(n, Set.of("type", "spans", "explanation"), f);
        FindingType type = enumValue(n, "type", f, FindingType.class, EnumSet.allOf(FindingType.class));
        List<Span> spans = new ArrayList<>();
        forEach(n, "spans", f + ".spans", (s, sf) -> {
            Span sp = span(s, sf, true);
            if (sp != null) {
                spans.add(sp);
            }
        });
        if (n.path("spans").isArray() && n.get("spans").isEmpty()) {
            error(f + ".spans", "empty: name every side of the conflict");
        }
        String explanation = text(n, "explanation", f + ".explanation");
        if (type != null && !spans.isEmpty() && explanation != null) {
            out.add(new GoldInconsistency(type, spans, spans.stream().map(s -> s.of(body)).toList(), explanation));
        }
    }

    // ------------------------------------------------------------------ fields

    private interface Each {
        void accept(JsonNode node, String field);
    }

    private void forEach(JsonNode parent, String name, Each each) {
        forEach(parent, name, name, each);
    }

    private void forEach(JsonNode parent, String name, String field, Each each) {
        JsonNode arr = parent.get(name);
        if (arr == null || !arr.isArray()) {
            error(field, arr == null ? "missing (want an array)" : "not an array");
            return;
        }
        for (int i = 0; i < arr.size(); i++) {
            JsonNode item = arr.get(i);
            String f = field + "[" + i + "]";
            if (!item.isObject()) {
                error(f, "not an object");
            } else {
                each.accept(item, f);
            }
        }
    }

    /**
     * A span {start, end, text} whose text must be the body's text at its offsets; {@code alone} when the
     * object is only a span (so other fields are unknown).
     */
    private Span span(JsonNode n, String f, boolean alone) {
        if (alone) {
            unknownFields(n, SPAN, f);
        }
        JsonNode s = n.get("start");
        JsonNode e = n.get("end");
        String text = text(n, "text", f + ".text");
        if (s == null || !s.isInt() || e == null || !e.isInt()) {
            error(f + (s == null || !s.isInt() ? ".start" : ".end"), "missing or not an integer");
            return null;
        }
        int start = s.intValue();
        int end = e.intValue();
        if (start < 0 || end <= start || end > body.length()) {
            error(f, "bad offsets [" + start + ", " + end + ") for a body of " + body.length() + " characters");
            return null;
        }
        String actual = body.substring(start, end);
        if (text != null && !actual.equals(text)) {
            error(f + ".text", "'" + text + "' but the article has '" + actual + "' at [" + start + ", " + end + ")");
            return null;
        }
        return text == null ? null : new Span(start, end);
    }

    private String text(JsonNode n, String name, String field) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            error(field, "missing");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            error(field, "want a non-empty string");
            return null;
        }
        return v.asText();
    }

    private LocalDate date(JsonNode root) {
        String d = text(root, "date", "date");
        if (d == null) {
            return null;
        }
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            error("date", "'" + d + "' is not a YYYY-MM-DD day");
            return null;
        }
    }

    private String timex(JsonNode n, String name, String f) {
        String v = text(n, name, f + "." + name);
        if (v != null && !ValueFormats.timex(v)) {
            error(f + "." + name, "'" + v + "' is not a TIMEX3 date value such as 2026-02-16, 2026-Q1, PRESENT_REF");
            return null;
        }
        return v;
    }

    private String decimal(JsonNode n, String name, String f, boolean signed) {
        String v = text(n, name, f + "." + name);
        if (v != null && !(signed ? ValueFormats.signedDecimal(v) : ValueFormats.amount(v))) {
            error(f + "." + name, "'" + v + "' is not a plain decimal (digits, optional point, no exponent, "
                    + "no trailing zeros after the point)");
            return null;
        }
        return v;
    }

    private <E extends Enum<E>> E enumValue(JsonNode n, String name, String f, Class<E> type, Set<E> allowed) {
        String v = text(n, name, f + "." + name);
        if (v == null) {
            return null;
        }
        for (E e : allowed) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        error(f + "." + name, "'" + v + "' is not one of " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).filter(allowed::contains).map(Enum::name).toList()));
        return null;
    }

    private void unknownFields(JsonNode n, Set<String> known, String f) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                error(f.isEmpty() ? name : f + "." + name, "unknown field");
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private void error(String field, String problem) {
        errors.add(file + ": " + field + ": " + problem);
    }

    private Result fail(String field, String problem) {
        error(field, problem);
        return new Result(null, errors);
    }
}
