package org.claimcheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The project's gold folder: {@code <id>.json} files, read with {@link GoldReader} (article paths resolve
 * against the folder's parent, the project folder), and {@code splits.json}, which names the ids of the
 * {@code dev} and {@code test} halves. Rules are developed looking at dev only; both are reported.
 */
public final class GoldSet {

    /** The file naming the halves. */
    public static final String SPLITS = "splits.json";
    /** Set names accepted by {@link #load}. */
    public static final List<String> SETS = List.of("dev", "test", "all");

    private GoldSet() {
    }

    /** The gold files of the folder: every {@code .json} except the splits and expected-scores files. */
    public static List<Path> files(Path goldDir) throws IOException {
        try (Stream<Path> s = Files.list(goldDir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".json") && !n.equals(SPLITS) && !n.equals(Regression.FILE);
            }).sorted().toList();
        }
    }

    /** Reads the splits file: set name to ids. Problems are added to {@code errors}. */
    public static Map<String, Set<String>> splits(Path goldDir, List<String> errors) {
        Path f = goldDir.resolve(SPLITS);
        Map<String, Set<String>> out = new TreeMap<>();
        try {
            JsonNode n = new ObjectMapper().readTree(Files.readString(f, StandardCharsets.UTF_8));
            for (String set : List.of("dev", "test")) {
                JsonNode ids = n == null ? null : n.get(set);
                if (ids == null || !ids.isArray()) {
                    errors.add(f + ": " + set + ": missing (want an array of article ids)");
                    continue;
                }
                Set<String> s = new TreeSet<>();
                ids.forEach(id -> s.add(id.asText()));
                out.put(set, s);
            }
        } catch (IOException e) {
            errors.add(f + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    /**
     * Loads the documents of one set ({@code dev}, {@code test} or {@code all}); files whose id is not in
     * the set are skipped, bad files reported in the result's errors.
     */
    public static GoldLoad load(Path goldDir, String set) {
        String which = set.toLowerCase(Locale.ROOT);
        if (!SETS.contains(which)) {
            return new GoldLoad(List.of(), List.of("unknown set '" + set + "': want dev, test or all"));
        }
        List<String> errors = new ArrayList<>();
        Set<String> ids = null;
        if (!which.equals("all")) {
            ids = splits(goldDir, errors).get(which);
            if (ids == null) {
                return new GoldLoad(List.of(), errors);
            }
        }
        List<Path> files;
        try {
            files = files(goldDir);
        } catch (IOException e) {
            return new GoldLoad(List.of(), List.of(goldDir + ": cannot list gold folder: " + e.getMessage()));
        }
        Path project = goldDir.toAbsolutePath().normalize().getParent();
        List<GoldDocument> docs = new ArrayList<>();
        for (Path f : files) {
            if (ids != null && !ids.contains(idOf(f))) {
                continue;
            }
            GoldReader.Result r = GoldReader.read(f, project);
            if (r.ok()) {
                docs.add(r.document());
            } else {
                errors.addAll(r.errors());
            }
        }
        return new GoldLoad(docs, errors);
    }

    /** The id a gold file is expected to carry: its name without {@code .json}. */
    public static String idOf(Path goldFile) {
        String n = goldFile.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    /**
     * Validates the whole folder: every gold file, the splits (each gold id in exactly one half), and
     * file names matching ids. Returns one line per problem, empty when all is well.
     */
    public static List<String> validate(Path goldDir) {
        List<String> errors = new ArrayList<>();
        List<Path> files;
        try {
            files = files(goldDir);
        } catch (IOException e) {
            return List.of(goldDir + ": cannot list gold folder: " + e.getMessage());
        }
        Path project = goldDir.toAbsolutePath().normalize().getParent();
        Map<String, Set<String>> splits = splits(goldDir, errors);
        Set<String> dev = splits.getOrDefault("dev", Set.of());
        Set<String> test = splits.getOrDefault("test", Set.of());
        for (String id : dev) {
            if (test.contains(id)) {
                errors.add(goldDir.resolve(SPLITS) + ": " + id + ": in both dev and test");
            }
        }
        for (Path f : files) {
            GoldReader.Result r = GoldReader.read(f, project);
            errors.addAll(r.errors());
            if (r.ok() && !r.document().id().equals(idOf(f))) {
                errors.add(f + ": id: '" + r.document().id() + "' does not match the file name");
            }
            if (!splits.isEmpty() && !dev.contains(idOf(f)) && !test.contains(idOf(f))) {
                errors.add(goldDir.resolve(SPLITS) + ": " + idOf(f) + ": in neither dev nor test");
            }
        }
        return errors;
    }
}
