package ca.hvd.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.SourceException;
import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ReadLimits;
import ca.hvd.core.engine.SourceOptions;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardRegistry;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing of reading a CSV file: detection (BOM, encoding, delimiter, header),
 * gzip inflation and streaming of records through the checks. Whatever the bytes, the validator
 * answers with a report whose counts add up, or refuses the file with {@link SourceException}; any
 * other exception, or a hang, is a bug.
 *
 * <p>In the normal build this runs in regression mode: once per input committed under
 * {@code src/test/resources/ca/hvd/core/fuzz/CsvReaderFuzzTestInputs/readAnyBytes/}. To fuzz
 * for real (Linux x86-64), {@code JAZZER_FUZZ=1 ./mvnw -pl validator-core -am test
 * -Dtest=CsvReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}; a crash is written to that
 * folder, to be committed with its fix as a regression input.
 */
class CsvReaderFuzzTest {

    private static final Standard NEWBORN_NAMES = StandardRegistry.bundled().resolve("newborn-names");
    /** Small limits, so that short inputs reach them too. */
    private static final ReadLimits SMALL = ReadLimits.DEFAULTS.withMaxFieldSize(64).withMaxRecordSize(256).withMaxColumns(16)
            .withMaxDecompressedSize(1 << 16);

    @Test
    @Tag("jazzer")
    void theFuzzTargetsRunInAHeapOf256Megabytes() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run by the surefire execution fuzz-regression, with -Xmx256m")
                .isLessThanOrEqualTo(256L << 20);
    }

    @FuzzTest(maxDuration = "5m")
    void readAnyBytes(byte[] data) throws IOException {
        Path file = Files.createTempFile("hvd-fuzz-", ".csv");
        try {
            Files.write(file, data);
            for (SourceOptions options : new SourceOptions[] {SourceOptions.DETECT, SourceOptions.DETECT.withLimits(SMALL)}) {
                DatasetReport report;
                try {
                    report = Validator.validate(ValidationRequest.builder(NEWBORN_NAMES)
                            .dataset(DatasetInput.of(file)).source(options).exampleLimit(2).build()).datasets().get(0);
                } catch (SourceException refused) {
                    continue;
                }
                for (FieldStats stats : report.fields().values()) {
                    assertThat(stats.filled() + stats.empty()).isEqualTo(report.records());
                }
                report.findings().forEach(group -> assertThat(group.examples()).hasSizeLessThanOrEqualTo(2));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
