package org.claimcheck.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.BinaryPoint;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Money;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Role;
import org.claimcheck.model.TimeValue;

/**
 * The index schema: names every field and turns an article's facts into Lucene documents, one per claim
 * and one for the article itself. Nothing else decides what goes into a document.
 */
public final class FactDocuments {

    /** Bumped whenever documents change shape; an index written with another version must be rebuilt. */
    public static final int SCHEMA_VERSION = 3;
    /** Commit user-data key holding {@link #SCHEMA_VERSION}. */
    public static final String SCHEMA_KEY = "claimcheck.schema";

    /** {@code claim} or {@code article}. */
    public static final String TYPE = "type";
    /** The article id, exact and case-sensitive; every document of an article carries it. */
    public static final String ARTICLE = "article";
    /**
     * The article's title (English analysis), indexed on the article document only; a query on it matches
     * the claims of the articles whose title matches (see {@link ArticleTitleQuery}).
     */
    public static final String TITLE = "title";
    /** Publication date of the article, epoch day. */
    public static final String PUBLISHED = "published";
    /** The outlet the article came from. */
    public static final String OUTLET = "outlet";
    /** Party name, whole and case-insensitive. */
    public static final String PARTY = "party";
    /** Any word of a party name (English analysis). */
    public static final String PARTY_WORD = "partyword";
    public static final String AGENT = "agent";
    public static final String PATIENT = "patient";
    public static final String RECIPIENT = "recipient";
    /** Party kind: organization or person. */
    public static final String KIND = "kind";
    public static final String ROLE = "role";
    /** Event class ({@code invest}, {@code license}, ...). */
    public static final String EVENT = "event";
    public static final String LEMMA = "lemma";
    /** Money stated as one figure: the amount in 1/10,000 units, any currency (1-D point). */
    public static final String AMOUNT = "amount";
    /**
     * Money stated as one figure, with its currency: one 16-byte dimension, currency key then amount (see
     * {@link #currencyAmount}), so that the amounts of one currency form one contiguous range.
     */
    static final String AMOUNT_IN_CURRENCY = "amount.currency";
    /** Money stated as a range ("$10 billion to $12 billion"): 2-D range (currency key, amount). */
    static final String AMOUNT_RANGE = "amount.range";
    public static final String CURRENCY = "currency";
    /** Percentages: 1-D range in 1/10,000 percent. */
    public static final String PERCENT = "percent";
    /** When the claim holds: 1-D range of epoch days, open ends stretched to the int limits. */
    public static final String DATE = "date";
    public static final String MODALITY = "modality";
    /** Who the claim is attributed to, whole name, case-insensitive. */
    public static final String SOURCE = "source";
    /** The attribution's reporting verb lemma. */
    public static final String CUE = "cue";
    /** The claim's clause, the title for an article (English analysis); the default search field. */
    public static final String TEXT = "text";
    /** Stored JSON for display. */
    public static final String JSON = "json";
    static final String FACET_PARTY = "facet.party";
    static final String FACET_EVENT = "facet.event";
    static final String FACET_YEAR = "facet.year";
    static final String SORT_PUBLISHED = "sort.published";
    /**
     * Unique id for ordering ties: {@code ARTICLE/CLAIM} for a claim, the article id for an article. Binary
     * doc values: read only for the few matches tied with the last hit kept, so not worth a sorted
     * dictionary of a million unique values at every flush and merge.
     */
    static final String SORT_UID = "sort.uid";

    public static final String TYPE_CLAIM = "claim";
    public static final String TYPE_ARTICLE = "article";
    /** Facet label for claims without a resolved time. */
    public static final String UNDATED = "undated";

    /** Fields matched as whole, lower-cased values. */
    static final Set<String> KEYWORD_FIELDS = Set.of(TYPE, OUTLET, PARTY, AGENT, PATIENT, RECIPIENT, KIND, ROLE,
            EVENT, LEMMA, CURRENCY, MODALITY, SOURCE, CUE);
    /** Fields matched exactly as typed. */
    static final Set<String> EXACT_FIELDS = Set.of(ARTICLE);
    /** Fields analyzed as English text. */
    static final Set<String> TEXT_FIELDS = Set.of(TITLE, PARTY_WORD, TEXT);
    /** Fields that take dates. */
    static final Set<String> DATE_FIELDS = Set.of(DATE, PUBLISHED);
    /** Fields that take numbers. */
    static final Set<String> NUMBER_FIELDS = Set.of(AMOUNT, PERCENT);

