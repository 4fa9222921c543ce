package org.claimcheck.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.claimcheck.model.Article;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads one article of the MEANTIME corpus (NewsReader, Wikinews English section, CAT XML; CC BY 4.0)
 * into an {@link Article} whose body is the text rebuilt from the tokens (see {@link TokenText}) and a
 * {@link GoldDocument} with offsets into that body:
 * <ul>
 *   <li>TIMEX3 DATE, TIME, DURATION, SET with their values (a TIMEX3 without tokens, such as a creation
 *       time given only as metadata, is skipped; a DATE valued {@code XXXX-XX-XX}, which the annotators
 *       could not place at all, is an unscored region, as are TIME and SET); values written in another
 *       format are read in the TIMEX3 one (see {@link #normalizedValue});</li>
 *   <li>VALUE MONEY and PERCENT (spans only: MEANTIME gives no normalized value);</li>
 *   <li>PARTY: ENTITY_MENTIONs of syntactic type NAM or PRE.NAM that refer to an ORG or PER entity;</li>
 *   <li>a markable that holds other markables of its own type is a container, an unscored region: the
 *       parts are the gold (see {@link #containersUnscored});</li>
 *   <li>events with their Arg0/Arg1 participants that are named organizations or persons, and the DATE
 *       values a TLINK places them in (the creation time excepted); grammatical events (copulas,
 *       auxiliaries) get no participants, so they are not scored.</li>
 * </ul>
 * Only sentences 0 to 5 (title, dateline and four body sentences) are fully annotated, so the document's
 * scope ends with sentence 5; mentions after it are dropped. The publication date is the value of the
 * TIMEX3 whose {@code functionInDocument} is CREATION_TIME.
 */
public final class MeantimeReader {

    /** The last fully annotated sentence. */
    public static final int LAST_SCORED_SENTENCE = 5;

    /** Credit line for reports that show MEANTIME results. */
    public static final String CREDIT = "MEANTIME corpus (NewsReader project; FBK, VU Amsterdam, UPV/EHU), "
            + "Wikinews English section, CC BY 4.0";

    /** The value of a date the annotators could not place at all; such a TIMEX3 is an unscored region. */
    private static final String UNKNOWN_DATE = "XXXX-XX-XX";

    /** A duration value ({@code P6Y}, {@code PXD}, {@code PT2H}), as opposed to {@code PAST_REF}. */
    private static final Pattern DURATION_VALUE = Pattern.compile("P[0-9XT].*");

    /** A day-first date, {@code 03-02-2009}. */
    private static final Pattern DAY_FIRST = Pattern.compile("([0-3][0-9])-([01][0-9])-([0-9]{4})");
    /** A duration with its unit first, {@code PY5}. */
    private static final Pattern UNIT_FIRST = Pattern.compile("P([YMWD])([0-9]+(?:\\.[0-9]+)?)");

    private static final Set<String> ANCHOR_FROM_EVENT = Set.of("IS_INCLUDED", "SIMULTANEOUS", "IDENTITY",
            "BEGUN_BY", "ENDED_BY");
    private static final Set<String> ANCHOR_FROM_TIMEX = Set.of("INCLUDES", "SIMULTANEOUS", "IDENTITY", "BEGINS",
            "ENDS");

    private MeantimeReader() {
    }

    /** A markable: its element name, attributes and token ids. */
    private record Markable(String tag, Element element, List<Integer> tokens) {
        String attr(String name) {
            return element.getAttribute(name);
        }
    }

    /** A relation: its element name, attributes and source/target markable ids. */
    private record Relation(String tag, Element element, List<String> sources, List<String> targets) {
    }

    /** Reads every {@code .xml} file under the folder (sorted); unreadable files become error lines. */
    public static GoldLoad readAll(Path dir) {
        List<GoldDocument> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".xml")).sorted()
                    .toList();
        } catch (IOException e) {
            return new GoldLoad(List.of(), List.of(dir + ": cannot list folder: " + e.getMessage()));
        }
        for (Path f : files) {
            try {
                docs.add(read(f));
            } catch (IOException | RuntimeException e) {
                errors.add(f + ": " + e.getMessage());
            }
        }
        return new GoldLoad(docs, errors);
    }

    /** Reads one CAT XML file. */
    public static GoldDocument read(Path file) throws IOException {
        Document xml = parse(file);
        Element root = xml.getDocumentElement();
        List<Integer> tokenIds = new ArrayList<>();
        List<TokenText.Tok> toks = new ArrayList<>();
        NodeList tokenNodes = root.getElementsByTagName("token");
        for (int i = 0; i < tokenNodes.getLength(); i++) {
            Element t = (Element) tokenNodes.item(i);
            tokenIds.add(Integer.parseInt(t.getAttribute("t_id")));
            toks.add(new TokenText.Tok(Integer.parseInt(t.getAttribute("sentence")), t.getTextContent()));
        }
        if (toks.isEmpty()) {
            throw new IOException("no tokens");
        }
        TokenText.Built built = TokenText.build(toks);
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < tokenIds.size(); i++) {
            position.put(tokenIds.get(i), i);
        }
        Map<String, Markable> markables = markables(root);
        List<Relation> relations = relations(root);
        Texts texts = new Texts(built, toks, position);

        String date = null;
        for (Markable m : markables.values()) {
            if (m.tag().equals("TIMEX3") && m.attr("functionInDocument").equals("CREATION_TIME")) {
                date = m.attr("value");
            }
        }
        String id = root.getAttribute("doc_id");
        String title = texts.sentenceText(0);
        LocalDate published = parseDate(date);
        if (published == null) {
            published = parseDateline(texts.sentenceText(1));
        }
        Article article = new Article(id, published, title, CREDIT, root.getAttribute("url"), built.text(),
                file.toString());
        Span scope = new Span(0, texts.endOfSentence(LAST_SCORED_SENTENCE));

        Map<String, String> entityOf = new HashMap<>();
        for (Relation r : relations) {
            if (r.tag().equals("REFERS_TO") && !r.targets().isEmpty()) {
                r.sources().forEach(s -> entityOf.put(s, r.targets().get(0)));
            }
        }
        List<GoldMention> mentions = mentions(markables, entityOf, texts);
        List<GoldEvent> events = events(markables, relations, entityOf, texts);
        return new GoldDocument(article, file.toString(), scope,
                EnumSet.of(GoldDocument.Layer.MENTIONS, GoldDocument.Layer.EVENTS), mentions, List.of(), List.of(),
                events);
    }

    private static List<GoldMention> mentions(Map<String, Markable> markables, Map<String, String> entityOf,
                                              Texts texts) {
        List<GoldMention> out = new ArrayList<>();
        for (Map.Entry<String, Markable> e : markables.entrySet()) {
            Markable m = e.getValue();
            if (m.tokens().isEmpty() || texts.sentenceOf(m.tokens()) > LAST_SCORED_SENTENCE) {
                continue;
            }
            Span span = texts.span(m.tokens());
            String text = texts.text(span);
            switch (m.tag()) {
                case "TIMEX3" -> {
                    String value = normalizedValue(m.attr("value"));
                    GoldType type = timexType(m.attr("type"), value);
                    if (type != null) {
                        boolean scored = type.scoredAs() != null && !value.equals(UNKNOWN_DATE);
                        out.add(new GoldMention(type, span, text, value, null, null, scored));
                    }
                }
                case "VALUE" -> {
                    if (m.attr("type").equals("MONEY")) {
                        out.add(new GoldMention(GoldType.MONEY, span, text, null, null, null));
                    } else if (m.attr("type").equals("PERCENT")) {
                        out.add(new GoldMention(GoldType.PERCENT, span, text, null, null, null));
                    }
                }
                case "ENTITY_MENTION" -> {
                    PartyKind kind = kindOf(markables.get(entityOf.get(e.getKey())));
                    if (kind != null && named(m)) {
                        out.add(new GoldMention(GoldType.PARTY, span, text, null, null, kind));
                    }
                }
                default -> {
                }
            }
        }
        return containersUnscored(out);
    }

    /**
     * Sorted, duplicates (same type and span) dropped, and a container made an unscored region: a markable
     * that holds another gold markable of its own type. For names ("Airbus parent EADS", "JSA Research
     * analyst Paul Nesbit") the shorter names count. For values, MEANTIME wraps an amount and its
     * restatement in one more VALUE besides the two it annotates on their own ("$381 million, or $0.67"
     * holds "$381 million" and "$0.67"; "AU$52.5 million (US$40.4 million" holds both amounts; "20 to 25
     * percent" holds "20" and "25 percent"): the amounts count, the wrapper is no amount of its own.
     */
    static List<GoldMention> containersUnscored(List<GoldMention> mentions) {
        List<GoldMention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GoldMention m : mentions) {
            if (!seen.add(m.type() + " " + m.span())) {
                continue;
            }
            boolean container = mentions.stream().anyMatch(o -> o.type() == m.type()
                    && m.span().contains(o.span()) && !m.span().equals(o.span()));
            out.add(container ? new GoldMention(m.type(), m.span(), m.text(), m.value(), m.qualifier(), m.kind(),
                    false) : m);
        }
        out.sort(Comparator.comparing(GoldMention::span).thenComparing(GoldMention::type));
        return out;
    }

    private static List<GoldEvent> events(Map<String, Markable> markables, List<Relation> relations,
                                          Map<String, String> entityOf, Texts texts) {
        Map<String, List<GoldEvent.Participant>> participants = new HashMap<>();
        Map<String, TreeSet<String>> anchors = new HashMap<>();
        for (Relation r : relations) {
            if (r.sources().isEmpty() || r.targets().isEmpty()) {
                continue;
            }
            String src = r.sources().get(0);
            String tgt = r.targets().get(0);
            if (r.tag().equals("HAS_PARTICIPANT")) {
                String role = r.element().getAttribute("sem_role");
                GoldEvent.Participant p = participant(role, entityOf.get(tgt), markables, entityOf, texts);
                if ((role.equals("Arg0") || role.equals("Arg1")) && p != null) {
                    participants.computeIfAbsent(src, k -> new ArrayList<>()).add(p);
                }
            } else if (r.tag().equals("TLINK")) {
                String reltype = r.element().getAttribute("reltype");
                if (ANCHOR_FROM_EVENT.contains(reltype) && isAnchor(markables.get(tgt))) {
                    anchors.computeIfAbsent(src, k -> new TreeSet<>()).add(valueOf(markables.get(tgt)));
                } else if (ANCHOR_FROM_TIMEX.contains(reltype) && isAnchor(markables.get(src))) {
                    anchors.computeIfAbsent(tgt, k -> new TreeSet<>()).add(valueOf(markables.get(src)));
                }
            }
        }
        List<GoldEvent> out = new ArrayList<>();
        for (Map.Entry<String, Markable> e : markables.entrySet()) {
            Markable m = e.getValue();
            if (!m.tag().equals("EVENT_MENTION") || m.tokens().isEmpty()) {
                continue;
            }
            Span head = texts.span(m.tokens());
            Markable event = markables.get(entityOf.get(e.getKey()));
            boolean grammatical = event != null && event.attr("class").equals("GRAMMATICAL");
            out.add(new GoldEvent(head, texts.text(head), m.attr("pred"),
                    grammatical ? List.of() : participants.getOrDefault(e.getKey(), List.of()),
                    List.copyOf(anchors.getOrDefault(e.getKey(), new TreeSet<>()))));
        }
        out.sort((a, b) -> a.head().compareTo(b.head()));
        return out;
    }

    /** A participant when the entity is a named organization or person, else null. */
    private static GoldEvent.Participant participant(String role, String entityId, Map<String, Markable> markables,
                                                     Map<String, String> entityOf, Texts texts) {
        Markable entity = entityId == null ? null : markables.get(entityId);
        PartyKind kind = kindOf(entity);
        if (kind == null) {
            return null;
        }
        TreeSet<String> names = new TreeSet<>();
        List<Span> spans = new ArrayList<>();
        for (Map.Entry<String, String> ref : entityOf.entrySet()) {
            Markable m = markables.get(ref.getKey());
            if (ref.getValue().equals(entityId) && m != null && !m.tokens().isEmpty()) {
                Span s = texts.span(m.tokens());
                spans.add(s);
                if (named(m)) {
                    names.add(texts.text(s));
                }
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        String descriptor = entity.attr("TAG_DESCRIPTOR");
        if (!descriptor.isBlank()) {
            names.add(descriptor);
        }
        spans.sort(null);
        return new GoldEvent.Participant(role, kind, List.copyOf(names), spans);
    }

    private static String valueOf(Markable timex) {
        return normalizedValue(timex.attr("value"));
    }

    private static boolean isAnchor(Markable m) {
        return m != null && m.tag().equals("TIMEX3") && m.attr("type").equals("DATE") && !m.tokens().isEmpty()
                && !m.attr("functionInDocument").equals("CREATION_TIME");
    }

    private static boolean named(Markable m) {
        String t = m.attr("syntactic_type");
        return t.equals("NAM") || t.equals("PRE.NAM");
    }

    private static PartyKind kindOf(Markable entity) {
        if (entity == null || !entity.tag().equals("ENTITY")) {
            return null;
        }
        return switch (entity.attr("ent_type")) {
            case "ORG" -> PartyKind.ORGANIZATION;
            case "PER" -> PartyKind.PERSON;
            default -> null;
        };
    }

    /**
     * The gold type of a TIMEX3: its {@code type}, except where type and value disagree, in which case the
     * value decides (annotation slips in a few files): a DATE whose value is a duration ({@code P6Y}) is a
     * DURATION, a DURATION whose value is a date ({@code PRESENT_REF} on "current") is a DATE.
     */
    private static GoldType timexType(String type, String value) {
        boolean durationValue = DURATION_VALUE.matcher(value).matches();
        return switch (type) {
            case "DATE" -> durationValue ? GoldType.DURATION : GoldType.DATE;
            case "TIME" -> GoldType.TIME;
            case "DURATION" -> durationValue ? GoldType.DURATION : GoldType.DATE;
            case "SET" -> GoldType.SET;
            default -> null;
        };
    }

    /**
     * A TIMEX3 value in the TIMEX3 format. Two files write a value otherwise, which is a difference of
     * notation, not of meaning: a day first ({@code 03-02-2009}, as that file's creation time is written)
     * is read as {@code 2009-02-03}; a duration with its unit before the number ({@code PY5}, {@code PM6})
     * as {@code P5Y}, {@code P6M}. Every other value is kept as written.
     */
    static String normalizedValue(String value) {
        Matcher dayFirst = DAY_FIRST.matcher(value);
        if (dayFirst.matches()) {
            return dayFirst.group(3) + "-" + dayFirst.group(2) + "-" + dayFirst.group(1);
        }
        Matcher unitFirst = UNIT_FIRST.matcher(value);
        if (unitFirst.matches()) {
            return "P" + unitFirst.group(2) + unitFirst.group(1);
        }
        return value;
    }

    /**
     * The CREATION_TIME value as a date: ISO {@code 2009-02-03}, or the day-first {@code 03-02-2009} that
     * one file uses; null when neither.
     */
    static LocalDate parseDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.substring(0, 10),
                        java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu", java.util.Locale.ROOT));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** The dateline (sentence 1, "September 01, 2007") as a date, for files without a CREATION_TIME. */
    static LocalDate parseDateline(String dateline) {
        try {
            return LocalDate.parse(dateline.strip().replaceAll("\\s*,\\s*", ", "),
                    java.time.format.DateTimeFormatter.ofPattern("MMMM d, uuuu", java.util.Locale.ENGLISH));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, Markable> markables(Element root) {
        Map<String, Markable> out = new LinkedHashMap<>();
        for (Element section : children(root, "Markables")) {
            for (Element m : children(section, null)) {
                List<Integer> tokens = new ArrayList<>();
                for (Element a : children(m, "token_anchor")) {
                    tokens.add(Integer.parseInt(a.getAttribute("t_id")));
                }
                out.put(m.getAttribute("m_id"), new Markable(m.getTagName(), m, tokens));
            }
        }
        return out;
    }

    private static List<Relation> relations(Element root) {
        List<Relation> out = new ArrayList<>();
        for (Element section : children(root, "Relations")) {
            for (Element r : children(section, null)) {
                List<String> sources = new ArrayList<>();
                children(r, "source").forEach(s -> sources.add(s.getAttribute("m_id")));
                List<String> targets = new ArrayList<>();
                children(r, "target").forEach(t -> targets.add(t.getAttribute("m_id")));
                out.add(new Relation(r.getTagName(), r, sources, targets));
            }
        }
        return out;
    }

    /** Child elements, all or with the given tag. */
    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
                out.add(e);
            }
        }
        return out;
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a readable CAT XML file: " + e.getMessage(), e);
        }
    }

    /** Offsets and text of token runs in the rebuilt body. */
    private record Texts(TokenText.Built built, List<TokenText.Tok> toks, Map<Integer, Integer> position) {

        Span span(List<Integer> tokenIds) {
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (int id : tokenIds) {
                Span s = built.spans().get(index(id));
                start = Math.min(start, s.start());
                end = Math.max(end, s.end());
            }
            return new Span(start, end);
        }

        int sentenceOf(List<Integer> tokenIds) {
            return toks.get(index(tokenIds.get(0))).sentence();
        }

        String text(Span s) {
            return s.of(built.text());
        }

        private int index(int tokenId) {
            Integer i = position.get(tokenId);
            if (i == null) {
                throw new IllegalArgumentException("markable points at unknown token " + tokenId);
            }
            return i;
        }

        /** The end offset of the last token of sentences 0..s (the whole text when shorter). */
        int endOfSentence(int s) {
            int end = 0;
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).sentence() <= s) {
                    end = Math.max(end, built.spans().get(i).end());
                }
            }
            return end;
        }

        String sentenceText(int s) {
            int start = -1;
            int end = -1;
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).sentence() == s) {
                    start = start < 0 ? built.spans().get(i).start() : start;
                    end = built.spans().get(i).end();
                }
            }
            return start < 0 ? "" : built.text().substring(start, end);
        }
    }
}
