package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/** Definitions are read into the tree a mapper reads, without a mapper ({@link StandardJson#read}). */
class JsonReadingTest {

    @Test
    void everyBundledJsonFileReadsAsAMapperReadsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("../standards/src/main/resources/hvd-standards"))) {
            files = walk.filter(file -> file.toString().endsWith(".json")).toList();
        }

        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(StandardJson.read(bytes)).as(file.toString()).isEqualTo(StandardJson.mapper().readTree(bytes));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "1.5", "1e400", "-0.0", "12345678901234567890", "2147483648", "-7", "{\"a\":1,\"a\":2,\"b\":[]}",
            "[1.0, 2.50, 1E2, true, false, null, \"\\u00e9\\n\"]", "{\"d\": 0.1, \"e\": {\"f\": [[{}]]}}"})
    void documentsReadAsAMapperReadsThem(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        assertThat(StandardJson.read(bytes)).isEqualTo(StandardJson.mapper().readTree(bytes));
        assertThat(StandardJson.read(bytes).getNodeType()).isEqualTo(StandardJson.mapper().readTree(bytes).getNodeType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "{}x", "{\"a\":", "[1,", "{\"a\" 1}", "nul"})
    void whatAMapperRefusesIsRefused(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> StandardJson.mapper().readTree(bytes)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> StandardJson.read(bytes)).isInstanceOf(JacksonException.class);
    }

    @Test
    void theLimitsHold() {
        byte[] deep = "[".repeat(StandardJson.MAX_DEPTH + 1).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> StandardJson.read(deep)).isInstanceOf(StreamConstraintsException.class);
    }
}
