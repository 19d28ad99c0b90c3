package ca.hvd.core;

import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.standard.Standard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Real CSV files in a test's temporary folder, validated through the public API
 * ({@link Validator#validate}) against one standard, and the findings of their reports.
 */
public final class CsvFixture {

    private final Path dir;
    private final Standard standard;
    private int written;

    /**
     * @param dir      the test's {@code @TempDir}
     * @param standard the standard every file is validated against
     */
    public CsvFixture(Path dir, Standard standard) {
        this.dir = dir;
        this.standard = standard;
    }

    /** Writes text to a new file, encoded as UTF-8 without a byte order mark. */
    public Path write(String text) {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to a new file. */
    public Path write(byte[] bytes) {
        Path file = dir.resolve("data-" + ++written + ".csv");
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes text as UTF-8 and validates it with the default settings. */
    public DatasetReport validate(String text) {
        return validate(write(text));
    }

    /** Writes text as UTF-8 and validates it with changed settings. */
    public DatasetReport validate(String text, UnaryOperator<ValidationRequest.Builder> settings) {
        return validate(write(text), settings);
    }

    /** Validates a file with the default settings. */
    public DatasetReport validate(Path file) {
        return validate(file, UnaryOperator.identity());
    }

    /** Validates a file with changed settings (encoding, delimiter, severities, example limit…). */
    public DatasetReport validate(Path file, UnaryOperator<ValidationRequest.Builder> settings) {
        ValidationRequest request = settings.apply(ValidationRequest.builder(standard).dataset(DatasetInput.of(file))).build();
        return Validator.validate(request).datasets().get(0);
    }

    /** The keys of every finding of a report, in report order. */
    public static List<FindingKey> keys(DatasetReport report) {
        return report.findings().stream().map(FindingGroup::key).toList();
    }

    /** The group of a key, failing the test when the report has no finding of it. */
    public static FindingGroup group(DatasetReport report, FindingKey key) {
        return report.finding(key).orElseThrow(() -> new AssertionError("no finding " + key + " among " + keys(report)));
    }

    /** The examples of a key, failing the test when the report has no finding of it. */
    public static List<Example> examples(DatasetReport report, FindingKey key) {
        return group(report, key).examples();
    }
}
