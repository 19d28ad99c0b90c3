package ca.hvd.core.engine;

import ca.hvd.core.check.RowObserver;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severity;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.FieldType;
import ca.hvd.core.standard.Standard;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the files of several publishers as one CSV file in the canonical layout of their standard
 * (RFC 4180, UTF-8, a header of the canonical field names then the lineage columns
 * {@code source_dataset}, {@code source_file} and {@code source_line}), so analysts can use them
 * together.
 *
 * <p>Two streaming passes, memory bounded whatever the size of the files:
 * <ol>
 *   <li>each file is validated in its own layout, and its canonical rows (codes translated,
 *       constants filled, wide layouts made long) are written to a temporary canonical file, their
 *       lineage to a temporary file beside it;</li>
 *   <li>the canonical file is validated against the standard, all files together, and each row goes
 *       to the output, or to the rejects with the codes of its errors when it has any (unless
 *       invalid rows are kept). So the output is what the standard accepts, and duplicate keys
 *       across files are found too.</li>
 * </ol>
 * A canonical row that is entirely empty is rejected as {@code blank-row}. Values that a
 * spreadsheet would run as formulas are neutralised ({@link Formulas}).
 */
public final class Harmonizer {

    /** The lineage columns, after the canonical fields. */
    static final List<String> LINEAGE = List.of("source_dataset", "source_file", "source_line");

    /** The column of the rejects file that lists each row's errors. */
    static final String FINDINGS = "findings";

    private Harmonizer() {
    }

    /**
     * Runs a harmonized export.
     *
     * @param request what to export
     * @param output  where the accepted rows go (a CSV file's content); not closed
     * @param rejects where rejected rows go; not closed; unused with {@code keepInvalid}
     * @throws IOException when writing fails
     * @throws ca.hvd.core.SourceException when a file cannot be read at all
     */
    public static HarmonizeResult harmonize(HarmonizeRequest request, Writer output, Writer rejects) throws IOException {
        Path canonical = Files.createTempFile("hvd-harmonize-", ".csv");
        Path lineage = Files.createTempFile("hvd-harmonize-", ".lineage");
        try {
            List<DatasetReport> sources = stage(request, canonical, lineage);
            return split(request, canonical, lineage, sources, output, rejects);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(canonical);
            Files.deleteIfExists(lineage);
        }
    }

    /** The header of the output: the canonical fields, then the lineage columns. */
    public static List<String> header(Standard standard) {
        List<String> header = new ArrayList<>(standard.fields().stream().map(Field::name).toList());
        for (String column : LINEAGE) {
            header.add(header.contains(column) ? "hvd_" + column : column);
        }
        return header;
    }

    // ---- pass 1: every file in its layout, to canonical rows -----------------------------------