    /** The field reference shown by {@code search --help} and in the README. */
    public static final String FIELD_HELP = ""
            + "Fields (a bare word or \"phrase\" searches text; terms are ANDed; OR, NOT, -, (), * work):\n"
            + "  party:NAME       a party, whole name, any case (party:\"Amazon Web Services\")\n"
            + "  partyword:WORD   any word of a party name\n"
            + "  agent: patient: recipient:  a party in that role\n"
            + "  kind:organization|person   role:agent|patient|recipient|other\n"
            + "  event:CLASS      invest acquire agree license pay buy sell announce report earn own\n"
            + "                   legal_action appoint launch other;  lemma:WORD  the predicate's lemma\n"
            + "  amount:AMOUNT    10B 2.5bn \"$38 billion\" EUR500m; >=10B <1m [1B TO 5B]; a currency\n"
            + "                   in the amount restricts to it;  currency:USD\n"
            + "  percent:N        percent:>=20 percent:[10 TO 30]\n"
            + "  date:WHEN        the claim's time intersects WHEN: 2026 2026-02 2026-02-16 2026-Q1 2026-H2,\n"
            + "                   >=2030 <2026 [2026-01 TO 2026-06]\n"
            + "  published:WHEN   the article's date, same forms\n"
            + "  modality:asserted|reported|future|conditional|negated|hedged\n"
            + "  source:NAME      who the claim is attributed to;  cue:WORD  the reporting verb\n"
            + "  article:ID  title:WORDS  outlet:NAME  text:WORDS\n"
            + "  type:article     find articles instead of claims";

    private static final Map<Role, String> ROLE_FIELDS =
            Map.of(Role.AGENT, AGENT, Role.PATIENT, PATIENT, Role.RECIPIENT, RECIPIENT);

