package ca.hvd.samples;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.cli.HvdCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates every sample with {@code hvd validate --format json} and compares the report with the
 * sample's {@code .expected.json}: the exit code, the records read, how the file was read, and
 * exactly the findings listed (code, field, column, rule, count and the lines of the examples); the
 * JSON goes to standard output and the human summary to standard error.
 */
class SamplesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path SAMPLES = Path.of("").toAbsolutePath();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            return files.filter(file -> file.toString().endsWith(".csv"))
                    .filter(file -> !file.startsWith(SAMPLES.resolve("target")) && !file.startsWith(SAMPLES.resolve("src")))
                    // a sample's own standard (--standards-dir) and its code lists are not samples
                    .filter(file -> !SAMPLES.relativize(file).toString().replace('\\', '/').contains("/standards/"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void everyStandardHasSamples() throws IOException {
        assertThat(samples().map(file -> SAMPLES.relativize(file).getName(0).toString()).distinct())
                .containsExactlyInAnyOrder("civic-addresses", "federal-contracts", "newborn-names", "public-washrooms");
    }

    /** The expectations of a sample, its {@code .expected.json}. */
    static JsonNode expectations(Path sample) {
        Path expectedFile = Path.of(sample.toString().replaceFirst("\\.csv$", ".expected.json"));
        assertThat(expectedFile).as("every sample states its expected findings").exists();
        return JSON.readTree(expectedFile.toFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleGivesItsExpectedReport(Path sample) throws IOException {
        JsonNode expected = expectations(sample);

        List<String> args = new ArrayList<>(List.of("validate", sample.toString(),
                "--standard", expected.get("standard").asString(), "--format", "json", "--lang", "en",
                "--max-examples", "10"));
        expected.path("options").values().forEach(option -> args.add(option.asString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = HvdCommand.run(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));

        assertThat(exitCode).isEqualTo(expected.get("exitCode").asInt());
        JsonNode dataset = JSON.readTree(out.toString()).get("datasets").get(0);
        assertThat(err.toString().lines()).as("the human summary on standard error").containsExactly(
                sample + ": " + (exitCode == 0 ? "CONFORMANT" : "NOT CONFORMANT") + " · " + counts(dataset.get("counts"))
                        + " (fails on: error)",
                exitCode == 0 ? "Result: CONFORMANT (1 file checked)." : "Result: NOT CONFORMANT (1 of 1 file not conformant).");
        assertThat(dataset.get("records").asLong()).isEqualTo(expected.get("records").asLong());
        for (String property : List.of("encoding", "bom", "delimiter", "headerLine")) {
            if (expected.has(property)) {
                assertThat(dataset.get(property)).as(property).isEqualTo(expected.get(property));
            }
        }
        assertThat(summaries(dataset.get("findings"), expected.get("findings")))
                .isEqualTo(summaries(expected.get("findings"), expected.get("findings")));
    }

    /**
     * Findings as comparable text, one per key, with their count and example lines. The column is
     * compared only where the expectations state one.
     */
    private static Map<String, String> summaries(JsonNode findings, JsonNode expectations) {
        boolean columns = expectations.values().stream().anyMatch(e -> e.has("column"));
        Map<String, String> summaries = new TreeMap<>();
        for (JsonNode finding : findings.values()) {
            String key = finding.get("code").asString()
                    + " field=" + text(finding, "field")
                    + (columns ? " column=" + text(finding, "column") : "")
                    + " rule=" + text(finding, "rule");
            List<Long> lines = new ArrayList<>();
            if (finding.has("lines")) {
                finding.get("lines").values().forEach(line -> lines.add(line.asLong()));
            } else {
                finding.get("examples").values().forEach(example -> lines.add(example.get("line").asLong()));
            }
            summaries.put(key, "count=" + finding.get("count").asLong() + " lines=" + lines);
        }
        return summaries;
    }

    /** {@code 9 errors, 1 warning, 0 info}, as the English summary counts. */
    static String counts(JsonNode counts) {
        long errors = counts.get("error").asLong();
        long warnings = counts.get("warning").asLong();
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
                + counts.get("info").asLong() + " info";
    }

    private static String text(JsonNode finding, String property) {
        JsonNode value = finding.get(property);
        return value == null || value.isNull() ? "-" : value.asString();
    }
}
