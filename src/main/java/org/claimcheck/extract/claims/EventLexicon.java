package org.claimcheck.extract.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.claimcheck.model.EventClass;

/**
 * Maps a predicate lemma to its coarse {@link EventClass}, separately for verbs and event nouns.
 *
 * <p>The entries live in {@code event-lexicon.tsv} next to this class, one per line:
 * {@code lemma <TAB> CLASS <TAB> V|N|VN <TAB> example}, e.g. {@code invest INVEST VN Amazon invests up
 * to $50 billion in OpenAI}. A lemma may appear twice with different parts of speech and classes
 * ("contract" is an AGREE noun and a PAY verb). Immutable and thread-safe.
 */
public final class EventLexicon {

    private static final String RESOURCE = "event-lexicon.tsv";

    private final Map<String, EventClass> verbs;
    private final Map<String, EventClass> nouns;

    private EventLexicon(Map<String, EventClass> verbs, Map<String, EventClass> nouns) {
        this.verbs = Map.copyOf(verbs);
        this.nouns = Map.copyOf(nouns);
    }

    /** The lexicon bundled with claimcheck. */
    public static EventLexicon standard() {
        try (InputStream in = EventLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventLexicon parse(BufferedReader reader) throws IOException {
        Map<String, EventClass> verbs = new TreeMap<>();
        Map<String, EventClass> nouns = new TreeMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalArgumentException(RESOURCE + ":" + number + ": expected lemma, class, pos");
            }
            String lemma = f[0].trim().toLowerCase(Locale.ROOT);
            EventClass c = EventClass.valueOf(f[1].trim());
            String pos = f[2].trim();
            if (pos.contains("V")) {
                verbs.put(lemma, c);
            }
            if (pos.contains("N")) {
                nouns.put(lemma, c);
            }
        }
        return new EventLexicon(verbs, nouns);
    }

    /** The class of verb {@code lemma}, if it is an event verb. */
    public Optional<EventClass> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** The class of noun {@code lemma}, if it is an event noun. */
    public Optional<EventClass> noun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
    }
}
