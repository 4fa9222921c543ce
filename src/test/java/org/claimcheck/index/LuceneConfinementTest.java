package org.claimcheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only the index package may use Lucene: the rest of claimcheck talks to {@link FactIndex}. */
class LuceneConfinementTest {

    @Test
    void noLuceneImportOutsideTheIndexPackage() throws IOException {
        Path main = Path.of("src/main/java/org/claimcheck");
        assumeTrue(Files.isDirectory(main), "run from the project folder to check sources");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(main.resolve("index")))
                    .filter(p -> read(p).contains("org.apache.lucene"))
                    .map(Path::toString)
                    .sorted()
                    .toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
