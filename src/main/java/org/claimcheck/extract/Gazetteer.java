package org.claimcheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names, aliases and kinds of parties (and of things that are not parties), from the plain
 * tab-separated file {@code models/gazetteer.tsv}: {@code canonical<TAB>kind<TAB>alias|alias}. Names are
 * matched on whole tokens, case-sensitively, longest first. Immutable once built.
 */
public final class Gazetteer {

    /** What a gazetteer entry says a name is. */
    public enum Kind { ORGANIZATION, PERSON, NOT_PARTY }

    /** One name form and what it stands for. */
    public record Entry(String canonical, Kind kind) {
    }

    private static final String DEFAULT_RESOURCE = "/models/gazetteer.tsv";
    private static volatile Gazetteer defaults;

    /** surface form (tokens joined by single spaces) → entry */
    private final Map<String, Entry> forms;
    private final int maxTokens;
    /** one-word surface forms, computed once: text repair asks for them for every article */
    private final Set<String> oneWordNames;

    private Gazetteer(Map<String, Entry> forms) {
        this.forms = Collections.unmodifiableMap(forms);
        this.maxTokens = forms.keySet().stream().mapToInt(f -> f.split(" ").length).max().orElse(1);
        this.oneWordNames = Collections.unmodifiableSet(
                new TreeSet<>(forms.keySet().stream().filter(f -> !f.contains(" ")).toList()));
    }

    /** The gazetteer shipped in {@code models/gazetteer.tsv} (packed into the jar). */
    public static Gazetteer defaults() {
        Gazetteer g = defaults;
        if (g == null) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer resource missing: " + DEFAULT_RESOURCE);
                }
                g = parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE, new HashMap<>());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = g;
        }
        return g;
    }

    /** The defaults plus the entries of extra files (later entries override earlier ones). */
    public static Gazetteer withFiles(List<Path> files) throws IOException {
        Map<String, Entry> forms = new HashMap<>(defaults().forms);
        Gazetteer g = defaults();
        for (Path p : files) {
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                g = parse(r, p.toString(), forms);
            }
        }
        return g;
    }

    static Gazetteer parse(Reader reader, String where, Map<String, Entry> forms) throws IOException {
        BufferedReader br = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = br.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                throw new IOException(where + ":" + no + ": want canonical<TAB>kind[<TAB>aliases]");
            }
            String canonical = cols[0].strip();
            Kind kind;
            try {
                kind = Kind.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IOException(where + ":" + no + ": unknown kind '" + cols[1].strip()
                        + "' (ORGANIZATION, PERSON or NOT_PARTY)");
            }
            Entry entry = new Entry(canonical, kind);
            forms.put(normalize(canonical), entry);
            if (cols.length > 2) {
                for (String alias : cols[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        forms.put(normalize(alias), entry);
                    }
                }
            }
        }
        return new Gazetteer(forms);
    }

    /** Token-joined form: words split like the tokenizer does ("Amazon Web Services", "AT&T"). */
    static String normalize(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** The entry for an exact surface form, or null. */
    public Entry lookup(String form) {
        return forms.get(form);
    }

    /** All surface forms, for text repair (a glued word may split into a known name). */
    public Set<String> names() {
        return oneWordNames;
    }

    /** Every canonical name of the given kind, sorted. */
    public List<String> canonicals(Kind kind) {
        List<String> out = new ArrayList<>(new TreeSet<>(forms.values().stream().filter(e -> e.kind() == kind)
                .map(Entry::canonical).toList()));
        return out;
    }
}