    private static final Analyzer LOWERCASE_KEYWORD = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    };

    private FactDocuments() {
    }

    /** The analyzer for indexing and parsing queries, field by field. */
    public static Analyzer analyzer() {
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        KEYWORD_FIELDS.forEach(f -> perField.put(f, LOWERCASE_KEYWORD));
        EXACT_FIELDS.forEach(f -> perField.put(f, new KeywordAnalyzer()));
        DATE_FIELDS.forEach(f -> perField.put(f, new KeywordAnalyzer()));
        NUMBER_FIELDS.forEach(f -> perField.put(f, new KeywordAnalyzer()));
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }

    /** Every field a query may name. */
    public static Set<String> queryFields() {
        Set<String> all = new TreeSet<>();
        all.addAll(KEYWORD_FIELDS);
        all.addAll(EXACT_FIELDS);
        all.addAll(TEXT_FIELDS);
        all.addAll(DATE_FIELDS);
        all.addAll(NUMBER_FIELDS);
        return all;
    }

    /** The documents for one article: its claims in order, then the article document. */
    public static List<Document> documents(ArticleFacts facts) {
        List<Document> docs = new ArrayList<>(facts.claims().size() + 1);
        for (Claim c : facts.claims()) {
            docs.add(claimDocument(facts, c));
        }
        docs.add(articleDocument(facts));
        return docs;
    }

    static Document claimDocument(ArticleFacts facts, Claim c) {
        Article a = facts.article();
        Document d = new Document();
        addCommon(d, a, TYPE_CLAIM, a.id() + "/" + c.id());
        // keyword fields index documents only, not frequencies: a value given twice is added once
        Set<String> roles = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        List<String> names = new ArrayList<>(c.parties().size());
        for (ClaimParty p : c.parties()) {
            keyword(d, PARTY, p.name());
            names.add(p.name());
            d.add(new SortedSetDocValuesField(FACET_PARTY, new BytesRef(p.name())));
            String roleField = ROLE_FIELDS.get(p.role());
            if (roleField != null) {
                keyword(d, roleField, p.name());
            }
            if (roles.add(p.role().name())) {
                keyword(d, ROLE, p.role().name());
            }
            if (p.kind() != null && kinds.add(p.kind().name())) {
                keyword(d, KIND, p.kind().name());
            }
        }
        addPartyWords(d, names);
        keyword(d, EVENT, c.eventClass().name());
        keyword(d, LEMMA, c.lemma());
        d.add(new SortedDocValuesField(FACET_EVENT, new BytesRef(c.eventClass().name())));
        keyword(d, MODALITY, c.modality().name());
        if (c.attribution() != null) {
            keyword(d, SOURCE, c.attribution().source());
            keyword(d, CUE, c.attribution().cue());
        }
        List<Money> money = mentionsOf(facts, c.money(), MentionType.MONEY).stream().map(Mention::money).toList();
        money.forEach(m -> addMoney(d, m));
        List<Percent> percents =
                mentionsOf(facts, c.percents(), MentionType.PERCENT).stream().map(Mention::percent).toList();
        for (Percent p : percents) {
            long low = Amounts.toUnits(p.value());
            long high = p.valueHigh() == null ? low : Math.max(low, Amounts.toUnits(p.valueHigh()));
            d.add(new LongRange(PERCENT, new long[] {low}, new long[] {high}));
        }
        String year = UNDATED;
        if (c.time() != null && c.time().value().resolved()) {
            TimeValue t = c.time().value();
            int begin = t.begin() == null ? Integer.MIN_VALUE : Math.toIntExact(t.begin().toEpochDay());
            int end = t.end() == null ? Integer.MAX_VALUE : Math.toIntExact(t.end().toEpochDay());
            d.add(new IntRange(DATE, new int[] {begin}, new int[] {end}));
            year = String.valueOf((t.begin() != null ? t.begin() : t.end()).getYear());
        }
        d.add(new SortedDocValuesField(FACET_YEAR, new BytesRef(year)));
        d.add(new TextField(TEXT, c.span().of(a.body()), Field.Store.NO));
        d.add(new StoredField(JSON, StoredRecord.claim(a, c, money, percents)));
        return d;
    }

    static Document articleDocument(ArticleFacts facts) {
        Article a = facts.article();
        Document d = new Document();
        addCommon(d, a, TYPE_ARTICLE, a.id());
        Set<String> names = new TreeSet<>();
        for (Mention m : facts.mentions()) {
            if (m.type() == MentionType.PARTY) {
                names.add(m.party().name());
            }
        }
        for (String name : names) {
            keyword(d, PARTY, name);
        }
        addPartyWords(d, names);
        d.add(new TextField(TITLE, a.title(), Field.Store.NO));
        d.add(new TextField(TEXT, a.title(), Field.Store.NO));
        d.add(new StoredField(JSON, StoredRecord.article(a, facts.claims().size(), facts.findings().size(), names)));
        return d;
    }

    private static void addCommon(Document d, Article a, String type, String uid) {
        d.add(new StringField(TYPE, type, Field.Store.NO));
        d.add(new BinaryDocValuesField(SORT_UID, new BytesRef(uid)));
        d.add(new StringField(ARTICLE, a.id(), Field.Store.NO));
        if (!a.source().isEmpty()) {
            keyword(d, OUTLET, a.source());
        }
        LocalDate published = a.date();
        if (published != null) {
            d.add(new IntPoint(PUBLISHED, Math.toIntExact(published.toEpochDay())));
        }
        d.add(new NumericDocValuesField(SORT_PUBLISHED, published == null ? Long.MIN_VALUE : published.toEpochDay()));
    }

    /**
     * The words of all party names as one value, analysed in one pass: the same terms at the same positions
     * as one value per name, since the English analyzer puts no gap between the values of a field.
     */
    private static void addPartyWords(Document d, Collection<String> names) {
        if (!names.isEmpty()) {
            d.add(new TextField(PARTY_WORD, String.join(" ", names), Field.Store.NO));
        }
    }

    private static void addMoney(Document d, Money m) {
        long currency = Amounts.currencyKey(m.currency());
        long low = Amounts.toUnits(m.amount());
        long high = Math.max(low, Amounts.toUnits(m.high()));
        if (high == low) {
            d.add(new LongPoint(AMOUNT, low));
            d.add(new BinaryPoint(AMOUNT_IN_CURRENCY, currencyAmount(currency, low)));
        } else {
            d.add(new LongRange(AMOUNT_RANGE, new long[] {currency, low}, new long[] {currency, high}));
        }
        keyword(d, CURRENCY, m.currency());
    }

    /** The {@link #AMOUNT_IN_CURRENCY} value: currency key and amount, each as 8 bytes that sort like the number. */
    static byte[] currencyAmount(long currencyKey, long units) {
        byte[] packed = new byte[2 * Long.BYTES];
        NumericUtils.longToSortableBytes(currencyKey, packed, 0);
        NumericUtils.longToSortableBytes(units, packed, Long.BYTES);
        return packed;
    }

    /** The claim's mentions of one type, skipping indices that do not point at such a mention. */
    private static List<Mention> mentionsOf(ArticleFacts facts, List<Integer> indices, MentionType type) {
        List<Mention> out = new ArrayList<>();
        for (int i : indices) {
            if (i >= 0 && i < facts.mentions().size() && facts.mention(i).type() == type) {
                out.add(facts.mention(i));
            }
        }
        return out;
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.NO));
    }
}
