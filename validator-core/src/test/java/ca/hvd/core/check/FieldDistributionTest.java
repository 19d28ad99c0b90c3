package ca.hvd.core.check;

import static ca.hvd.core.CsvFixture.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ca.hvd.core.CsvFixture;
import ca.hvd.core.SmallHeapTest;
import ca.hvd.core.StandardFolders;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.ValueProfile;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.report.render.RenderOptions;
import ca.hvd.core.report.render.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field's distribution lists only values that pass their checks, and numbers of any length are
 * checked in time linear in their length: a number of 900,000 digits once took 34 seconds.
 */
@Tag(SmallHeapTest.TAG)
class FieldDistributionTest {

    private static final String MILLION = "9".repeat(900_000);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void numbersOutOfRangeOrLongerThanAnExampleAreFindingsOrOtherValuesNeverListedNorMinOrMax() {
        CsvFixture files = new CsvFixture(dir, StandardFolders.bundled("newborn-names"));

        DatasetReport report = files.validate("jurisdiction,year,sex,name,count\n"
                + "NS,2019,F,OLIVIA,66\n"
                + "NS,1234,F,EMMA,-7\n"
                + "NS," + MILLION + ",F,AVA," + MILLION + "\n"
                + "NS,-" + MILLION + ",F,MIA,-" + MILLION + "\n"
                + "NS,2020,F,ZOE,+" + "0".repeat(900_000) + "3\n");

        assertThat(report.fields().get("year").profile()).isEqualTo(new ValueProfile(ValueProfile.Kind.INTEGER,
                Map.of("2019", 1L, "2020", 1L), 3, new BigDecimal("2019"), new BigDecimal("2020")));
        assertThat(report.fields().get("count").profile()).as("valid counts of at most 200 characters")
                .isEqualTo(new ValueProfile(ValueProfile.Kind.INTEGER, Map.of("66", 1L), 4, new BigDecimal("66"), new BigDecimal("66")));

        String cut = "9".repeat(199) + "…";
        assertThat(examples(report, new FindingKey(FindingCode.OUT_OF_RANGE, "year", "year", null)))
                .extracting(Example::line, Example::value)
                .containsExactly(tuple(3L, "1234"), tuple(4L, cut),
                        tuple(5L, "-" + cut.substring(0, 198) + "…"));
        assertThat(examples(report, new FindingKey(FindingCode.OUT_OF_RANGE, "count", "count", null)))
                .extracting(Example::line).containsExactly(3L, 5L);
        assertThat(examples(report, new FindingKey(FindingCode.SMALL_COUNT, "count", "count", null)))
                .as("a count of 3 written with 900,000 zeros is a small count").extracting(Example::line).containsExactly(6L);
        assertThat(report.finding(new FindingKey(FindingCode.TYPE_MISMATCH, "count", "count", null))).isEmpty();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void decimalsAreCheckedInLinearTimeAndOnlyThoseInRangeMakeTheRange() {
        CsvFixture files = new CsvFixture(dir, StandardFolders.test("cells"));

        DatasetReport report = files.validate("id,share\n"
                + "a,0.5\n"
                + "b,1.5\n"
                + "c,0." + MILLION + "\n"
                + "d,1." + "0".repeat(900_000) + "1\n"
                + "e," + "0".repeat(900_000) + ".25e0\n"
                + "f,25e-2\n");

        assertThat(report.fields().get("share").profile()).as("decimals have a range of the valid ones, no list")
                .isEqualTo(new ValueProfile(ValueProfile.Kind.NUMBER, Map.of(), 6, new BigDecimal("0.25"), new BigDecimal("0.5")));
        assertThat(examples(report, new FindingKey(FindingCode.OUT_OF_RANGE, "share", "share", null)))
                .extracting(Example::line).containsExactly(3L, 5L);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aValidNumberOfHugeMagnitudeIsTheRangeAndEveryFormatWritesItWithItsExponent() throws IOException {
        Standard contracts = StandardFolders.bundled("federal-contracts");
        Path file = new CsvFixture(dir, contracts).write("contract_value\n1e999999999\n-2.5E+999999999\n12.50\n");
        ValidationReport report = Validator.validate(ValidationRequest.builder(contracts).dataset(DatasetInput.of(file)).build());
        StringWriter markdown = new StringWriter();
        ReportFormat.MARKDOWN.renderer().render(report, RenderOptions.of(Language.EN), markdown);
        assertThat(markdown.toString()).as("a decimal field is described by its range, not by values it does not list")
                .contains("| from -2.5E+999999999 to 1E+999999999 |").doesNotContain("valid distinct");

        ValueProfile values = report.datasets().get(0).fields().get("contract_value").profile();
        assertThat(values.counts()).isEmpty();
        assertThat(values.min()).isEqualByComparingTo("-2.5E+999999999");
        assertThat(values.max()).isEqualByComparingTo("1E+999999999");
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            format.renderer().render(report, RenderOptions.of(Language.EN), out);
            assertThat(out.toString().length()).as(format.label()).isLessThan(200_000);
        }
    }
}
