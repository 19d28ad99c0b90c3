package ca.hvd.core.engine;

import ca.hvd.core.CsvCells;
import ca.hvd.core.check.RowObserver;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severity;
import ca.hvd.core.source.HeaderMatcher;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.FieldType;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.UniqueKey;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
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
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the files of several publishers as one CSV file in the canonical layout of their standard
 * (RFC 4180, UTF-8, a header of the canonical field names then the lineage columns
 * {@code source_dataset}, {@code source_file} and {@code source_line}), so analysts can use them
 * together.
 *
 * <p>Three streaming passes, memory bounded whatever the size of the files:
 * <ol>
 *   <li>each file is validated in its own layout, and its canonical rows (codes translated,
 *       constants filled, wide layouts made long) are written to a temporary canonical file, their
 *       lineage to a temporary file beside it;</li>
 *   <li>the canonical file is validated against the standard, all files together, and each row is
 *       written to a temporary file with the codes of its errors; duplicate keys, decided once the
 *       whole canonical file is read, are then heard and kept as a bit per row;</li>
 *   <li>each row goes to the output, or to the rejects with the codes of its errors (duplicate keys
 *       included) when it has any (unless invalid rows are kept). So the output is what the
 *       standard accepts, and duplicate keys across files are found too.</li>
 * </ol>
 * A canonical row that is entirely empty is rejected as {@code blank-row}. Values that a
 * spreadsheet would run as formulas are neutralised ({@link CsvCells}).
 *
 * <p>The first two passes read each file in one pass, in order, on the calling thread
 * ({@link Observation#inOnePass}), whatever its size: their observers write rows as they hear them,
 * in file order, with the file's own line numbers, so the output is the same on any machine. (Reading
 * a large file in parts would mean keeping each part's rows aside until the parts before it are
 * written; harmonizing costs mostly writing, so it does not.)
 */
public final class Harmonizer {

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
        Path judged = Files.createTempFile("hvd-harmonize-", ".judged.csv");
        try {
            List<DatasetReport> sources = stage(request, canonical, lineage);
            Judge judge = judge(request, canonical, lineage, judged);
            return split(request, judged, judge, sources, output, rejects);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(canonical);
            Files.deleteIfExists(lineage);
            Files.deleteIfExists(judged);
        }
    }

    /** The header of the output: the canonical fields, then the lineage columns ({@link HeaderMatcher#lineageColumns}). */
    public static List<String> header(Standard standard) {
        List<String> header = new ArrayList<>(standard.fields().stream().map(Field::name).toList());
        header.addAll(HeaderMatcher.lineageColumns(standard));
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
                        ValidationRequest.DEFAULT_EXAMPLES, request.progress()).build();
                sources.add(Validator.validate(validation, labelled.input(), 0, Observation.inOnePass(staging)));
            }
        }
        return sources;
    }

    // ---- pass 2: the canonical rows against the standard, each with its errors ------------------

    private static Judge judge(HarmonizeRequest request, Path canonical, Path lineage, Path judged) throws IOException {
        Standard standard = request.standard();
        try (DataInputStream lines = new DataInputStream(new BufferedInputStream(Files.newInputStream(lineage)));
             CsvWriter rows = CsvWriter.builder().build(judged, StandardCharsets.UTF_8)) {
            Judge judge = new Judge(standard, lines, rows);
            ValidationRequest validation = ValidationRequest.builder(standard)
                    .source(new SourceOptions(StandardCharsets.UTF_8, ',', 1))
                    .severities(request.severities())
                    .dataset(new DatasetInput(canonical, "harmonized"))
                    .build();
            judge.report = Validator.validate(validation, validation.datasets().get(0), 0, Observation.inOnePass(judge));
            judge.finish();
            return judge;
        }
    }

    /**
     * Hears the canonical rows and their errors, and writes each row, with its lineage and its
     * errors, to the judged file; keeps the rows whose key repeats an earlier row's.
     */
    private static final class Judge implements RowObserver {
        private final DataInputStream lineage;
        private final CsvWriter judged;
        private final int width;
        private final List<String> errors = new ArrayList<>();
        private long errorsOf = -1;
        /** The canonical records whose lineage has been read, each a row of the judged file. */
        private long lineageRead;
        /**
         * Per {@code duplicate-key} code and field, in the order of the standard's unique keys, the
         * canonical records that repeat a key (bit {@code record - 1}).
         */
        final Map<String, BitSet> duplicates = new LinkedHashMap<>();
        DatasetReport report;

        Judge(Standard standard, DataInputStream lineage, CsvWriter judged) {
            this.lineage = lineage;
            this.judged = judged;
            this.width = standard.fields().size();
            for (UniqueKey key : standard.uniqueKeys()) {
                String field = key.fields().size() == 1 ? key.fields().get(0) : null;
                duplicates.put(label(FindingCode.DUPLICATE_KEY, field), new BitSet());
            }
        }

        private static String label(FindingCode code, String field) {
            return field == null ? code.id() : code.id() + ":" + field;
        }

        @Override
        public void finding(FindingKey key, Severity severity, long line, long record, String value) {
            if (record <= 0 || severity != Severity.ERROR) {
                return;
            }
            String label = label(key.code(), key.field());
            if (key.code() == FindingCode.DUPLICATE_KEY) {
                // decided once the whole file is read, so heard after every row
                if (record > Integer.MAX_VALUE) {
                    throw new IllegalStateException("more canonical rows than a harmonized export can judge");
                }
                duplicates.computeIfAbsent(label, unused -> new BitSet()).set((int) (record - 1));
                return;
            }
            if (record != errorsOf) {
                errors.clear();
                errorsOf = record;
            }
            errors.add(label);
        }

        @Override
        public void row(long line, long record, String[] values) {
            skipTo(record - 1);
            long[] origin = nextLineage();
            write(values, origin, record == errorsOf ? errors : List.of());
        }

        /** Rejects the canonical records before this one that made no row: entirely empty ones. */
        private void skipTo(long record) {
            while (lineageRead < record) {
                write(new String[width], nextLineage(), List.of("blank-row"));
            }
        }

        void finish() {
            while (true) {
                long[] origin = nextLineageOrNull();
                if (origin == null) {
                    return;
                }
                write(new String[width], origin, List.of("blank-row"));
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

        /** A row of the judged file: the values, the dataset's index, the source line, the errors. */
        private void write(String[] values, long[] origin, List<String> found) {
            String[] row = Arrays.copyOf(values, width + 3);
            for (int i = 0; i < width; i++) {
                if (row[i] == null) {
                    row[i] = "";
                }
            }
            row[width] = String.valueOf(origin[0]);
            row[width + 1] = String.valueOf(origin[1]);
            row[width + 2] = String.join("\n", new LinkedHashSet<>(found));
            judged.writeRecord(row);
        }
    }

    // ---- pass 3: each judged row to the output or the rejects ------------------------------------

    private static HarmonizeResult split(HarmonizeRequest request, Path judged, Judge judge, List<DatasetReport> sources,
                                         Writer output, Writer rejects) throws IOException {
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
        FieldType[] types = standard.fields().stream().map(Field::type).toArray(FieldType[]::new);
        int width = types.length;
        long written = 0;
        long rejected = 0;
        long invalid = 0;
        int index = 0;
        try (CsvReader<CsvRecord> rows = CsvReader.builder().ofCsvRecord(judged, StandardCharsets.UTF_8)) {
            for (CsvRecord judgedRow : rows) {
                Set<String> findings = new LinkedHashSet<>();
                String errors = judgedRow.getField(width + 2);
                if (!errors.isEmpty()) {
                    findings.addAll(Arrays.asList(errors.split("\n")));
                }
                for (Map.Entry<String, BitSet> duplicate : judge.duplicates.entrySet()) {
                    if (duplicate.getValue().get(index)) {
                        findings.add(duplicate.getKey());
                    }
                }
                index++;
                LabelledDataset dataset = request.datasets().get(Integer.parseInt(judgedRow.getField(width)));
                List<String> row = new ArrayList<>(header.size() + 1);
                for (int i = 0; i < width; i++) {
                    row.add(CsvCells.neutralize(judgedRow.getField(i), types[i].isNumeric()));
                }
                row.add(CsvCells.neutralize(dataset.label(), false));
                row.add(CsvCells.neutralize(dataset.input().name(), false));
                row.add(judgedRow.getField(width + 1));
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
        accepted.flush();
        if (refused != null) {
            refused.flush();
        }
        return new HarmonizeResult(sources, judge.report, written, rejected, invalid);
    }
}
