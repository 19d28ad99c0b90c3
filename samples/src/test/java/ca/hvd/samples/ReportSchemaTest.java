package ca.hvd.samples;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.cli.HvdCommand;
import ca.hvd.core.standard.JsonSchemas;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON report hvd writes for the samples, in both languages and at every {@code --fail-on}
 * level, and the report of all samples read the same way (standard and options) in one run,
 * validates against the published schema {@code docs/report.schema.json}.
 */
class ReportSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SCHEMA = Path.of("../docs/report.schema.json");

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = JsonSchemas.compile("urn:hvd:report:1", JSON.readTree(Files.readString(SCHEMA)));
    }

    /**
     * Each sample alone, as its expectations run it (its standard version and options, e.g. a
     * profile), in both languages and at every level; then, per standard, version and options, all
     * the samples read the same way in one run.
     */
    static Stream<Arguments> runs() throws IOException {
        List<Arguments> runs = new ArrayList<>();
        Map<List<String>, List<String>> together = new LinkedHashMap<>();
        for (Path sample : SamplesTest.samples().toList()) {
            JsonNode expected = SamplesTest.expectations(sample);
            List<String> options = new ArrayList<>(List.of("--standard", expected.get("standard").asString()));
            expected.path("options").values().forEach(option -> options.add(option.asString()));
            for (String lang : List.of("en", "fr")) {
                for (String failOn : List.of("error", "warning", "never")) {
                    runs.add(Arguments.of(List.of(sample.toString()), options, lang, failOn));
                }
            }
            together.computeIfAbsent(options, o -> new ArrayList<>()).add(sample.toString());
        }
        together.forEach((options, files) -> runs.add(Arguments.of(files, options, "fr", "error")));
        return runs.stream();
    }

    @ParameterizedTest(name = "{1} {2} --fail-on {3}: {0}")
    @MethodSource("runs")
    void everyReportValidatesAgainstThePublishedSchema(List<String> files, List<String> options, String lang,
                                                      String failOn) throws IOException {
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(files);
        args.addAll(options);
        args.addAll(List.of("--format", "json", "--lang", lang, "--fail-on", failOn));
        StringWriter out = new StringWriter();
        HvdCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(new String[0]));

        JsonNode report = JSON.readTree(out.toString());
        List<Error> errors = JsonSchemas.validate(schema, report);

        assertThat(errors).as("schema errors").isEmpty();
        assertThat(report.get("datasets")).hasSize(files.size());
        assertThat(report.get("language").asString()).isEqualTo(lang);
    }
}
