package ca.hvd.core.source;

import static ca.hvd.core.CsvFixture.examples;
import static ca.hvd.core.CsvFixture.group;
import static ca.hvd.core.CsvFixture.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.hvd.core.CsvFixture;
import ca.hvd.core.SourceException;
import ca.hvd.core.StandardFolders;
import ca.hvd.core.engine.ReadLimits;
import ca.hvd.core.engine.SourceOptions;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severities;
import ca.hvd.core.report.Severity;
import ca.hvd.core.report.SourceInfo;
import ca.hvd.core.standard.Standard;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading CSV files: encodings and byte order marks, delimiters, preamble lines, line endings,
 * quoting, empty and malformed files, and files that cannot be read at all. Findings are asserted
 * through {@code Validator.validate}; decoded cells and their line numbers through
 * {@link CsvFile#read}.
 */
class CsvFileTest {

    private static final Standard NEWBORN_NAMES = StandardFolders.bundled("newborn-names");
    private static final String HEADER = "jurisdiction,year,sex,name,count";

    /** For tests of quoting: values with commas and line breaks are no first names, which is not the point here. */
    private static final UnaryOperator<ValidationRequest.Builder> NAMES_MAY_HOLD_ANY_CHARACTER =
            run -> run.severities(Severities.of(Map.of(FindingCode.DIGIT_OR_SYMBOL, Optional.empty())));
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private CsvFixture files;

    @BeforeEach
    void setUp() {
        files = new CsvFixture(dir, NEWBORN_NAMES);
    }

    /** One data record as {@link CsvFile#read} gives it. */
    record Row(long line, long record, List<String> cells) {
        Row(long line, long record, String... cells) {
            this(line, record, List.of(cells));
        }
    }

    private static List<Row> rows(Path file, SourceOptions options) {
        CsvFile csv = CsvFile.open(file, options, HeaderMatcher.of(NEWBORN_NAMES));
        List<Row> rows = new ArrayList<>();
        Notice stop = csv.read((line, record, cells, noInvalidCharacter) -> rows.add(new Row(line, record, cells.getFields())));
        assertThat(stop).as("reading stopped early").isNull();
        return rows;
    }

    private static List<Row> rows(Path file) {
        return rows(file, SourceOptions.DETECT);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    // ---- encodings ------------------------------------------------------------------------------

    @Test
    void utf8ByteOrderMarkIsSkippedSoTheFirstHeaderCellStillNamesItsField() {
        Path file = files.write(concat(UTF8_BOM, (HEADER + "\nQC,2019,F,ZOÉ,5\n").getBytes(StandardCharsets.UTF_8)));

        DatasetReport report = files.validate(file);

        assertThat(report.format()).isEqualTo(new SourceInfo("UTF-8", "UTF-8", ',', 1));
        assertThat(keys(report)).isEmpty();
        assertThat(report.fields().get("jurisdiction").column()).isEqualTo("jurisdiction");
        assertThat(rows(file)).containsExactly(new Row(2, 1, "QC", "2019", "F", "ZOÉ", "5"));
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE, FF, FE", "UTF-16BE, FE, FF"})
    void utf16WithAByteOrderMarkIsDecodedInItsByteOrder(String encoding, String bom1, String bom2) {
        byte[] bom = {(byte) Integer.parseInt(bom1, 16), (byte) Integer.parseInt(bom2, 16)};
        Path file = files.write(concat(bom, (HEADER + "\nQC,2019,F,ZOÉ,5\n").getBytes(Charset.forName(encoding))));

        DatasetReport report = files.validate(file);

        assertThat(report.format()).isEqualTo(new SourceInfo(encoding, encoding, ',', 1));
        assertThat(keys(report)).isEmpty();
        assertThat(rows(file)).containsExactly(new Row(2, 1, "QC", "2019", "F", "ZOÉ", "5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes(String encoding) {
        Path file = files.write((HEADER + "\nQC,2019,F,ZOÉ,5\n").getBytes(Charset.forName(encoding)));

        DatasetReport report = files.validate(file);

        assertThat(report.format()).isEqualTo(new SourceInfo(encoding, null, ',', 1));
        assertThat(keys(report)).isEmpty();
        assertThat(rows(file)).containsExactly(new Row(2, 1, "QC", "2019", "F", "ZOÉ", "5"));
    }

    @Test
    void validUtf8WithoutAByteOrderMarkIsReadAsUtf8WithoutAFinding() {
        Path file = files.write(HEADER + "\nQC,2019,F,ZOÉ,5\nQC,2019,M,ÇÉDRIC,7\n");

        DatasetReport report = files.validate(file);

        assertThat(report.format()).isEqualTo(new SourceInfo("UTF-8", null, ',', 1));
        assertThat(keys(report)).isEmpty();
        assertThat(rows(file)).extracting(row -> row.cells().get(3)).containsExactly("ZOÉ", "ÇÉDRIC");
    }

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void bytesThatAreNotUtf8FallBackToWindows1252NamingTheLineOfTheFirstInvalidByte(String lineEnd) {
        String end = switch (lineEnd) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
        String text = String.join(end, HEADER, "NS,2019,F,OLIVIA,66", "NS,2019,F,EMMA,61", "QC,2019,F,ZOÉ,5",
                "QC,2019,M,ÇÉDRIC,7") + end;
        Path file = files.write(text.getBytes(WINDOWS_1252));

        DatasetReport report = files.validate(file);

        assertThat(report.format()).isEqualTo(new SourceInfo("windows-1252", null, ',', 1));
        assertThat(keys(report)).containsExactly(FindingKey.of(FindingCode.ENCODING_FALLBACK));
        assertThat(group(report, FindingKey.of(FindingCode.ENCODING_FALLBACK)).severity()).isEqualTo(Severity.WARNING);
        assertThat(examples(report, FindingKey.of(FindingCode.ENCODING_FALLBACK)))
                .containsExactly(new Example(4, 0, null, List.of("windows-1252", "C9", 13)));
        assertThat(rows(file)).extracting(row -> row.cells().get(3)).containsExactly("OLIVIA", "EMMA", "ZOÉ", "ÇÉDRIC");
    }

    @Test
    void aFileWithInvalidBytesIsReadWhollyAsWindows1252AndTheFindingSaysSo() {
        byte[] utf8 = (HEADER + "\nQC,2019,F,ZOÉ,5\n").getBytes(StandardCharsets.UTF_8);
        byte[] windows1252 = "QC,2019,M,NOÉ,7\n".getBytes(WINDOWS_1252);
        Path file = files.write(concat(utf8, windows1252));

        DatasetReport report = files.validate(file);

        FindingKey fallback = FindingKey.of(FindingCode.ENCODING_FALLBACK);
        assertThat(examples(report, fallback)).containsExactly(new Example(3, 0, null, List.of("windows-1252", "C9", 13)));
        Message detail = new Message("finding.encoding-fallback.example", examples(report, fallback).get(0).args());
        assertThat(Messages.of(Language.EN).format(detail)).isEqualTo("read as windows-1252; the byte 0xC9 (byte 13 of the line) is not UTF-8");
        assertThat(Messages.of(Language.FR).format(detail))
                .isEqualTo("lu en windows-1252 ; l'octet 0xC9 (octet 13 de la ligne) n'est pas de l'UTF-8");
        assertThat(rows(file)).extracting(row -> row.cells().get(3)).containsExactly("ZOÃ‰", "NOÉ");
        assertThat(group(report, fallback).message().in(Language.EN))
                .isEqualTo("The file is not valid UTF-8 (the first invalid byte is on this line) and has no byte order mark; it was read in another encoding.");
        assertThat(group(report, fallback).message().in(Language.FR))
                .isEqualTo("Le fichier n'est pas en UTF-8 valide (le premier octet invalide est à cette ligne) et n'a pas d'indicateur d'ordre des octets ; il a été lu dans un autre encodage.");
    }

    @Test
    void aTruncatedUtf8SequenceAtTheEndOfTheFileIsNotUtf8() {
        byte[] record = "QC,2019,F,ZOÉ".getBytes(StandardCharsets.UTF_8);
        byte[] cutInTheMiddleOfTheE = Arrays.copyOf(record, record.length - 1);
        Path file = files.write(concat((HEADER + "\n").getBytes(StandardCharsets.UTF_8), cutInTheMiddleOfTheE));

        DatasetReport report = files.validate(file);

        assertThat(report.format().encoding()).isEqualTo("windows-1252");
        assertThat(examples(report, FindingKey.of(FindingCode.ENCODING_FALLBACK)))
                .containsExactly(new Example(2, 0, null, List.of("windows-1252", "C3", 13)));
    }

    @Test
    void aGivenEncodingIsUsedEvenWhenTheBytesSuggestAnotherAndTheGarbledTextIsCaught() {
        Path file = files.write(HEADER + "\nQC,2019,F,ZOÉ,5\n");

        DatasetReport report = files.validate(file, run -> run.source(SourceOptions.DETECT.withEncoding(WINDOWS_1252)));

        assertThat(report.format()).isEqualTo(new SourceInfo("windows-1252", null, ',', 1));
        FindingKey mojibake = new FindingKey(FindingCode.LIKELY_MOJIBAKE, "name", "name", null);
        assertThat(keys(report)).containsExactly(mojibake);
        assertThat(examples(report, mojibake)).containsExactly(new Example(2, 1, "ZOÃ‰", List.of("ZOÉ")));
        assertThat(rows(file, SourceOptions.DETECT.withEncoding(WINDOWS_1252)))
                .containsExactly(new Row(2, 1, "QC", "2019", "F", "ZOÃ‰", "5"));
    }

    @Test
    void readingWindows1252AsAGivenUtf8ShowsTheUndecodableBytesAsInvalidCharacters() {
        Path file = files.write((HEADER + "\nQC,2019,F,ZOÉ,5\n").getBytes(WINDOWS_1252));

        DatasetReport report = files.validate(file, run -> run.source(SourceOptions.DETECT.withEncoding(StandardCharsets.UTF_8)));

        assertThat(report.format()).isEqualTo(new SourceInfo("UTF-8", null, ',', 1));
        FindingKey invalid = new FindingKey(FindingCode.INVALID_CHARACTER, "name", "name", null);
        assertThat(keys(report)).containsExactly(invalid);
        assertThat(examples(report, invalid)).containsExactly(new Example(2, 1, "ZO\uFFFD"));
    }

    // ---- delimiters -----------------------------------------------------------------------------

    @ParameterizedTest(name = "delimiter [{0}]")
    @ValueSource(chars = {',', ';', '\t', '|'})
    void theDelimiterIsDetectedAmongCommaSemicolonTabAndPipe(char delimiter) {
        String d = String.valueOf(delimiter);
        Path file = files.write(String.join("\n",
                String.join(d, "jurisdiction", "year", "sex", "name", "count"),
                String.join(d, "NS", "2019", "F", "OLIVIA", "66"),
                String.join(d, "NS", "2019", "M", "LIAM", "75")) + "\n");

        DatasetReport report = files.validate(file);

        assertThat(report.format()).isEqualTo(new SourceInfo("UTF-8", null, delimiter, 1));
        assertThat(keys(report)).isEmpty();
        assertThat(rows(file)).containsExactly(
                new Row(2, 1, "NS", "2019", "F", "OLIVIA", "66"),
                new Row(3, 2, "NS", "2019", "M", "LIAM", "75"));
    }

    @Test
    void aSemicolonFileWhoseValuesHoldCommasIsReadWithTheSemicolon() {
        Path file = files.write("jurisdiction;year;sex;name;count\nNS;2019;F;MARY, ANN;5\nNS;2019;F;ANNE, MARIE;6\n");

        DatasetReport report = files.validate(file, NAMES_MAY_HOLD_ANY_CHARACTER);

        assertThat(report.format().delimiter()).isEqualTo(';');
        assertThat(keys(report)).isEmpty();
        assertThat(rows(file)).extracting(row -> row.cells().get(3)).containsExactly("MARY, ANN", "ANNE, MARIE");
    }

    @Test
    void aGivenDelimiterIsUsedEvenWhenItFindsNoHeader() {
        DatasetReport report = files.validate(HEADER + "\nNS,2019,F,OLIVIA,66\n",
                run -> run.source(SourceOptions.DETECT.withDelimiter(';')));

        assertThat(report.format()).isEqualTo(new SourceInfo("UTF-8", null, ';', 1));
        assertThat(keys(report)).containsExactlyInAnyOrder(
                new FindingKey(FindingCode.MISSING_COLUMN, "jurisdiction", null, null),
                new FindingKey(FindingCode.MISSING_COLUMN, "year", null, null),
                new FindingKey(FindingCode.MISSING_COLUMN, "sex", null, null),
                new FindingKey(FindingCode.MISSING_COLUMN, "name", null, null),
                new FindingKey(FindingCode.MISSING_COLUMN, "count", null, null),
                new FindingKey(FindingCode.EXTRA_COLUMN, null, HEADER, null));
    }

    // ---- preamble and header line ---------------------------------------------------------------

    @Test
    void titleLinesAboveTheHeaderAreSkippedAndReportedWithTheHeaderLine() {
        DatasetReport report = files.validate("""
                Newborn names, Nova Scotia
                Source: Vital Statistics

                jurisdiction,year,sex,name,count
                NS,2019,F,OLIVIA,66
                NS,2019,F,EMMA,many
                """);

        assertThat(report.format()).isEqualTo(new SourceInfo("UTF-8", null, ',', 4));
        assertThat(report.records()).isEqualTo(2);
        FindingKey preamble = FindingKey.of(FindingCode.PREAMBLE_SKIPPED);
        FindingKey count = new FindingKey(FindingCode.TYPE_MISMATCH, "count", "count", null);
        assertThat(keys(report)).containsExactly(count, preamble);
        assertThat(group(report, preamble).severity()).isEqualTo(Severity.INFO);
        assertThat(examples(report, preamble)).containsExactly(new Example(1, 0, "Newborn names, Nova Scotia", List.of(3L)));
        assertThat(examples(report, count)).containsExactly(new Example(6, 2, "many"));
    }

    @Test
    void aPreambleLineNamingOneFieldDoesNotPassForTheHeader() {
        DatasetReport report = files.validate("Count\n" + HEADER + "\nNS,2019,F,OLIVIA,66\n");

        assertThat(report.format().headerLine()).isEqualTo(2);
        assertThat(keys(report)).containsExactly(FindingKey.of(FindingCode.PREAMBLE_SKIPPED));
        assertThat(examples(report, FindingKey.of(FindingCode.PREAMBLE_SKIPPED)))
                .containsExactly(new Example(1, 0, "Count", List.of(1L)));
    }

    @Test
    void aGivenHeaderLineIsUsedEvenWhenAnEarlierLineAlsoNamesTheFields() {
        String text = HEADER + "\nprovince,year,gender,first name,frequency\nNS,2019,F,OLIVIA,66\n";

        DatasetReport report = files.validate(text, run -> run.source(SourceOptions.DETECT.withHeaderLine(2)));

        assertThat(report.format().headerLine()).isEqualTo(2);
        assertThat(report.records()).isEqualTo(1);
        assertThat(report.fields().get("sex").column()).isEqualTo("gender");
        assertThat(keys(report)).containsExactly(FindingKey.of(FindingCode.PREAMBLE_SKIPPED));
        assertThat(examples(report, FindingKey.of(FindingCode.PREAMBLE_SKIPPED)))
                .containsExactly(new Example(1, 0, HEADER, List.of(1L)));
    }

    @Test
    void aGivenHeaderLineBelowAVeryLongPreambleIsStillFound() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            text.append("note ").append(i).append('\n');
        }
        text.append(HEADER).append("\nNS,2019,F,OLIVIA,66\n");

        DatasetReport report = files.validate(text.toString(), run -> run.source(SourceOptions.DETECT.withHeaderLine(301)));

        assertThat(report.format().headerLine()).isEqualTo(301);
        assertThat(report.records()).isEqualTo(1);
        assertThat(keys(report)).containsExactly(FindingKey.of(FindingCode.PREAMBLE_SKIPPED));
        assertThat(examples(report, FindingKey.of(FindingCode.PREAMBLE_SKIPPED)))
                .containsExactly(new Example(1, 0, "note 1", List.of(300L)));
    }

    @Test
    void aGivenHeaderLineBelowTheEndOfTheFileIsRefusedWithTheFilesLength() {
        assertThatThrownBy(() -> files.validate(HEADER + "\nNS,2019,F,OLIVIA,66\n",
                run -> run.source(SourceOptions.DETECT.withHeaderLine(10))))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.text().key())
                        .isEqualTo("source.header-line.beyond"))
                .satisfies(e -> assertThat(((SourceException) e).text().args()).endsWith(10, 2L));
    }

    @Test
    void aGivenHeaderLineInsideAQuotedValueIsRefused() {
        assertThatThrownBy(() -> files.validate(HEADER + "\nNS,2019,F,\"OLI\nVIA\",66\nNS,2019,F,EMMA,5\n",
                run -> run.source(SourceOptions.DETECT.withHeaderLine(3))))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.text().key())
                        .isEqualTo("source.header-line.no-record"));
    }

    @Test
    void headerLinesAndDelimitersThatCannotWorkAreRefusedAsOptions() {
        assertThatThrownBy(() -> SourceOptions.DETECT.withHeaderLine(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceOptions.DETECT.withDelimiter('"')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceOptions.DETECT.withDelimiter('\n')).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- line endings and quoting ---------------------------------------------------------------

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void recordsAfterAMultiLineValueAreNumberedByPhysicalLineWhateverTheLineEnds(String lineEnd) {
        String end = switch (lineEnd) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
        String text = String.join(end, HEADER, "NS,2019,F,\"MARY, ANN\",5", "NS,2019,F,\"ANNE" + end + "MARIE\",6",
                "NS,2019,F,\"SAID \"\"SAM\"\"\",x") + end;
        Path file = files.write(text);

        DatasetReport report = files.validate(file, NAMES_MAY_HOLD_ANY_CHARACTER);

        assertThat(rows(file)).containsExactly(
                new Row(2, 1, "NS", "2019", "F", "MARY, ANN", "5"),
                new Row(3, 2, "NS", "2019", "F", "ANNE" + end + "MARIE", "6"),
                new Row(5, 3, "NS", "2019", "F", "SAID \"SAM\"", "x"));
        FindingKey count = new FindingKey(FindingCode.TYPE_MISMATCH, "count", "count", null);
        assertThat(keys(report)).containsExactly(count);
        assertThat(examples(report, count)).containsExactly(new Example(5, 3, "x"));
    }

    @Test
    void anUnclosedQuoteStopsReadingAtTheLineWhereTheQuotedValueStarts() {
        DatasetReport report = files.validate(HEADER + "\nNS,2019,F,OLIVIA,x\nNS,2019,F,\"EMMA,61\nNS,2019,M,LIAM,y\n");

        FindingKey malformed = FindingKey.of(FindingCode.MALFORMED_CSV);
        FindingKey count = new FindingKey(FindingCode.TYPE_MISMATCH, "count", "count", null);
        assertThat(keys(report)).containsExactlyInAnyOrder(count, malformed);
        assertThat(examples(report, malformed)).containsExactly(new Example(3, 0, null, List.of(Message.of("csv.unclosed-quote"))));
        assertThat(examples(report, count)).as("records after the unclosed quote are not checked")
                .containsExactly(new Example(2, 1, "x"));
        assertThat(report.records()).isEqualTo(1);
        assertThat(report.conformant(FailOn.NEVER)).isTrue();
        assertThat(group(report, malformed).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void textAfterAClosingQuoteIsMalformedAtItsLine() {
        DatasetReport report = files.validate(HEADER + "\r\nNS,2019,F,OLIVIA,66\r\nNS,2019,F,\"EMMA\"X,61\r\nNS,2019,M,LIAM,75\r\n");

        FindingKey malformed = FindingKey.of(FindingCode.MALFORMED_CSV);
        assertThat(keys(report)).containsExactly(malformed);
        assertThat(examples(report, malformed)).containsExactly(new Example(3, 0, null, List.of(Message.of("csv.after-quote"))));
        assertThat(report.records()).isEqualTo(1);
    }

    @Test
    void aFileCutShortBeforeItsFirstRecordIsSaidToHaveNoneOnlyWhenWhatCutItIsOff() {
        String text = HEADER + "\nNS,2019,F,\"EMMA\"X,61\nNS,2019,M,LIAM,75\n";

        DatasetReport said = files.validate(text);
        DatasetReport off = files.validate(text, run -> run.severities(
                Severities.of(Map.of(FindingCode.MALFORMED_CSV, Optional.empty()))));

        assertThat(keys(said)).containsExactly(FindingKey.of(FindingCode.MALFORMED_CSV));
        assertThat(keys(off)).containsExactly(FindingKey.of(FindingCode.NO_RECORDS));
    }

    // ---- empty files ----------------------------------------------------------------------------

    @Test
    void anEmptyFileIsOneEmptyFileErrorAndNothingElse() {
        DatasetReport report = files.validate(files.write(new byte[0]));

        assertThat(report.format()).isEqualTo(new SourceInfo("UTF-8", null, ',', 0));
        assertThat(keys(report)).containsExactly(FindingKey.of(FindingCode.EMPTY_FILE));
        assertThat(examples(report, FindingKey.of(FindingCode.EMPTY_FILE))).containsExactly(new Example(0, 0, null));
        assertThat(group(report, FindingKey.of(FindingCode.EMPTY_FILE)).severity()).isEqualTo(Severity.ERROR);
        assertThat(report.records()).isZero();
        assertThat(report.conformant(FailOn.ERROR)).isFalse();
    }

    @Test
    void aFileHoldingOnlyAByteOrderMarkIsEmpty() {
        DatasetReport report = files.validate(files.write(UTF8_BOM));

        assertThat(report.format()).isEqualTo(new SourceInfo("UTF-8", "UTF-8", ',', 0));
        assertThat(keys(report)).containsExactly(FindingKey.of(FindingCode.EMPTY_FILE));
    }

    @Test
    void aFileOfBlankLinesIsEmpty() {
        DatasetReport report = files.validate("\n  \n\r\n\n");

        assertThat(keys(report)).containsExactly(FindingKey.of(FindingCode.EMPTY_FILE));
        assertThat(examples(report, FindingKey.of(FindingCode.EMPTY_FILE))).containsExactly(new Example(0, 0, null));
        assertThat(report.format().headerLine()).isZero();
        assertThat(report.records()).isZero();
    }

    @Test
    void aHeaderWithoutRecordsIsANoRecordsWarningAtTheHeaderLine() {
        DatasetReport report = files.validate("Newborn names\n" + HEADER + "\n");

        FindingKey noRecords = FindingKey.of(FindingCode.NO_RECORDS);
        assertThat(keys(report)).containsExactly(noRecords, FindingKey.of(FindingCode.PREAMBLE_SKIPPED));
        assertThat(examples(report, noRecords)).containsExactly(new Example(2, 0, null));
        assertThat(group(report, noRecords).severity()).isEqualTo(Severity.WARNING);
        assertThat(report.records()).isZero();
        assertThat(report.conformant(FailOn.ERROR)).isTrue();
        assertThat(report.conformant(FailOn.WARNING)).isFalse();
    }

    // ---- files that cannot be read --------------------------------------------------------------

    @Test
    void aDirectoryIsRefusedAsADirectory() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));

        assertThatThrownBy(() -> files.validate(folder))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.text())
                        .isEqualTo(Message.of("source.directory", folder.toString())));
    }

    @Test
    void aMissingFileIsRefusedAsMissing() {
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> files.validate(missing))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.text())
                        .isEqualTo(Message.of("source.missing", missing.toString())));
    }

    @Test
    void aPngImageIsRefusedNamingItsFormat() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path image = files.write(png);

        assertThatThrownBy(() -> files.validate(image))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.text())
                        .isEqualTo(Message.of("source.binary.format", image.toString(), Message.of("source.kind.png"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zstd,  28B52FFD0458,         zstd -d",
        "bzip2, 425A683931415926535902, bunzip2",
        "xz,    FD377A585A0000,       unxz",
    })
    void dataCompressedInAFormatHvdDoesNotReadIsRefusedSayingHowToDecompressIt(String format, String magic, String command) {
        Path compressed = files.write(HexFormat.of().parseHex(magic));

        assertThatThrownBy(() -> files.validate(compressed))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.text()).isEqualTo(Message.of("source.compressed", compressed.toString(), format, command));
                    assertThat(Messages.of(Language.EN).format(e.text())).isEqualTo(compressed + " is compressed with "
                            + format + ", which hvd does not read: decompress it first (" + command + " " + compressed
                            + "), or compress it with gzip, which hvd reads as it is.");
                });
    }

    @Test
    void gzipMembersOneAfterAnotherAreReadAsOneFile() {
        String rows = "NS,2019,F,EMMA,5\n".repeat(20_000);
        Path joined = files.write(concat(gzip(HEADER + "\nNS,2019,F,OLIVIA,66\n"), gzip(rows), gzip(""), gzip("NS,2019,M,NOAH,7\n")));

        DatasetReport report = files.validate(joined);

        assertThat(report.records()).isEqualTo(20_002);
        assertThat(keys(report)).containsExactly(new FindingKey(FindingCode.DUPLICATE_KEY, null,
                "jurisdiction+year+sex+name", "jurisdiction+year+sex+name"));
    }

    @ParameterizedTest(name = "{0} bytes of {1} after {2} rows")
    @CsvSource({"2, 78, 1", "19, 78, 1", "30, 1F8B, 1", "100000, 78, 1", "3, 1F8B08, 40000", "27, 0001, 40000", "5000, 0000000000000041, 1"})
    void bytesAfterTheGzipDataThatStartNoMemberAreRefused(int size, String pattern, int rows) {
        byte[] unit = HexFormat.of().parseHex(pattern);
        byte[] garbage = new byte[size];
        for (int i = 0; i < size; i++) {
            garbage[i] = unit[i % unit.length];
        }
        Path trailing = files.write(concat(gzip(HEADER + "\n" + "NS,2019,F,OLIVIA,66\n".repeat(rows)), garbage));

        assertThatThrownBy(() -> files.validate(trailing))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.text())
                        .isEqualTo(Message.of("source.gzip.trailing", trailing.toString())));
    }

    /** Tape and block writers pad a file with zeros; gzip -d reads such a file, and so does hvd. */
    @ParameterizedTest(name = "{0} zero bytes after {1} rows")
    @CsvSource({"1, 1", "8, 1", "512, 40000", "100000, 3"})
    void zerosAfterTheGzipDataAreTheEndOfTheFile(int size, int rows) {
        Path padded = files.write(concat(gzip(HEADER + "\n" + "NS,2019,F,OLIVIA,66\n".repeat(rows)), new byte[size]));

        DatasetReport report = files.validate(padded, settings -> settings.severities(
                Severities.of(java.util.Map.of(FindingCode.DUPLICATE_KEY, java.util.Optional.empty()))));

        assertThat(report.records()).isEqualTo(rows);
        assertThat(keys(report)).isEmpty();
    }

    @Test
    void aBinaryFormatIsNamedWithItsArticleInBothLanguages() {
        Path elf = files.write(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});

        assertThatThrownBy(() -> files.validate(elf))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(Messages.of(Language.EN).format(e.text())).isEqualTo(elf + " is not a CSV file: it is an ELF executable.");
                    assertThat(Messages.of(Language.FR).format(e.text()))
                            .isEqualTo(elf + " n'est pas un fichier CSV : c'est un exécutable ELF.");
                });
    }

    @Test
    void textMadeMostlyOfControlCharactersIsRefusedAsBinary() {
        byte[] bytes = new byte[40];
        Arrays.fill(bytes, (byte) 0x01);
        Path binary = files.write(concat(bytes, "a,b\n".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> files.validate(binary))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.text())
                        .isEqualTo(Message.of("source.binary.controls", binary.toString(), 40)));
    }

    @Test
    void aFewControlCharactersInValuesAreInvalidCharactersNotBinaryData() {
        DatasetReport report = files.validate(HEADER + "\nNS,2019,F,OLI\u0007VIA,66\n");

        FindingKey invalid = new FindingKey(FindingCode.INVALID_CHARACTER, "name", "name", null);
        assertThat(keys(report)).containsExactly(invalid);
        assertThat(examples(report, invalid)).containsExactly(new Example(2, 1, "OLI\u0007VIA"));
    }

    @Test
    void anErrorOfTheJvmThatStoppedTheParserIsThrownAgainNotTakenForMalformedCsv() {
        OutOfMemoryError memory = new OutOfMemoryError("Java heap space");
        CsvParseException wrapped = new CsvParseException("Exception when reading first record", memory);

        assertThatThrownBy(() -> CsvFile.stop(wrapped, 2, ReadLimits.DEFAULTS)).isSameAs(memory);
    }
}