    private static List<DatasetReport> stage(HarmonizeRequest request, Path canonical, Path lineage) throws IOException {
        List<DatasetReport> sources = new ArrayList<>();
        try (CsvWriter rows = CsvWriter.builder().build(canonical, StandardCharsets.UTF_8);
             DataOutputStream lines = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(lineage)))) {
            rows.writeRecord(request.standard().fields().stream().map(Field::name).toList());
            List<LabelledDataset> datasets = request.datasets();
            for (int d = 0; d < datasets.size(); d++) {
                int dataset = d;
                RowObserver staging = (line, record, values) -> {
                    rows.writeRecord(values);
                    try {
                        lines.writeInt(dataset);
                        lines.writeLong(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                LabelledDataset labelled = datasets.get(d);
                ValidationRequest validation = labelled.request(request.standard(), request.severities(),
                        ValidationRequest.DEFAULT_EXAMPLES, request.progress());
                sources.add(Validator.validate(validation, labelled.input(), 0, staging));
            }
        }
        return sources;
    }

    // ---- pass 2: the canonical rows against the standard, to the output or the rejects ----------

    private static HarmonizeResult split(HarmonizeRequest request, Path canonical, Path lineage,
                                         List<DatasetReport> sources, Writer output, Writer rejects) throws IOException {
        Standard standard = request.standard();
        CsvWriter accepted = CsvWriter.builder().build(output);
        CsvWriter refused = request.keepInvalid() ? null : CsvWriter.builder().build(rejects);
        List<String> header = header(standard);
        accepted.writeRecord(header);
        if (refused != null) {
            List<String> withFindings = new ArrayList<>(header);
            withFindings.add(FINDINGS);
            refused.writeRecord(withFindings);
        }
        try (DataInputStream lines = new DataInputStream(new BufferedInputStream(Files.newInputStream(lineage)))) {
            Splitter splitter = new Splitter(request, lines, accepted, refused);
            ValidationRequest validation = ValidationRequest.builder(standard)
                    .source(new SourceOptions(StandardCharsets.UTF_8, ',', 1))
                    .severities(request.severities())
                    .dataset(new DatasetInput(canonical, "harmonized"))
                    .build();
            DatasetReport report = Validator.validate(validation, validation.datasets().get(0), 0, splitter);
            splitter.finish();
            accepted.flush();
            if (refused != null) {
                refused.flush();
            }
            return new HarmonizeResult(sources, report, splitter.written, splitter.rejected, splitter.invalid);
        }
    }

    /** Hears the canonical rows and their findings, and writes each row where it belongs. */
    private static final class Splitter implements RowObserver {
        private final HarmonizeRequest request;
        private final DataInputStream lineage;
        private final CsvWriter accepted;
        private final CsvWriter refused;
        private final FieldType[] types;
        private final List<String> errors = new ArrayList<>();
        private long errorsOf = -1;
        /** The canonical records whose lineage has been read. */
        private long lineageRead;
        long written;
        long rejected;
        long invalid;

        Splitter(HarmonizeRequest request, DataInputStream lineage, CsvWriter accepted, CsvWriter refused) {
            this.request = request;
            this.lineage = lineage;
            this.accepted = accepted;
            this.refused = refused;
            this.types = request.standard().fields().stream().map(Field::type).toArray(FieldType[]::new);
        }

        @Override
        public void finding(FindingKey key, Severity severity, long line, long record, String value) {
            if (record <= 0 || severity != Severity.ERROR) {
                return;
            }
            if (record != errorsOf) {
                errors.clear();
                errorsOf = record;
            }
            errors.add(key.field() == null ? key.code().id() : key.code().id() + ":" + key.field());
        }

        @Override
        public void row(long line, long record, String[] values) {
            skipTo(record - 1);
            long[] origin = nextLineage();
            List<String> found = record == errorsOf ? errors : List.of();
            write(values, origin, new LinkedHashSet<>(found));
        }

        /** Rejects the canonical records before this one that made no row: entirely empty ones. */
        private void skipTo(long record) {
            while (lineageRead < record) {
                long[] origin = nextLineage();
                write(new String[types.length], origin, Set.of("blank-row"));
            }
        }

        void finish() {
            while (true) {
                long[] origin = nextLineageOrNull();
                if (origin == null) {
                    return;
                }
                write(new String[types.length], origin, Set.of("blank-row"));
            }
        }

        private long[] nextLineage() {
            long[] origin = nextLineageOrNull();
            if (origin == null) {
                throw new IllegalStateException("the lineage of a canonical row is missing");
            }
            return origin;
        }

        private long[] nextLineageOrNull() {
            try {
                long[] origin = {lineage.readInt(), lineage.readLong()};
                lineageRead++;
                return origin;
            } catch (EOFException e) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(String[] values, long[] origin, Set<String> findings) {
            LabelledDataset dataset = request.datasets().get((int) origin[0]);
            List<String> row = new ArrayList<>(types.length + LINEAGE.size() + 1);
            for (int i = 0; i < types.length; i++) {
                row.add(Formulas.neutralised(values[i] == null ? "" : values[i], types[i]));
            }
            row.add(Formulas.neutralised(dataset.label(), FieldType.STRING));
            row.add(Formulas.neutralised(dataset.input().name(), FieldType.STRING));
            row.add(String.valueOf(origin[1]));
            if (!findings.isEmpty()) {
                invalid++;
            }
            if (findings.isEmpty() || refused == null) {
                accepted.writeRecord(row);
                written++;
            } else {
                row.add(String.join("; ", findings));
                refused.writeRecord(row);
                rejected++;
            }
        }
    }
}
