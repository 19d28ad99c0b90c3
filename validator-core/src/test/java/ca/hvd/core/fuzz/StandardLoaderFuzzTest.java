package ca.hvd.core.fuzz;

import ca.hvd.core.standard.LinearPattern;
import ca.hvd.core.standard.StandardException;
import ca.hvd.core.standard.StandardRegistry;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of loading a standard from a {@code --standards-dir}: a definition, a
 * code list and a profile made of fuzzed text (a valid standard's text mutated, from the committed
 * inputs), and patterns. Loading either succeeds or throws {@link StandardException}; any other
 * exception, a hang or a fetch is a bug.
 *
 * <p>Regression mode in the normal build, from
 * {@code src/test/resources/ca/hvd/core/fuzz/StandardLoaderFuzzTestInputs/}; to fuzz, {@code
 * JAZZER_FUZZ=1 ./mvnw -pl validator-core -am test -Dtest=StandardLoaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class StandardLoaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void loadAnyDefinition(FuzzedDataProvider data) throws IOException {
        Path root = Files.createTempDirectory("hvd-fuzz-standards-");
        try {
            Path folder = root.resolve("fuzzed/1.0.0");
            Files.createDirectories(folder.resolve("codelists"));
            Files.createDirectories(folder.resolve("profiles"));
            Files.writeString(folder.resolve("codelists/codes.csv"), data.consumeString(2000), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("profiles/fuzzed.json"), data.consumeString(2000), StandardCharsets.UTF_8);
            Files.write(folder.resolve("standard.json"), data.consumeRemainingAsBytes());
            try {
                StandardRegistry.builder().includeBundled(false).directory(root).build().resolve("fuzzed");
            } catch (StandardException refused) {
                // the documented refusal of a broken definition
            }
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @FuzzTest(maxDuration = "2m")
    void checkAnyPattern(FuzzedDataProvider data) {
        String pattern = data.consumeString(200);
        String value = data.consumeRemainingAsString();
        if (LinearPattern.problem(pattern).isEmpty()) {
            LinearPattern compiled = LinearPattern.compile(pattern);
            compiled.find(value);
            compiled.matchesWhole(value);
            compiled.wholeMatchGroup(value, compiled.groupCount(), "");
        }
    }
}
