package ca.hvd.samples;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.standard.JsonSchemas;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The JSON of every comparison of the samples, in both languages, validates against the published
 * schema {@code docs/compare.schema.json}: every kind of dimension, verdict and evidence.
 */
class ComparisonSchemaTest {

    private static final Path SCHEMA = Path.of("../docs/compare.schema.json");

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = JsonSchemas.compile("urn:hvd:comparison:1", Reports.JSON.readTree(Files.readString(SCHEMA)));
    }

    static Stream<Arguments> comparisons() {
        Path samples = SamplesTest.SAMPLES;
        List<List<String>> runs = List.of(
                ComparisonSamplesTest.datasets(),
                List.of(samples.resolve("newborn-names/valid.csv").toString(), samples.resolve("newborn-names/broken-values.csv").toString()),
                List.of("V=" + samples.resolve("civic-addresses/valid.csv"), "B=" + samples.resolve("civic-addresses/broken.csv"),
                        "ODA=" + samples.resolve("civic-addresses/oda/valid.csv") + "#profile=oda"),
                List.of(samples.resolve("federal-contracts/valid.csv").toString(), samples.resolve("federal-contracts/broken.csv").toString()));
        List<String> standards = List.of("newborn-names", "newborn-names", "civic-addresses", "federal-contracts");
        List<Arguments> all = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            for (String lang : List.of("en", "fr")) {
                all.add(Arguments.of(standards.get(i), runs.get(i), lang));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {2}: {1}")
    @MethodSource("comparisons")
    void everyComparisonValidatesAgainstThePublishedSchema(String standard, List<String> datasets, String lang) {
        List<String> args = new ArrayList<>(List.of("compare", "--standard", standard, "--format", "json", "--lang", lang, "--quiet"));
        args.addAll(datasets);
        Reports.Run run = Reports.hvd(args);

        assertThat(run.err()).isEmpty();
        JsonNode report = Reports.JSON.readTree(run.out());
        List<Error> errors = JsonSchemas.validate(schema, report);

        assertThat(errors).as("schema errors").isEmpty();
        assertThat(report.get("dimensions").size()).isEqualTo(5);
    }
}
