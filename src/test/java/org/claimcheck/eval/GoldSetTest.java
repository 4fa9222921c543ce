package org.claimcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed gold set: it must validate, and its halves follow the odd/even rule. */
class GoldSetTest {

    private static final Path GOLD = Path.of("gold");

    @Test
    void committedGoldValidates() {
        List<String> problems = GoldSet.validate(GOLD);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void devIsOddAndTestIsEven() throws IOException {
        List<String> errors = new java.util.ArrayList<>();
        Map<String, Set<String>> splits = GoldSet.splits(GOLD, errors);
        assertTrue(errors.isEmpty(), errors.toString());
        splits.get("dev").forEach(id -> assertEquals(1, Integer.parseInt(id.substring(3)) % 2, id));
        splits.get("test").forEach(id -> assertEquals(0, Integer.parseInt(id.substring(3)) % 2, id));
        for (Path f : GoldSet.files(GOLD)) {
            String id = GoldSet.idOf(f);
            assertTrue(splits.get("dev").contains(id) ^ splits.get("test").contains(id), id);
        }
    }

    @Test
    void loadingASetKeepsOnlyItsIds() {
        GoldLoad dev = GoldSet.load(GOLD, "dev");
        assertTrue(dev.errors().isEmpty(), dev.errors().toString());
        assertFalse(dev.documents().isEmpty());
        dev.documents().forEach(d -> assertEquals(1, Integer.parseInt(d.id().substring(3)) % 2, d.id()));
        GoldLoad bad = GoldSet.load(GOLD, "train");
        assertEquals(List.of("unknown set 'train': want dev, test or all"), bad.errors());
    }
}
