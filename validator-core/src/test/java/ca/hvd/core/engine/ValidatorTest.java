package ca.hvd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.hvd.core.CsvFixture;
import ca.hvd.core.Hvd;
import ca.hvd.core.SourceException;
import ca.hvd.core.StandardFolders;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severities;
import ca.hvd.core.report.SourceInfo;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.standard.Standard;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A validation run: its request's defaults, one report per file in the order given, and the run's facts. */
class ValidatorTest {

    private static final Standard NEWBORN_NAMES = StandardFolders.bundled("newborn-names");

    @TempDir
    Path dir;

    @Test
    void aRequestDefaultsToDetectionDefaultSeveritiesFailingOnErrorsAndFiveExamples() {
        ValidationRequest request = ValidationRequest.builder(NEWBORN_NAMES).build();

        assertThat(request.datasets()).isEmpty();
        assertThat(request.source()).isEqualTo(SourceOptions.DETECT);
        assertThat(request.severities()).isSameAs(Severities.defaults());
        assertThat(request.failOn()).isEqualTo(FailOn.ERROR);
        assertThat(request.exampleLimit()).isEqualTo(5);
        assertThatThrownBy(() -> ValidationRequest.builder(NEWBORN_NAMES).exampleLimit(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachFileIsDetectedAndReportedOnItsOwnInTheOrderGiven() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);
        Path clean = files.write("jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,66\n");
        Path french = files.write("Année;Sexe;Prénom;Nombre;Géo\n2019;F;Zoé;5;QC\n2019;M;Noé;x;QC\n".getBytes(Charset.forName("windows-1252")));
        ValidationRequest request = ValidationRequest.builder(NEWBORN_NAMES)
                .dataset(new DatasetInput(french, "prénoms.csv"))
                .dataset(DatasetInput.of(clean))
                .failOn(FailOn.WARNING)
                .build();

        ValidationReport report = Validator.validate(request);

        assertThat(report.toolVersion()).isEqualTo(Hvd.version());
        assertThat(report.standard()).isEqualTo(NEWBORN_NAMES.ref());
        assertThat(report.standardTitle()).isEqualTo(NEWBORN_NAMES.title());
        assertThat(report.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(report.datasets()).extracting(DatasetReport::source).containsExactly("prénoms.csv", clean.toString());
        assertThat(report.datasets()).extracting(DatasetReport::format).containsExactly(
                new SourceInfo("windows-1252", null, ';', 1),
                new SourceInfo("UTF-8", null, ',', 1));
        assertThat(report.datasets()).extracting(DatasetReport::records).containsExactly(2L, 1L);
        assertThat(CsvFixture.keys(report.datasets().get(0))).containsExactlyInAnyOrder(
                new FindingKey(FindingCode.TYPE_MISMATCH, "count", "Nombre", null),
                FindingKey.of(FindingCode.ENCODING_FALLBACK));
        assertThat(CsvFixture.keys(report.datasets().get(1))).isEmpty();
        assertThat(report.conformant()).isFalse();
    }

    @Test
    void validatingTheSameFileTwiceGivesEqualReports() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);
        Path file = files.write("Title\nProvince,Year,Gender,Name,Frequency,Notes\nNS,2019,F,OLIVIA,66,a\nNS,1850,X, EMMA,,b\n\n");

        assertThat(files.validate(file)).isEqualTo(files.validate(file));
    }

    @Test
    void aFileThatCannotBeReadStopsTheRun() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);
        Path clean = files.write("jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,66\n");
        Path missing = dir.resolve("missing.csv");
        ValidationRequest request = ValidationRequest.builder(NEWBORN_NAMES)
                .dataset(DatasetInput.of(clean)).dataset(DatasetInput.of(missing)).build();

        assertThatThrownBy(() -> Validator.validate(request))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.text()).isEqualTo(Message.of("source.missing", missing.toString()));
                    assertThat(e.getMessage()).isEqualTo(missing + " does not exist.");
                });
    }
}
