package ca.hvd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.report.render.RenderOptions;
import ca.hvd.core.report.render.ReportFormat;
import ca.hvd.core.standard.StandardRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;

/**
 * The benchmark's file, small: the generator is deterministic, and hvd finds exactly the defects the
 * truth file lists, whether it reads the file in one pass or in many parts on several threads.
 */
class GeneratedFileTest {

    private static final int ROWS = 30_000;

    @TempDir
    static Path dir;

    private static Path csv;
    private static Path truth;

    @BeforeAll
    static void generate() throws IOException {
        csv = dir.resolve("addresses.csv");
        truth = dir.resolve("addresses.truth.csv");
        AddressFileGenerator.generate(ROWS, AddressFileGenerator.SEED, csv, truth);
    }

    @Test
    void theSameRowsAndSeedGiveTheSameFiles() throws IOException {
        Path again = dir.resolve("again.csv");
        Path againTruth = dir.resolve("again.truth.csv");
        AddressFileGenerator.generate(ROWS, AddressFileGenerator.SEED, again, againTruth);

        assertThat(Files.mismatch(csv, again)).isEqualTo(-1);
        assertThat(Files.mismatch(truth, againTruth)).isEqualTo(-1);
    }

    @Test
    void aboutOneRowInAHundredHasADefectOfEveryKind() throws IOException {
        List<String> facts = Files.readAllLines(truth);

        assertThat(facts.size() - 1).isBetween(ROWS / 150, ROWS / 70);
        for (AddressFileGenerator.Defect defect : AddressFileGenerator.Defect.values()) {
            assertThat(facts).anyMatch(fact -> fact.contains("," + defect.code + "," + defect.field + ","));
        }
    }

    @Test
    void hvdFindsExactlyTheInjectedDefectsInOnePass() throws IOException {
        assertThat(differences(json(validate(1, ValidationRequest.DEFAULT_CHUNK_SIZE)))).isEmpty();
    }

    @Test
    void hvdFindsExactlyTheInjectedDefectsInParallelParts() throws IOException {
        String parts = json(validate(3, 64 << 10));

        assertThat(differences(parts)).isEmpty();
        assertThat(parts).isEqualTo(json(validate(1, ValidationRequest.DEFAULT_CHUNK_SIZE)));
    }

    private static ValidationReport validate(int threads, int chunkSize) {
        return Validator.validate(ValidationRequest.builder(StandardRegistry.bundled().resolve("civic-addresses@1.0.0"))
                .dataset(DatasetInput.of(csv))
                .threads(threads)
                .chunkSize(chunkSize)
                .keyMemory(256 << 10)
                .build());
    }

    private static String json(ValidationReport report) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.JSON.renderer().render(report, RenderOptions.of(Language.EN), new PrintWriter(out));
        return out.toString();
    }

    /** The differences between a JSON report and the truth file. */
    private static List<String> differences(String json) throws IOException {
        return TruthCheck.compare(new ObjectMapper().readTree(json), truth);
    }
}
