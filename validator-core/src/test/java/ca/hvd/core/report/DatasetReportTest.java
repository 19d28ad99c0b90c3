package ca.hvd.core.report;

import static ca.hvd.core.CsvFixture.examples;
import static ca.hvd.core.CsvFixture.group;
import static ca.hvd.core.CsvFixture.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.hvd.core.CsvFixture;
import ca.hvd.core.StandardFolders;
import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a dataset report holds: exact counts with capped examples, the verdict derived from the
 * counts at each fail-on level, severities changed or turned off by a run, and fill counts.
 */
class DatasetReportTest {

    private static final String HEADER = "jurisdiction,year,sex,name,count\n";
    private static final FindingKey COUNT_TYPE = new FindingKey(FindingCode.TYPE_MISMATCH, "count", "count", null);
    private static final FindingKey NAME_SPACE = new FindingKey(FindingCode.LEADING_TRAILING_SPACE, "name", "name", null);

    @TempDir
    Path dir;

    private CsvFixture files;

    @BeforeEach
    void setUp() {
        files = new CsvFixture(dir, StandardFolders.bundled("newborn-names"));
    }

    private static String badCounts(int rows) {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            text.append("NS,2019,F,NAME").append((char) ('A' + i - 1)).append(",n").append(i).append('\n');
        }
        return text.toString();
    }

    // ---- counts and examples --------------------------------------------------------------------

    @Test
    void countsAreExactWhileExamplesStopAtTheLimitInFileOrder() {
        DatasetReport report = files.validate(badCounts(12), run -> run.exampleLimit(3));

        FindingGroup group = group(report, COUNT_TYPE);
        assertThat(group.count()).isEqualTo(12);
        assertThat(group.examples()).containsExactly(new Example(2, 1, "n1"), new Example(3, 2, "n2"), new Example(4, 3, "n3"));
        assertThat(report.exampleLimit()).isEqualTo(3);
        assertThat(report.records()).isEqualTo(12);
        assertThat(report.count(Severity.ERROR)).isEqualTo(12);
    }

    @Test
    void theDefaultLimitKeepsFiveExamples() {
        DatasetReport report = files.validate(badCounts(7));

        assertThat(examples(report, COUNT_TYPE)).hasSize(ValidationRequest.DEFAULT_EXAMPLES).hasSize(5);
        assertThat(group(report, COUNT_TYPE).count()).isEqualTo(7);
    }

    @Test
    void aLimitOfZeroKeepsCountsWithoutExamples() {
        DatasetReport report = files.validate(badCounts(4), run -> run.exampleLimit(0));

        assertThat(group(report, COUNT_TYPE).count()).isEqualTo(4);
        assertThat(examples(report, COUNT_TYPE)).isEmpty();
    }

    @Test
    void findingsComeMostSeriousFirstThenByCodeAndField() {
        DatasetReport report = files.validate("Title\n" + HEADER + "NS,2019,F, OLIVIA ,many\nNS,1800,X,EMMA,12\n");

        assertThat(keys(report)).containsExactly(
                new FindingKey(FindingCode.TYPE_MISMATCH, "count", "count", null),
                new FindingKey(FindingCode.NOT_IN_CODELIST, "sex", "sex", null),
                new FindingKey(FindingCode.OUT_OF_RANGE, "year", "year", null),
                NAME_SPACE,
                FindingKey.of(FindingCode.PREAMBLE_SKIPPED));
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        counts.put(Severity.ERROR, 3L);
        counts.put(Severity.WARNING, 1L);
        counts.put(Severity.INFO, 1L);
        assertThat(report.counts()).isEqualTo(counts);
    }

    // ---- the verdict ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: error {1}, warning {2}, never {3}")
    @CsvSource({
        "nothing,  true,  true,  true",
        "info,     true,  true,  true",
        "warning,  true,  false, true",
        "error,    false, false, true",
    })
    void theVerdictIsDerivedFromTheMostSeriousFindingAndTheFailOnLevel(String worst, boolean onError, boolean onWarning, boolean never) {
        String data = switch (worst) {
            case "nothing" -> HEADER + "NS,2019,F,OLIVIA,66\n";
            case "info" -> "Title\n" + HEADER + "NS,2019,F,OLIVIA,66\n";
            case "warning" -> HEADER + "NS,2019,F,OLIVIA ,66\n";
            default -> HEADER + "NS,2019,F,OLIVIA,many\n";
        };

        DatasetReport report = files.validate(data);

        assertThat(report.findings()).extracting(FindingGroup::severity)
                .containsExactlyElementsOf(worst.equals("nothing") ? List.of() : List.of(Severity.parse(worst)));
        assertThat(report.conformant(FailOn.ERROR)).isEqualTo(onError);
        assertThat(report.conformant(FailOn.WARNING)).isEqualTo(onWarning);
        assertThat(report.conformant(FailOn.NEVER)).isEqualTo(never);
    }

    @Test
    void aRunIsConformantWhenEveryDatasetIsAtItsFailOnLevel() {
        Path clean = files.write(HEADER + "NS,2019,F,OLIVIA,66\n");
        Path spaced = files.write(HEADER + "NS,2019,F,OLIVIA ,66\n");
        ValidationRequest.Builder request = ValidationRequest.builder(StandardFolders.bundled("newborn-names"))
                .dataset(DatasetInput.of(clean)).dataset(DatasetInput.of(spaced));

        ValidationReport onError = Validator.validate(request.build());
        ValidationReport onWarning = Validator.validate(request.failOn(FailOn.WARNING).build());

        assertThat(onError.conformant()).isTrue();
        assertThat(onWarning.conformant()).isFalse();
        assertThat(onWarning.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(onWarning.count(Severity.WARNING)).isEqualTo(1);
        assertThat(onWarning.datasets()).extracting(dataset -> dataset.conformant(FailOn.WARNING)).containsExactly(true, false);
    }

    // ---- severities -----------------------------------------------------------------------------

    @Test
    void aCodeTurnedOffIsNeitherReportedNorCounted() {
        Severities severities = Severities.of(Map.of(FindingCode.TYPE_MISMATCH, Optional.empty()));

        DatasetReport report = files.validate(badCounts(3), run -> run.severities(severities));

        assertThat(keys(report)).isEmpty();
        assertThat(report.count(Severity.ERROR)).isZero();
        assertThat(report.conformant(FailOn.WARNING)).isTrue();
    }

    @Test
    void aCodeGivenAnotherSeverityIsReportedAndJudgedAtThatSeverity() {
        Severities severities = Severities.of(Map.of(
                FindingCode.LEADING_TRAILING_SPACE, Optional.of(Severity.ERROR),
                FindingCode.TYPE_MISMATCH, Optional.of(Severity.INFO)));

        DatasetReport report = files.validate(HEADER + "NS,2019,F,OLIVIA ,66\nNS,2019,F,EMMA,many\n", run -> run.severities(severities));

        assertThat(keys(report)).containsExactly(NAME_SPACE, COUNT_TYPE);
        assertThat(group(report, NAME_SPACE).severity()).isEqualTo(Severity.ERROR);
        assertThat(group(report, COUNT_TYPE).severity()).isEqualTo(Severity.INFO);
        assertThat(report.conformant(FailOn.ERROR)).isFalse();
        assertThat(report.count(Severity.INFO)).isEqualTo(1);
    }

    @Test
    void severitiesKeepTheDefaultOfEveryCodeTheyDoNotChange() {
        Severities severities = Severities.of(Map.of(FindingCode.BLANK_ROW, Optional.empty()));

        for (FindingCode code : FindingCode.values()) {
            assertThat(Severities.defaults().of(code)).contains(code.defaultSeverity());
            if (code != FindingCode.BLANK_ROW) {
                assertThat(severities.of(code)).as(code.id()).contains(code.defaultSeverity());
            }
        }
        assertThat(severities.of(FindingCode.BLANK_ROW)).isEmpty();
        assertThat(severities.overrides()).containsExactly(Map.entry(FindingCode.BLANK_ROW, Optional.empty()));
    }

    // ---- fill counts ----------------------------------------------------------------------------

    @Test
    void fieldsCountFilledAndEmptyRecordsUnderTheColumnNamesOfTheFile() {
        DatasetReport report = new CsvFixture(dir, StandardFolders.bundled("civic-addresses@1.0.0")).validate(
                "ID,street number,Street Name,prov,lat,long\n"
                        + "A1,43,OTTO,NT,62.47,-114.34\n"
                        + "A2,45,OTTO,NT,,\n"
                        + "A3,47,OTTO,NT, ,\n"
                        + "A4,,OTTO,NT,,\n");

        Map<String, FieldStats> expected = new LinkedHashMap<>();
        expected.put("address_id", new FieldStats("ID", 4, 0));
        expected.put("civic_number", new FieldStats("street number", 3, 1));
        expected.put("civic_number_suffix", new FieldStats(null, 0, 4));
        expected.put("unit", new FieldStats(null, 0, 4));
        expected.put("street_name", new FieldStats("Street Name", 4, 0));
        expected.put("street_type", new FieldStats(null, 0, 4));
        expected.put("street_direction", new FieldStats(null, 0, 4));
        expected.put("municipality", new FieldStats(null, 0, 4));
        expected.put("province", new FieldStats("prov", 4, 0));
        expected.put("postal_code", new FieldStats(null, 0, 4));
        expected.put("latitude", new FieldStats("lat", 1, 3));
        expected.put("longitude", new FieldStats("long", 1, 3));
        expected.put("csd_code", new FieldStats(null, 0, 4));
        expected.put("provider", new FieldStats(null, 0, 4));
        assertThat(report.fields().keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(report.fields()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*profile").isEqualTo(expected);
        assertThat(report.fields().get("latitude").fillRate()).isEqualTo(0.25);
        assertThat(report.fields().get("unit").present()).isFalse();
        assertThat(report.fields().get("province").present()).isTrue();
    }

    @Test
    void aReportWithoutRecordsHasAFillRateOfZero() {
        DatasetReport report = files.validate(HEADER);

        assertThat(report.fields().values()).allSatisfy(stats -> {
            assertThat(stats.filled()).isZero();
            assertThat(stats.empty()).isZero();
            assertThat(stats.fillRate()).isZero();
        });
    }

    // ---- the model's own rules ------------------------------------------------------------------

    @Test
    void examplesLongerThanTheLimitAreCutWithAnEllipsis() {
        Example example = new Example(2, 1, "x".repeat(500));

        assertThat(example.value()).hasSize(Example.MAX_VALUE_LENGTH).endsWith("x…");
        assertThat(new Example(2, 1, "😀".repeat(150)).value()).as("never cuts a surrogate pair")
                .isEqualTo("😀".repeat(99) + "…");
    }

    @Test
    void aGroupCannotHoldMoreExamplesThanFindings() {
        assertThatThrownBy(() -> new FindingGroup(COUNT_TYPE, Severity.ERROR, ca.hvd.core.i18n.Message.of("x"), 1,
                List.of(new Example(2, 1, "a"), new Example(3, 2, "b"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
