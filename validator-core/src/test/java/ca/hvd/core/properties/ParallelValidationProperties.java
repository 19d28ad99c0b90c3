package ca.hvd.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.StandardFolders;
import ca.hvd.core.engine.Comparer;
import ca.hvd.core.engine.ComparisonRequest;
import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.LabelledDataset;
import ca.hvd.core.engine.ObservedRows;
import ca.hvd.core.engine.ReadLimits;
import ca.hvd.core.engine.SourceOptions;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.report.ComparisonReport;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A file validated in one pass on one thread and validated in many small parts on several threads
 * gives the same report: the same counts, the same examples in the same order with the same lines,
 * record numbers, values and details (a duplicate's first line even when it is in an earlier
 * part), the same field statistics and value profiles, the same decisions on the whole file
 * (inconsistent case, the totals row of a wide layout, no records).
 *
 * <p>The parts are made tiny ({@link ValidationRequest.Builder#chunkSize} of 1 to 400 bytes) so that
 * small files are cut into many of them, often at a line break inside a quoted field; the key memory
 * is made tiny too, so that keys are spilled to a temporary file. The files are those of
 * {@link RandomDatasets} for the bundled standards (perhaps malformed at the end, perhaps with a
 * byte order mark or bytes that are not UTF-8), and random files
 * in the layouts of three profiles: the test standard's long profile (translations, extraction, a
 * fallback column, a filter) and wide profile (suppression tokens, row totals, totals rows), and
 * Québec's wide layout of newborn names in Windows-1252 under a title line.
 *
 * <p>The same holds for what comes with the report: the canonical rows that row observers hear (an
 * observer per part, combined in file order, hears the rows of one pass in the same order, and the
 * observer of the whole hears the same duplicate keys; an observer that must hear the file in one
 * pass does, with the same line numbers, however the request says to cut it), the comparison of
 * {@code hvd compare}, a file beyond reading limits small enough to be reached (reading stops at the
 * same line, with the same {@code limit-exceeded} finding, whichever part the record is in), and a
 * gzip-compressed file (read in one pass: its report is that of its text).
 */
class ParallelValidationProperties {

    private static final StandardRegistry BUNDLED = StandardRegistry.bundled();
    private static final Standard TALLY = tally();

    /** How the parallel run is set up. */
    record Run(int threads, int chunkSize, long keyMemory) {
    }

    /** A file to validate: its standard, profile and constants, how to read it, its bytes. */
    record Sample(Standard standard, String profile, Map<String, String> constants, SourceOptions source, byte[] bytes) {
        Sample(Standard standard, String profile, Map<String, String> constants, byte[] bytes) {
            this(standard, profile, constants, SourceOptions.DETECT, bytes);
        }

        @Override
        public String toString() {
            return standard.ref() + (profile == null ? "" : " -p " + profile) + " " + constants + "\n"
                    + new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    @Property(tries = 200)
    void aCanonicalFileGivesTheSameReportInOnePassAndInParallelParts(@ForAll("canonical") Sample sample,
                                                                     @ForAll("runs") Run run) throws IOException {
        assertSameReports(sample, run);
    }

    @Property(tries = 150)
    void aProfiledFileGivesTheSameReportInOnePassAndInParallelParts(@ForAll("profiled") Sample sample,
                                                                    @ForAll("runs") Run run) throws IOException {
        assertSameReports(sample, run);
    }

    @Property(tries = 150)
    void aFileBeyondItsLimitsStopsAtTheSameLineInOnePassAndInParallelParts(@ForAll("canonical") Sample sample,
                                                                           @ForAll("limits") Limits margins,
                                                                           @ForAll("runs") Run run) throws IOException {
        Sample limited = new Sample(sample.standard(), sample.profile(), sample.constants(),
                sample.source().withLimits(margins.above(sample.bytes())), sample.bytes());
        DatasetReport whole = assertSameReports(limited, run);
        Statistics.label("limit").collect(whole.findings().stream()
                .filter(group -> group.key().code() == FindingCode.LIMIT_EXCEEDED)
                .map(group -> group.examples().get(0).line() > Math.max(1, whole.format().headerLine()) + 1
                        ? "exceeded below the first record" : "exceeded at the header or first record")
                .findFirst().orElse("within"));
    }

    @Example
    void aValueBeyondTheLimitInALaterPartStopsReadingAtItsLineAsInOnePass() throws IOException {
        StringBuilder text = new StringBuilder("jurisdiction,year,sex,name,count\n");
        for (int i = 2; i <= 3_000; i++) {
            text.append("NS,2019,F,").append(i == 2_500 ? "N".repeat(300) : "NAME" + i).append(",12\n");
        }
        Sample sample = new Sample(BUNDLED.resolve("newborn-names"), null, Map.of(),
                SourceOptions.DETECT.withLimits(ReadLimits.DEFAULTS.withMaxFieldSize(100)),
                text.toString().getBytes(StandardCharsets.UTF_8));

        DatasetReport whole = assertSameReports(sample, new Run(3, 1_000, ValidationRequest.DEFAULT_KEY_MEMORY));

        assertThat(whole.records()).isEqualTo(2_498);
        assertThat(whole.findings()).filteredOn(group -> group.key().code() == FindingCode.LIMIT_EXCEEDED)
                .singleElement().satisfies(group -> assertThat(group.examples().get(0).line()).isEqualTo(2_500));
    }

    @Property(tries = 100)
    void aGzipFileGivesTheReportOfItsTextInOnePassAndInParallelParts(@ForAll("canonical") Sample sample,
                                                                      @ForAll("runs") Run run) throws IOException {
        Path file = Files.createTempFile("hvd-parallel-", ".csv");
        Path gzip = Files.createTempFile("hvd-parallel-", ".csv.gz");
        try {
            Files.write(file, sample.bytes());
            Files.write(gzip, gzipped(sample.bytes()));
            DatasetReport whole = Validator.validate(request(sample, file, 1, ValidationRequest.DEFAULT_CHUNK_SIZE,
                    ValidationRequest.DEFAULT_KEY_MEMORY).build()).datasets().get(0);
            DatasetReport parts = Validator.validate(request(sample, gzip, run.threads(), run.chunkSize(), run.keyMemory())
                    .build()).datasets().get(0);

            assertThat(parts).isEqualTo(whole);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(gzip);
        }
    }

    @Property(tries = 60)
    void aComparisonIsTheSameInOnePassAndInParallelParts(@ForAll("canonical") Sample sample, @ForAll("runs") Run run)
            throws IOException {
        Path file = Files.createTempFile("hvd-parallel-", ".csv");
        try {
            Files.write(file, sample.bytes());
            List<LabelledDataset> datasets = List.of(new LabelledDataset("A", new DatasetInput(file, "a.csv"), null, Map.of()),
                    new LabelledDataset("B", new DatasetInput(file, "b.csv"), null, Map.of()));
            ComparisonRequest request = ComparisonRequest.of(sample.standard(), datasets);
            ComparisonReport whole = Comparer.compare(request.withThreads(1));
            ComparisonReport parts = Comparer.compare(request.withThreads(run.threads()).withChunkSize(run.chunkSize()));

            assertThat(parts).isEqualTo(whole);
        } catch (ca.hvd.core.SourceException notText) {
            // bytes that are not text are refused whichever way they are read
            assertThat(notText).isNotNull();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Asserts that the run in parts gives the report and the observed rows of one pass; returns the report. */
    private static DatasetReport assertSameReports(Sample sample, Run run) throws IOException {
        Path file = Files.createTempFile("hvd-parallel-", ".csv");
        try {
            Files.write(file, sample.bytes());
            ValidationRequest onePass = request(sample, file, 1, ValidationRequest.DEFAULT_CHUNK_SIZE,
                    ValidationRequest.DEFAULT_KEY_MEMORY).build();
            ValidationRequest inParts = request(sample, file, run.threads(), run.chunkSize(), run.keyMemory()).build();
            DatasetReport whole = Validator.validate(onePass).datasets().get(0);
            DatasetReport parts = Validator.validate(inParts).datasets().get(0);

            assertThat(parts).isEqualTo(whole);

            ObservedRows.Heard heardWhole = ObservedRows.inParts(onePass);
            ObservedRows.Heard heardInParts = ObservedRows.inParts(inParts);
            assertThat(heardWhole.report()).isEqualTo(whole);
            assertThat(heardInParts.report()).isEqualTo(whole);
            assertThat(heardInParts.rows()).as("rows heard by the parts' observers").isEqualTo(heardWhole.rows());
            assertThat(heardInParts.duplicates()).as("duplicate keys heard").isEqualTo(heardWhole.duplicates());
            long duplicates = whole.findings().stream().filter(group -> group.key().code() == FindingCode.DUPLICATE_KEY)
                    .mapToLong(group -> group.count()).sum();
            assertThat(heardWhole.duplicates()).as("every duplicate key is heard").hasSize((int) duplicates);

            ObservedRows.Heard inOrder = ObservedRows.inOnePass(onePass);
            ObservedRows.Heard inOrderThoughCut = ObservedRows.inOnePass(inParts);
            assertThat(inOrderThoughCut.report()).isEqualTo(whole);
            assertThat(inOrderThoughCut.rows()).as("rows heard in one pass, with their numbers").isEqualTo(inOrder.rows());
            assertThat(inOrder.rows()).hasSameSizeAs(heardWhole.rows());
            return whole;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static ValidationRequest.Builder request(Sample sample, Path file, int threads, int chunkSize, long keyMemory) {
        ValidationRequest.Builder request = ValidationRequest.builder(sample.standard())
                .profile(sample.profile() == null ? null : sample.standard().profile(sample.profile()))
                .dataset(new DatasetInput(file, "data.csv"))
                .source(sample.source())
                .exampleLimit(3)
                .threads(threads)
                .chunkSize(chunkSize)
                .keyMemory(keyMemory);
        sample.constants().forEach(request::constant);
        return request;
    }

    private static byte[] gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    /**
     * Reading limits small enough to be reached by the random files' records, as margins above what
     * their header needs (so that reading stops in the data, in any part): a few more characters per
     * value and per record, a column or two more.
     */
    record Limits(int field, int record, int columns) {
        ReadLimits above(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String header = (end < 0 ? text : text.substring(0, end)).replace("\r", "").replace("\uFEFF", "");
            String[] names = header.split(",", -1);
            int longest = 1;
            int all = 0;
            for (String name : names) {
                longest = Math.max(longest, name.length());
                all += name.length();
            }
            int maxField = longest + field;
            return ReadLimits.DEFAULTS.withMaxFieldSize(maxField)
                    .withMaxRecordSize(Math.max(maxField, all) + record)
                    .withMaxColumns(names.length + columns);
        }
    }

    @Provide
    Arbitrary<Limits> limits() {
        return Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(0, 2))
                .as(Limits::new);
    }

    @Provide
    Arbitrary<Run> runs() {
        return Combinators.combine(
                Arbitraries.integers().between(2, 4),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 64)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(65, 400))),
                Arbitraries.of(0L, 200L, 5_000L, ValidationRequest.DEFAULT_KEY_MEMORY))
                .as(Run::new);
    }

    @Provide
    Arbitrary<Sample> canonical() {
        return Combinators.combine(Arbitraries.of("newborn-names", "civic-addresses"), RandomDatasets.perhapsMalformed(),
                        Arbitraries.integers().between(0, 2_000).list().ofMaxSize(4), Arbitraries.of(false, false, true))
                .as((id, plan, invalid, bom) -> {
                    Standard standard = BUNDLED.resolve(id);
                    byte[] bytes = ((bom ? "\uFEFF" : "") + RandomDatasets.text(standard, plan)).getBytes(StandardCharsets.UTF_8);
                    if (invalid.isEmpty()) {
                        return new Sample(standard, null, Map.of(), bytes);
                    }
                    // bytes that are not UTF-8 in a file read as UTF-8: each part decodes them as one pass does
                    return new Sample(standard, null, Map.of(), SourceOptions.DETECT.withEncoding(StandardCharsets.UTF_8),
                            withInvalidBytes(bytes, invalid));
                });
    }

    @Provide
    Arbitrary<Sample> profiled() {
        Arbitrary<List<List<Integer>>> rows = Arbitraries.integers().between(0, 99).list().ofSize(10).list().ofMaxSize(40);
        Arbitrary<String> endings = Arbitraries.of("\n", "\r\n", "\r");
        return Combinators.combine(Arbitraries.of(Layout.values()), rows, endings)
                .as((layout, records, ending) -> layout.sample(records, ending));
    }

    /** The layouts of the profiled files. */
    enum Layout {
        /** The test standard's long profile: translated regions and sexes, years extracted from timestamps, a fallback name, a filter. */
        TALLY_LONG {
            @Override
            Sample sample(List<List<Integer>> records, String ending) {
                List<List<String>> pools = List.of(
                        List.of("1", "2", ""),
                        List.of("10", "20", "30", ""),
                        List.of("01/01/2019 12:00:00 AM", "01/01/2020 12:00:00 AM", "2019", ""),
                        List.of("Girl", "Boy", "Unknown", ""),
                        List.of("OLIVIA", "Olivia", "EMMA", "emma", "", "LI\nAM", "Zoë", "BABY BOY", "Ã©MILE", "AVA2", " NOAH"),
                        List.of("", "LIAM", "noah"),
                        List.of("12", "3", "x", "", "7", "1"),
                        List.of("E1", "W7", "X2", "Q9", ""),
                        List.of("births", "Births", "proportion"));
                String text = table("Rank,Area,When,Gender,Given,Alias,Births,Code,Kind", pools, records, ending, List.of());
                return new Sample(TALLY, "long", Map.of(), text.getBytes(StandardCharsets.UTF_8));
            }
        },
        /** The test standard's wide profile: a column per year, suppression tokens, a row total, totals rows. */
        TALLY_WIDE {
            @Override
            Sample sample(List<List<Integer>> records, String ending) {
                List<String> counts = List.of("12", "< 5", "", "0", "7", "abc", "3", "40");
                List<List<String>> pools = List.of(
                        List.of("OLIVIA", "Emma", "LÉA", "ZOË", "Jean-\r\nPaul", "Somme :", "x1", "EMMA", "léa"),
                        counts, counts, counts,
                        List.of("", "19", "31", "x", "0", "SUM"));
                String text = table("Prénom,1999,2000,2001,Total", pools, records, ending, List.of(1, 2, 3));
                return new Sample(TALLY, "wide", Map.of("sex", "F"), text.getBytes(StandardCharsets.UTF_8));
            }
        },
        /** Québec's layout of newborn names: Windows-1252, a title line, a column per year, a totals row. */
        QUEBEC {
            @Override
            Sample sample(List<List<Integer>> records, String ending) {
                List<String> counts = List.of("12", "< 5", "<5", "", "7", "3", "250");
                List<List<String>> pools = List.of(
                        List.of("OLIVIA", "Emma", "LÉA", "ZOÉ", "JEAN-\nPAUL", "Somme:", "MARIE-ÈVE", "léa", "X Æ"),
                        counts, counts, counts,
                        List.of("", "19", "262", "x", "0", "SUM"));
                String text = "Banque de prénoms – Filles" + ending
                        + table("Prénom,2019,2020,2021,Total", pools, records, ending, List.of(1, 2, 3));
                Charset windows1252 = Charset.forName("windows-1252");
                return new Sample(BUNDLED.resolve("newborn-names"), "qc", Map.of("sex", "F"), text.getBytes(windows1252));
            }
        };

        abstract Sample sample(List<List<Integer>> records, String ending);
    }

    /**
     * A CSV table: the header, then a row per record, each cell drawn from its column's pool; the
     * last number of a record makes it sometimes blank, ragged, or (with sum columns) a row whose
     * last cell is the sum of those columns.
     */
    private static String table(String header, List<List<String>> pools, List<List<Integer>> records, String ending,
                                List<Integer> summed) {
        StringBuilder text = new StringBuilder(header).append(ending);
        for (List<Integer> record : records) {
            int kind = record.get(record.size() - 1);
            if (kind >= 95) {
                text.append(ending);
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < pools.size(); c++) {
                List<String> pool = pools.get(c);
                cells.add(pool.get(record.get(c % (record.size() - 1)) % pool.size()));
            }
            if (kind >= 90 && cells.size() > 1) {
                cells.remove(cells.size() - 1);
            } else if (kind >= 70 && !summed.isEmpty()) {
                long sum = 0;
                for (int c : summed) {
                    String cell = cells.get(c);
                    sum += cell.matches("\\d+") ? Long.parseLong(cell) : 0;
                }
                cells.set(cells.size() - 1, Long.toString(sum));
            }
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (i > 0) {
                    text.append(',');
                }
                boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
                text.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            text.append(ending);
        }
        return text.toString();
    }

    /** The bytes with a lone lead byte, a byte never valid in UTF-8 or a cut three-byte sequence at each position. */
    private static byte[] withInvalidBytes(byte[] bytes, List<Integer> positions) {
        byte[][] garbage = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int from = 0;
        List<Integer> sorted = positions.stream().map(p -> Math.min(p, bytes.length)).sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            out.write(bytes, from, sorted.get(i) - from);
            out.writeBytes(garbage[i % garbage.length]);
            from = sorted.get(i);
        }
        out.write(bytes, from, bytes.length - from);
        return out.toByteArray();
    }

    private static Standard tally() {
        return StandardFolders.tally();
    }
}
