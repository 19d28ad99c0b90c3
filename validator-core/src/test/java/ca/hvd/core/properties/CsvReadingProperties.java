package ca.hvd.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.engine.SourceOptions;
import ca.hvd.core.source.CsvFile;
import ca.hvd.core.source.HeaderMatcher;
import ca.hvd.core.standard.ColumnOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * hvd reads CSV as Apache Commons CSV, the reference parser, does.
 *
 * <p>The files are random valid CSV (RFC 4180 with any of hvd's four delimiters): fields with
 * commas, semicolons, tabs, pipes, quotes, CR, LF and CRLF, empty fields, accented letters and
 * characters outside the BMP; quoted whenever RFC 4180 requires it and at random otherwise; records
 * ended by CRLF, LF or CR at random, the last one with or without a line ending; records of any
 * width (ragged records are valid CSV, and hvd reports them later, when checking); empty lines.
 * The first record, the header, names its columns (each cell starts with a letter), as a header
 * does; so the text never starts with U+FEFF either, which hvd rightly takes for a byte order mark.
 *
 * <p>"Equal" means: Commons CSV parses the text with {@code CSVFormat.RFC4180} and the same
 * delimiter, without header handling (so it does not skip empty lines and keeps every record as
 * it is). Its first record is the header: {@link CsvFile#header()} equals its values. Every further
 * record is a data record: {@link CsvFile#read} hands exactly as many records to its sink, in
 * order, numbered from 1, each with the same cells and the same physical starting line, the line Commons CSV's
 * character position of the record falls on (CR, LF and CRLF each end one line, inside quoted
 * fields too). An empty line is a record of one empty cell in both. hvd is given the delimiter and
 * a {@link HeaderMatcher} naming the header's cells, so it finds the header on line 1 the way the
 * validator does.
 */
class CsvReadingProperties {

    /** A CSV text and the records it was written from. */
    record CsvText(char delimiter, List<List<String>> records, String text) {
        @Override
        public String toString() {
            return "delimiter " + printable(String.valueOf(delimiter)) + ", records " + records + "\n" + printable(text);
        }
    }

    @Property(tries = 300)
    void hvdReadsEveryRecordAsCommonsCsvDoes(@ForAll("csvTexts") CsvText csv) throws IOException {
        List<CSVRecord> reference = commonsRecords(csv);
        assertThat(reference).as("the generated text means what it was written from")
                .extracting(CSVRecord::toList).isEqualTo(csv.records());

        Path file = Files.createTempFile("hvd-csv-", ".csv");
        try {
            Files.writeString(file, csv.text(), StandardCharsets.UTF_8);
            CsvFile read = CsvFile.open(file, new SourceOptions(null, csv.delimiter(), null), matcherOf(reference.get(0).toList()));
            List<Row> rows = new ArrayList<>();
            assertThat(read.read((line, record, cells, noInvalidCharacter) -> rows.add(new Row(line, record, cells.getFields())))).isNull();

            assertThat(read.info().headerLine()).isEqualTo(1);
            assertThat(read.header()).isEqualTo(reference.get(0).toList());
            List<Row> expected = new ArrayList<>();
            for (CSVRecord record : reference.subList(1, reference.size())) {
                expected.add(new Row(lineAt(csv.text(), (int) record.getCharacterPosition()), expected.size() + 1, record.toList()));
            }
            assertThat(rows).isEqualTo(expected);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One data record as read: its starting line, its number among data records and its cells. */
    record Row(long line, long record, List<String> cells) {
    }

    private static List<CSVRecord> commonsRecords(CsvText csv) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(csv.delimiter()).get();
        try (CSVParser parser = CSVParser.parse(csv.text(), format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A matcher whose fields are named exactly by the header's cells. */
    private static HeaderMatcher matcherOf(List<String> header) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            names.put("f" + i, List.of(header.get(i)));
        }
        return HeaderMatcher.of(names, Set.of(), ColumnOrder.ANY);
    }

    /** The 1-based physical line of a character position, counting CRLF, CR and LF as line ends. */
    static long lineAt(String text, int position) {
        long line = 1;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    // ---- generators ----------------------------------------------------------------------------

    private static final List<String> PIECES = List.of(
            "a", "b", "z", "Q", "0", "7", " ", "é", "ß", "Ç", "中", "ё", "\u00A0", "\uD83D\uDE00", "\uD835\uDD38",
            "\"", "\"\"", ",", ";", "\t", "|", "\r", "\n", "\r\n", "'", "#", "\\");

    @Provide
    Arbitrary<CsvText> csvTexts() {
        Arbitrary<Character> delimiters = Arbitraries.of(',', ';', '\t', '|');
        Arbitrary<String> fields = Arbitraries.of(PIECES).list().ofMaxSize(6).map(pieces -> String.join("", pieces));
        Arbitrary<List<String>> records = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.of(""))),
                net.jqwik.api.Tuple.of(8, fields.list().ofMinSize(1).ofMaxSize(5)));
        Arbitrary<List<String>> headers = fields.list().ofMinSize(1).ofMaxSize(5).map(CsvReadingProperties::named);
        Arbitrary<List<List<String>>> files = Combinators.combine(headers, records.list().ofMaxSize(8)).as((header, data) -> {
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(data);
            return all;
        });
        Arbitrary<List<String>> endings = Arbitraries.of("\r\n", "\n", "\r").list().ofSize(9);
        Arbitrary<List<Boolean>> quoteAll = Arbitraries.of(true, false).list().ofSize(50);
        return Combinators.combine(delimiters, files, endings, quoteAll, Arbitraries.of(true, false))
                .as(CsvReadingProperties::write);
    }

    /** Header cells that name something: each starts with a letter and its column number. */
    private static List<String> named(List<String> cells) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            named.add("h" + i + cells.get(i));
        }
        return named;
    }

    /**
     * Writes records as valid CSV. A field is quoted when it holds the delimiter, a quote, CR or LF,
     * and otherwise when chance says so. A record of one empty field is an empty line, unless an
     * empty line would merge with a CR before it into one CRLF, or would vanish at the end of the
     * text; then it is written {@code ""}.
     */
    private static CsvText write(char delimiter, List<List<String>> records, List<String> endings,
                                 List<Boolean> quote, boolean finalEnding) {
        StringBuilder text = new StringBuilder();
        int chance = 0;
        String previousEnding = "";
        for (int r = 0; r < records.size(); r++) {
            List<String> record = records.get(r);
            boolean last = r == records.size() - 1;
            String ending = endings.get(r % endings.size());
            boolean emptyLine = record.size() == 1 && record.get(0).isEmpty();
            if (emptyLine && (previousEnding.equals("\r") || last && !finalEnding)) {
                text.append("\"\"");
            } else {
                for (int f = 0; f < record.size(); f++) {
                    String field = record.get(f);
                    boolean must = field.indexOf(delimiter) >= 0 || field.contains("\"") || field.contains("\r") || field.contains("\n");
                    boolean quoted = must || quote.get(chance++ % quote.size());
                    if (f > 0) {
                        text.append(delimiter);
                    }
                    text.append(quoted ? '"' + field.replace("\"", "\"\"") + '"' : field);
                }
            }
            if (!last || finalEnding) {
                text.append(ending);
            }
            previousEnding = ending;
        }
        return new CsvText(delimiter, records, text.toString());
    }

    static String printable(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
