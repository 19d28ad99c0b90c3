package ca.hvd.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.SmallHeapTest;
import ca.hvd.core.SourceException;
import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ReadLimits;
import ca.hvd.core.engine.SourceOptions;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.report.render.ReportFormat;
import ca.hvd.core.source.CsvFile;
import ca.hvd.core.source.HeaderMatcher;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * No input makes the validator throw anything but {@link SourceException}, and what it reports
 * adds up.
 *
 * <p>Inputs are random bytes; random text made of header names, values, delimiters (hvd's four and
 * odd ones), quotes (unclosed ones too), line breaks, NUL and other control characters, lone
 * surrogates, byte order marks in the wrong places, U+FFFD, very long runs (a record of more fields
 * than the parser allows, a long field, hundreds of blank lines), written as UTF-8, as UTF-8 with
 * the lone surrogates encoded (invalid UTF-8), as UTF-16 with and without BOM, or as
 * Windows-1252; random files for the standard with random bytes changed, inserted or removed;
 * and any of these gzip-compressed, whole or cut short. Each is validated against each bundled
 * standard, with everything detected or with random overrides (delimiter, header line, encoding),
 * random reading limits small enough to be reached, and a random example limit.
 *
 * <p>The validator either throws {@link SourceException} (the documented refusal of a file that
 * is not text) or returns a report where: the records are the data records that
 * {@link CsvFile#read} hands over; every group counts at least one finding and at least as many
 * as it keeps examples, and keeps at most the example limit; every example's record number is
 * within the records; every field is filled or empty in each record; and the report renders in
 * every format and language.
 */
@Tag(SmallHeapTest.TAG)
class HostileInputProperties {

    private static final StandardRegistry BUNDLED = StandardRegistry.bundled();
    private static final List<String> STANDARDS = List.of("newborn-names", "civic-addresses");

    /** A file's bytes and how to read it. */
    record Input(byte[] bytes, SourceOptions options, int exampleLimit, String description) {
        @Override
        public String toString() {
            return description + " (" + bytes.length + " bytes), " + options + ", examples " + exampleLimit;
        }
    }

    @Property(tries = 200)
    void theValidatorReportsOrRefusesEveryInputAndItsCountsAddUp(@ForAll("inputs") Input input) throws IOException {
        Path file = Files.createTempFile("hvd-hostile-", ".csv");
        try {
            Files.write(file, input.bytes());
            for (String id : STANDARDS) {
                Standard standard = BUNDLED.resolve(id);
                ValidationRequest request = ValidationRequest.builder(standard)
                        .dataset(DatasetInput.of(file))
                        .source(input.options())
                        .exampleLimit(input.exampleLimit())
                        .build();
                ValidationReport report;
                try {
                    report = Validator.validate(request);
                } catch (SourceException refused) {
                    Statistics.label("outcome").collect("refused");
                    continue;
                }
                Statistics.label("outcome").collect(report.datasets().get(0).records() > 0 ? "records" : "no records");
                assertAddsUp(report.datasets().get(0), recordsRead(file, standard, input.options()), input.exampleLimit());
                for (ReportFormat format : ReportFormat.values()) {
                    for (Language language : Language.values()) {
                        StringWriter out = new StringWriter();
                        format.renderer().render(report, ca.hvd.core.report.render.RenderOptions.of(language), out);
                        assertThat(out.toString()).isNotEmpty();
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void assertAddsUp(DatasetReport report, long records, int exampleLimit) {
        assertThat(report.records()).as("records").isEqualTo(records);
        for (FindingGroup group : report.findings()) {
            assertThat(group.count()).as("count of %s", group.key()).isGreaterThanOrEqualTo(Math.max(1, group.examples().size()));
            assertThat(group.examples()).as("examples of %s", group.key()).hasSizeLessThanOrEqualTo(exampleLimit);
            for (Example example : group.examples()) {
                assertThat(example.record()).as("record of an example of %s", group.key()).isBetween(0L, records);
                assertThat(example.line()).as("line of an example of %s", group.key()).isNotNegative();
            }
        }
        for (var field : report.fields().entrySet()) {
            FieldStats stats = field.getValue();
            assertThat(stats.filled()).as("%s filled", field.getKey()).isNotNegative();
            assertThat(stats.empty()).as("%s empty", field.getKey()).isNotNegative();
            assertThat(stats.filled() + stats.empty()).as("%s filled and empty", field.getKey()).isEqualTo(records);
        }
    }

    /** The data records reading hands over, counted apart from the validator. */
    private static long recordsRead(Path file, Standard standard, SourceOptions options) {
        CsvFile csv = CsvFile.open(file, options, HeaderMatcher.of(standard));
        AtomicLong count = new AtomicLong();
        csv.read((line, record, cells, noInvalidCharacter) -> count.incrementAndGet());
        return count.get();
    }

    // ---- generators ----------------------------------------------------------------------------

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<Tuple.Tuple2<byte[], String>> plain = Arbitraries.frequencyOf(
                Tuple.of(2, randomBytes()),
                Tuple.of(4, hostileText()),
                Tuple.of(3, damagedDataset()));
        Arbitrary<Tuple.Tuple2<byte[], String>> bytes = Arbitraries.frequencyOf(
                Tuple.of(8, plain),
                Tuple.of(1, Combinators.combine(plain, Arbitraries.doubles().between(0.2, 1.0)).as(HostileInputProperties::gzipped)));
        return Combinators.combine(bytes, options(), Arbitraries.integers().between(0, 5))
                .as((content, options, limit) -> new Input(content.get1(), options, limit, content.get2()));
    }

    private static Arbitrary<SourceOptions> options() {
        Arbitrary<Character> delimiters = Arbitraries.of(',', ';', '\t', '|', ' ', ':', '#', 'a', '\u0000', '\uFEFF', '\uD800', '\'');
        Arbitrary<Charset> encodings = Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                StandardCharsets.US_ASCII, Charset.forName("windows-1252"));
        Arbitrary<Integer> headerLines = Arbitraries.integers().between(1, 6);
        Arbitrary<SourceOptions> overridden = Combinators.combine(encodings.injectNull(0.7), delimiters.injectNull(0.5),
                headerLines.injectNull(0.6)).as(SourceOptions::new);
        Arbitrary<ReadLimits> limits = Combinators.combine(Arbitraries.integers().between(1, 300),
                        Arbitraries.integers().between(0, 2_000), Arbitraries.integers().between(1, 40))
                .as((field, extra, columns) -> ReadLimits.DEFAULTS.withMaxFieldSize(field).withMaxRecordSize(field + extra)
                        .withMaxColumns(columns).withMaxDecompressedSize(4_096));
        Arbitrary<SourceOptions> limited = Combinators.combine(overridden, limits).as(SourceOptions::withLimits);
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(SourceOptions.DETECT)), Tuple.of(1, overridden),
                Tuple.of(1, limited));
    }

    /** The bytes gzip-compressed, and kept whole or cut to a share of their length. */
    private static Tuple.Tuple2<byte[], String> gzipped(Tuple.Tuple2<byte[], String> content, double kept) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(content.get1());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] compressed = out.toByteArray();
        int length = kept >= 0.9 ? compressed.length : (int) (compressed.length * kept);
        return Tuple.of(java.util.Arrays.copyOf(compressed, length),
                "gzip" + (length < compressed.length ? " cut to " + length + " bytes" : "") + " of " + content.get2());
    }

    private static Arbitrary<Tuple.Tuple2<byte[], String>> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(400).map(b -> Tuple.of(b, "random bytes"));
    }

    private static final List<String> PIECES = pieces();

    private static List<String> pieces() {
        List<String> pieces = new ArrayList<>(List.of(
                ",", ",", ";", "\t", "|", ":", " ", "\"", "\"", "\"\"", "\r", "\n", "\r\n", "\n", "\u0000", "\u0001", "\u001F",
                "\u007F", "\u0085", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFEFF", "\uFFFD", "\uFFFE", "é", "中", "\uD83D\uDE00",
                "x", "1", "-", ".", "2019", "F", "NS", "ON", "K1A 0B1", "true", "   ", "\u00A0",
                ",".repeat(17_000), "y".repeat(5_000), "\n".repeat(300), "\"" + "z".repeat(3_000) + "\""));
        for (String id : STANDARDS) {
            for (Field field : BUNDLED.resolve(id).fields()) {
                pieces.add(field.name());
                pieces.addAll(field.aliases().all());
            }
        }
        return pieces;
    }

    private enum Encoding {
        UTF_8, WTF_8, UTF_8_BOM, UTF_16LE_BOM, UTF_16BE, WINDOWS_1252
    }

    private static Arbitrary<Tuple.Tuple2<byte[], String>> hostileText() {
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
        return Combinators.combine(text, Arbitraries.of(Encoding.class))
                .as((t, encoding) -> Tuple.of(encode(t, encoding), "text as " + encoding + ": "
                        + CsvReadingProperties.printable(t.length() > 300 ? t.substring(0, 300) + "…" : t)));
    }

    private static byte[] encode(String text, Encoding encoding) {
        return switch (encoding) {
            case UTF_8 -> text.getBytes(StandardCharsets.UTF_8);
            case WTF_8 -> wtf8(text);
            case UTF_8_BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case UTF_16LE_BOM -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case UTF_16BE -> text.getBytes(StandardCharsets.UTF_16BE);
            case WINDOWS_1252 -> text.getBytes(Charset.forName("windows-1252"));
        };
    }

    /** UTF-8, except that a lone surrogate is written as its three-byte form, which UTF-8 forbids. */
    private static byte[] wtf8(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            }
            i += Character.charCount(cp);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A random file for a bundled standard, then random bytes changed, inserted or removed. */
    private static Arbitrary<Tuple.Tuple2<byte[], String>> damagedDataset() {
        Arbitrary<List<Integer>> edits = Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(12);
        return Combinators.combine(Arbitraries.of(STANDARDS), RandomDatasets.perhapsMalformed(), edits).as((id, plan, changes) -> {
            byte[] bytes = RandomDatasets.text(BUNDLED.resolve(id), plan).getBytes(StandardCharsets.UTF_8);
            List<Byte> edited = new ArrayList<>(bytes.length);
            for (byte b : bytes) {
                edited.add(b);
            }
            for (int change : changes) {
                int at = edited.isEmpty() ? 0 : change % edited.size();
                byte value = (byte) (change >>> 8);
                switch (change >>> 28 & 3) {
                    case 0 -> edited.add(at, value);
                    case 1 -> {
                        if (!edited.isEmpty()) {
                            edited.remove(at);
                        }
                    }
                    default -> {
                        if (!edited.isEmpty()) {
                            edited.set(at, value);
                        }
                    }
                }
            }
            byte[] damaged = new byte[edited.size()];
            for (int i = 0; i < damaged.length; i++) {
                damaged[i] = edited.get(i);
            }
            return Tuple.of(damaged, "a file for " + id + " with " + changes.size() + " bytes changed");
        });
    }
}
