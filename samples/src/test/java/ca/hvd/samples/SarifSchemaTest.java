package ca.hvd.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code hvd validate a.csv b.csv … --format sarif} writes one SARIF 2.1.0 log that the official
 * OASIS schema accepts, with one artifact per file and every result located in one of them.
 */
class SarifSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"newborn-names", "civic-addresses"})
    void allSamplesOfAStandardInOneRunMakeOneValidSarifLog(String standard) throws IOException {
        List<String> files = SamplesTest.samples()
                .filter(sample -> SamplesTest.SAMPLES.relativize(sample).getName(0).toString().equals(standard))
                .map(sample -> SamplesTest.SAMPLES.relativize(sample).toString())
                .toList();
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(files);
        args.addAll(List.of("-s", standard, "--format", "sarif", "--lang", "fr", "-q"));

        Reports.Run run = Reports.hvd(args);

        JsonNode log = Reports.JSON.readTree(run.out());
        assertThat(Reports.validateSarif(log)).as("errors against the SARIF 2.1.0 schema").isEmpty();
        JsonNode sarifRun = log.get("runs").get(0);
        assertThat(sarifRun.get("artifacts").values().stream().map(a -> a.get("location").get("uri").asString()))
                .containsExactlyElementsOf(files);
        assertThat(sarifRun.get("results").values()).isNotEmpty().allSatisfy(result -> {
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            int index = location.get("artifactLocation").get("index").asInt();
            assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo(files.get(index));
            assertThat(location.get("region").get("startLine").asInt()).isPositive();
        });
        assertThat(sarifRun.get("tool").get("driver").get("rules")).hasSize(ca.hvd.core.report.FindingCode.values().length);
        assertThat(sarifRun.get("language").asString()).isEqualTo("fr");
        JsonNode typeMismatch = sarifRun.get("tool").get("driver").get("rules").values().stream()
                .filter(rule -> rule.get("id").asString().equals("type-mismatch")).findFirst().orElseThrow();
        assertThat(typeMismatch.get("help").get("text").asString())
                .as("code scanning shows only the help: both languages, the report's first")
                .startsWith("Type incorrect (fr)\n").contains("\n\nWrong type (en)\n");
        assertThat(typeMismatch.get("help").get("markdown").asString())
                .startsWith("**Type incorrect** (fr)\n\n").contains("\n\n**Wrong type** (en)\n\n");
    }

    @Test
    void aFileGivenTwiceIsOneArtifactWithItsResultsListedTwice() throws IOException {
        String file = "newborn-names/broken-values.csv";

        Reports.Run run = Reports.hvd(List.of("validate", file, file, "-s", "newborn-names", "--format", "sarif", "-q"));
        Reports.Run once = Reports.hvd(List.of("validate", file, "-s", "newborn-names", "--format", "sarif", "-q"));
        int resultsOnce = Reports.JSON.readTree(once.out()).get("runs").get(0).get("results").size();

        JsonNode log = Reports.JSON.readTree(run.out());
        assertThat(Reports.validateSarif(log)).as("errors against the SARIF 2.1.0 schema").isEmpty();
        JsonNode sarifRun = log.get("runs").get(0);
        assertThat(sarifRun.get("artifacts").values().stream().map(a -> a.get("location").get("uri").asString()))
                .containsExactly(file);
        List<JsonNode> results = sarifRun.get("results").values().stream().toList();
        assertThat(results).hasSize(2 * resultsOnce)
                .allSatisfy(result -> assertThat(result.get("locations").get(0).get("physicalLocation")
                        .get("artifactLocation").get("index").asInt()).isZero());
    }

    @Test
    void theSchemaRejectsWhatSarifForbids() {
        JsonNode broken = Reports.JSON.readTree("""
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "hvd"}},
                 "results": [{"message": {"text": "x"}, "level": "fatal",
                   "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.csv"}, "region": {"startLine": 0}}}]}]}]}
                """);

        assertThat(Reports.validateSarif(broken)).hasSize(2);
    }
}
