package ca.hvd.samples;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.cli.HvdCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates the real published files of the corpus ({@code ../../shared/corpus}, described in its
 * {@code SOURCES.md}) with their profiles and holds hvd to the exact findings each file gives:
 * every finding's severity, code, field and count, and the examples that show the known defects.
 * The corpus is third-party data that is not part of the repository, so where it is absent (CI)
 * these tests are skipped.
 */
@EnabledIf(value = "corpusPresent",
        disabledReason = "the corpus of real published files (../../shared/corpus) is not on this machine")
class CorpusTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path CORPUS = Path.of("../../shared/corpus");

    static boolean corpusPresent() {
        return Files.isDirectory(CORPUS);
    }

    /** A validation of one corpus file: its exit code and its dataset report. */
    private record Run(int exitCode, JsonNode dataset) {

        /** Every finding as {@code severity code field count}, in report order. */
        List<String> findings() {
            List<String> findings = new ArrayList<>();
            dataset.get("findings").values().forEach(finding -> findings.add(finding.get("severity").asString()
                    + " " + finding.get("code").asString()
                    + " " + (finding.path("field").isString() ? finding.get("field").asString() : "-")
                    + " " + finding.get("count").asLong()));
            return findings;
        }

        /** The examples of the finding of a code. */
        List<JsonNode> examples(String code) {
            for (JsonNode finding : dataset.get("findings").values()) {
                if (finding.get("code").asString().equals(code)) {
                    return finding.get("examples").values().stream().toList();
                }
            }
            throw new AssertionError("no finding " + code + " in " + findings());
        }
    }

    private static Run validate(String file, String... options) {
        Path path = CORPUS.resolve(file);
        assertThat(path).as("the corpus file " + file).isRegularFile();
        List<String> args = new ArrayList<>(List.of("validate", path.toString(), "--format", "json", "--lang", "en", "--quiet"));
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = HvdCommand.run(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
        assertThat(err.toString()).isEmpty();
        return new Run(exitCode, JSON.readTree(out.toString()).get("datasets").get(0));
    }

    @Test
    void odaNorthwestTerritoriesHasOneCivicNumberThatIsNotANumber() {
        Run run = validate("addresses/ODA_NT_v1.csv", "--standard", "civic-addresses@1.0.0", "--profile", "oda");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.dataset().get("records").asLong()).isEqualTo(6996);
        assertThat(run.findings()).containsExactly("error type-mismatch civic_number 1");
        JsonNode example = run.examples("type-mismatch").get(0);
        assertThat(example.get("line").asLong()).isEqualTo(5441);
        assertThat(example.get("value").asString()).isEqualTo("RITE OF WAY");
    }

    @Test
    void novaScotiaPublishesThe1942BoysBlockTwiceAndPeterTwiceIn1960() {
        Run run = validate("newborn-names/NS_Top_Twenty_Baby_Names_-_1920-2016.csv",
                "--standard", "newborn-names@1.0.0", "--profile", "ns", "--max-examples", "25");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.dataset().get("records").asLong()).isEqualTo(3905);
        assertThat(run.findings()).containsExactly("error duplicate-key - 21");
        List<JsonNode> examples = run.examples("duplicate-key");
        assertThat(examples).hasSize(21);
        // the 20 boys of 1942 (lines 851-870) published again (lines 1054-1073)
        assertThat(examples.subList(0, 20)).allSatisfy(example -> {
            assertThat(example.get("value").asString()).startsWith("NS | 1942 | M | ");
            assertThat(example.get("line").asLong()).isBetween(1054L, 1073L);
        });
        // and PETER twice among the boys of 1960, with counts 149 and 147
        assertThat(examples.get(20).get("value").asString()).isEqualTo("NS | 1960 | M | PETER");
        assertThat(examples.get(20).get("line").asLong()).isEqualTo(1832);
        assertThat(examples.get(20).get("detail").asString()).isEqualTo("first on line 1831");
    }

    @Test
    void ontarioGirlsHavePlaceholdersAndPadded2018Names() {
        Run run = validate("newborn-names/ontario_top_baby_names_female_1917-2019_en_fr.csv",
                "--standard", "newborn-names@1.0.0", "--profile", "on", "--set", "sex=F");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.dataset().get("records").asLong()).isEqualTo(86388);
        assertThat(run.dataset().get("bom").asString()).isEqualTo("UTF-8");
        assertThat(run.dataset().get("headerLine").asLong()).isEqualTo(2);
        assertThat(run.findings()).containsExactly(
                "error placeholder-value name 174",
                "warning leading-trailing-space name 1537");
        assertThat(run.examples("placeholder-value").get(0).get("value").asString()).isEqualTo("BABY");
        assertThat(run.examples("leading-trailing-space"))
                .allSatisfy(example -> assertThat(example.get("value").asString()).hasSize(30));
    }

    @Test
    void britishColumbiaGirlsHaveMojibakeAndSuppressedZeros() {
        Run run = validate("newborn-names/bc-popular-girls-names.csv",
                "--standard", "newborn-names@1.0.0", "--profile", "bc", "--set", "sex=F", "--max-examples", "10");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.dataset().get("records").asLong()).isEqualTo(2493);
        assertThat(run.findings()).containsExactly(
                "error likely-mojibake name 10",
                "info suppressed-value count 206333");
        assertThat(run.examples("likely-mojibake").stream().map(example -> example.get("value").asString()))
                .containsExactlyInAnyOrder("AM…LIE", "ANAœS", "CHLO…", "CHLOÀ", "ESM…", "MAÀLLE", "REN…E", "T…A", "ZO…",
                        "ZOÀ");
    }
}
