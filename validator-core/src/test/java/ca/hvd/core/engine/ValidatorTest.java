package ca.hvd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.hvd.core.CsvFixture;
import ca.hvd.core.Hvd;
import ca.hvd.core.SourceException;
import ca.hvd.core.StandardFolders;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severities;
import ca.hvd.core.report.SourceInfo;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.source.CsvFile;
import ca.hvd.core.standard.Standard;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Data rows filling more than the detection sample, before the rows given. */
    private static final int LATE_ROWS = CsvFile.SAMPLE_BYTES / 20 + 1000;

    /** A file of {@link #LATE_ROWS} rows of ASCII after its header, then rows in Windows-1252. */
    private static byte[] asciiThenWindows1252(String rows) {
        StringBuilder text = new StringBuilder("jurisdiction,year,sex,name,count\n");
        for (int i = 0; i < LATE_ROWS; i++) {
            text.append("NS,2019,F,NAME").append(i).append(",66\n");
        }
        byte[] head = text.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] tail = rows.getBytes(Charset.forName("windows-1252"));
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        return bytes;
    }

    /**
     * A Windows-1252 file whose first accented letter comes after the first megabyte, where the
     * encoding is detected: the file is read as UTF-8, the letter becomes U+FFFD, and a finding says
     * the file is not in the encoding detected, at the line of the first such value, in one pass
     * and in parts alike.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void invalidUtf8BeyondTheDetectionSampleIsReportedAsAnEncodingMismatch(int threads) {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);
        Path file = files.write(asciiThenWindows1252("NS,2019,F,REN\u00c9E,7\nNS,2019,F,ZO\u00cb,8\n"));
        long line = LATE_ROWS + 2;

        DatasetReport report = files.validate(file, settings -> settings.threads(threads).chunkSize(256 * 1024)
                .severities(Severities.of(Map.of(FindingCode.DIGIT_OR_SYMBOL, Optional.empty()))));

        assertThat(report.format().encoding()).isEqualTo("UTF-8");
        assertThat(CsvFixture.examples(report, FindingKey.of(FindingCode.ENCODING_MISMATCH)))
                .containsExactly(new Example(line, 0, null, List.of("UTF-8")));
        assertThat(CsvFixture.examples(report, new FindingKey(FindingCode.INVALID_CHARACTER, "name", "name", null)))
                .extracting(Example::line).containsExactly(line, line + 1);
        assertThat(CsvFixture.keys(report)).doesNotContain(FindingKey.of(FindingCode.ENCODING_FALLBACK));
    }

    /**
     * U+FFFD written in valid UTF-8 is a character of the data (garbled before the file was
     * written): an invalid character, not a sign of another encoding.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aReplacementCharacterWrittenInUtf8IsNoEncodingMismatch(int threads) {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);
        StringBuilder text = new StringBuilder(new String(asciiThenWindows1252(""), StandardCharsets.US_ASCII));
        text.append("NS,2019,F,REN\uFFFDE,7\n");

        DatasetReport report = files.validate(files.write(text.toString()), settings -> settings.threads(threads)
                .chunkSize(256 * 1024).severities(Severities.of(Map.of(FindingCode.DIGIT_OR_SYMBOL, Optional.empty()))));

        assertThat(CsvFixture.keys(report)).containsExactly(new FindingKey(FindingCode.INVALID_CHARACTER, "name", "name", null));
    }

    @Test
    void aCompressedFileReadAsUtf8IsWatchedToo() throws IOException {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);
        java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(compressed)) {
            gzip.write(asciiThenWindows1252("NS,2019,F,\r\nNS,2019,F,REN\u00c9E,7\r\n"));
        }

        DatasetReport report = files.validate(files.write(compressed.toByteArray()),
                settings -> settings.severities(Severities.of(Map.of(FindingCode.DIGIT_OR_SYMBOL, Optional.empty()))));

        assertThat(CsvFixture.examples(report, FindingKey.of(FindingCode.ENCODING_MISMATCH)))
                .containsExactly(new Example(LATE_ROWS + 3, 0, null, List.of("UTF-8")));
    }

    @Test
    void anEncodingGivenByTheUserIsNotSecondGuessed() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);
        Path file = files.write(asciiThenWindows1252("NS,2019,F,REN\u00c9E,7\n"));

        DatasetReport report = files.validate(file, settings -> settings
                .source(SourceOptions.DETECT.withEncoding(StandardCharsets.UTF_8))
                .severities(Severities.of(Map.of(FindingCode.DIGIT_OR_SYMBOL, Optional.empty()))));

        assertThat(CsvFixture.keys(report)).contains(new FindingKey(FindingCode.INVALID_CHARACTER, "name", "name", null))
                .doesNotContain(FindingKey.of(FindingCode.ENCODING_MISMATCH));
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
