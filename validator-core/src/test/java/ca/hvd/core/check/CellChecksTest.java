package ca.hvd.core.check;

import static ca.hvd.core.CsvFixture.examples;
import static ca.hvd.core.CsvFixture.group;
import static ca.hvd.core.CsvFixture.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ca.hvd.core.CsvFixture;
import ca.hvd.core.StandardFolders;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severity;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every cell check: required values, types, patterns, code lists, inclusive and exclusive bounds,
 * lengths in code points, surrounding spaces and invalid characters. The behaviour table
 * {@code cell-checks.csv} runs each case through the test standard {@code cells}; the other tests
 * check the bundled standards' constraints and the words of each finding.
 */
class CellChecksTest {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");
    private static final Pattern SURROUNDING_SPACE = Pattern.compile("^[\\s\\u00A0\\u2007\\u202F]+|[\\s\\u00A0\\u2007\\u202F]+$");
    /** Findings about the cell as written show it as written; the others show the value without its spaces. */
    private static final List<FindingCode> SHOWN_AS_WRITTEN = List.of(
            FindingCode.REQUIRED_MISSING, FindingCode.LEADING_TRAILING_SPACE, FindingCode.INVALID_CHARACTER);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} = \"{1}\" gives [{2}]")
    @CsvFileSource(resources = "cell-checks.csv", numLinesToSkip = 1, ignoreLeadingAndTrailingWhitespace = false)
    void eachCellGivesExactlyTheFindingsOfTheBehaviourTable(String field, String escapedValue, String expected) {
        String value = unescape(escapedValue);
        String other = field.equals("id") ? "label" : "id";
        CsvFixture files = new CsvFixture(dir, StandardFolders.test("cells"));

        DatasetReport report = files.validate(other + "," + field + "\nok," + quoted(value) + "\n");

        List<FindingGroup> cellFindings = report.findings().stream()
                .filter(group -> group.key().code().scope() != FindingCode.Scope.HEADER)
                .toList();
        List<FindingCode> codes = expected == null ? List.of()
                : Arrays.stream(expected.split(" ")).map(id -> FindingCode.byId(id).orElseThrow()).toList();
        assertThat(cellFindings).extracting(FindingGroup::key).containsExactlyInAnyOrderElementsOf(
                codes.stream().map(code -> new FindingKey(code, field, field, null)).toList());
        String trimmed = SURROUNDING_SPACE.matcher(value).replaceAll("");
        for (FindingGroup group : cellFindings) {
            FindingCode code = group.key().code();
            List<Object> args = code == FindingCode.LENGTH_OUT_OF_RANGE
                    ? List.of(trimmed.codePointCount(0, trimmed.length()))
                    : code == FindingCode.NOT_IN_CODELIST && List.of("RED", "GREEN", "BLUE").contains(trimmed.toUpperCase(Locale.ROOT))
                    ? List.of(trimmed.toUpperCase(Locale.ROOT))
                    : List.of();
            assertThat(group.count()).isOne();
            assertThat(group.examples()).as(code.id())
                    .containsExactly(new Example(2, 1, SHOWN_AS_WRITTEN.contains(code) ? value : trimmed, args));
        }
    }

    private static String unescape(String text) {
        if (text == null) {
            return "";
        }
        Matcher escape = ESCAPE.matcher(text);
        return escape.replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    // ---- the bundled standards' constraints -----------------------------------------------------

    @Test
    void postalCodeWithLowercaseLettersIsReportedAsPatternMismatch() {
        CsvFixture files = new CsvFixture(dir, StandardFolders.bundled("civic-addresses"));

        DatasetReport report = files.validate("address_id,civic_number,street_name,province,postal_code\n"
                + "A1,43,OTTO,NT,X1A 2L9\nA2,45,OTTO,NT,x1a 2l9\nA3,47,OTTO,NT,X1A2L9\nA4,49,OTTO,NT,X1D 2L9\n");

        FindingKey pattern = new FindingKey(FindingCode.PATTERN_MISMATCH, "postal_code", "postal_code", null);
        assertThat(keys(report).stream().filter(key -> key.code() != FindingCode.MISSING_OPTIONAL_COLUMN)).containsExactly(pattern);
        assertThat(examples(report, pattern)).containsExactly(new Example(3, 2, "x1a 2l9"), new Example(5, 4, "X1D 2L9"));
        assertThat(group(report, pattern).message().in(Language.EN)).isEqualTo(
                "The value does not match the pattern ^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]$.");
    }

    @Test
    void aProvinceOutsideItsCodeListIsReportedWithTheTitleOfTheList() {
        CsvFixture files = new CsvFixture(dir, StandardFolders.bundled("civic-addresses"));

        DatasetReport report = files.validate("address_id,civic_number,street_name,province\nA1,43,OTTO,NT\nA2,45,OTTO,Nt\nA3,47,OTTO,PQ\n");

        FindingKey codeList = new FindingKey(FindingCode.NOT_IN_CODELIST, "province", "province", null);
        assertThat(examples(report, codeList)).as("a value in other letter case names its code")
                .containsExactly(new Example(3, 2, "Nt", List.of("NT")), new Example(4, 3, "PQ"));
        assertThat(Messages.of(Language.FR).format("finding.not-in-codelist.example", "NT"))
                .isEqualTo("le code s'écrit NT, la casse diffère");
        assertThat(group(report, codeList).message().in(Language.EN))
                .isEqualTo("The value is not a code of the list \"Provinces and territories\".");
        assertThat(group(report, codeList).message().in(Language.FR))
                .isEqualTo("La valeur n'est pas un code de la liste « Provinces et territoires ».");
    }

    @Test
    void yearsOnTheBoundsAreAllowedAndYearsBeyondThemAreOutOfRange() {
        CsvFixture files = new CsvFixture(dir, StandardFolders.bundled("newborn-names"));

        DatasetReport report = files.validate("jurisdiction,year,sex,name,count\n"
                + "NS,1900,F,ADA,5\nNS,2100,F,ADA,5\nNS,1899,F,ADA,5\nNS,2101,F,ADA,5\nNS,2019,F,ADA,0\n");

        FindingKey year = new FindingKey(FindingCode.OUT_OF_RANGE, "year", "year", null);
        FindingKey count = new FindingKey(FindingCode.OUT_OF_RANGE, "count", "count", null);
        assertThat(keys(report)).containsExactlyInAnyOrder(year, count);
        assertThat(examples(report, year)).containsExactly(new Example(4, 3, "1899"), new Example(5, 4, "2101"));
        assertThat(examples(report, count)).containsExactly(new Example(6, 5, "0"));
        assertThat(group(report, year).message().in(Language.EN)).isEqualTo("The value is outside the allowed range (≥ 1900, ≤ 2100).");
        assertThat(group(report, count).message().in(Language.EN)).isEqualTo("The value is outside the allowed range (≥ 1).");
    }

    @Test
    void aNameOfSixtyCodePointsFitsEvenWhenItTakesMoreJavaCharacters() {
        CsvFixture files = new CsvFixture(dir, StandardFolders.bundled("newborn-names"));
        String sixty = "𝓐".repeat(60);

        DatasetReport report = files.validate("jurisdiction,year,sex,name,count\nNS,2019,F," + sixty + ",5\nNS,2019,M," + sixty + "𝓐,5\n");

        FindingKey length = new FindingKey(FindingCode.LENGTH_OUT_OF_RANGE, "name", "name", null);
        assertThat(keys(report)).containsExactly(length);
        assertThat(examples(report, length)).extracting(Example::line, Example::args).containsExactly(tuple(3L, List.of(61)));
        assertThat(group(report, length).message().in(Language.EN)).isEqualTo("The value must have 1 to 60 characters.");
        assertThat(group(report, length).message().in(Language.FR)).isEqualTo("La valeur doit avoir de 1 à 60 caractères.");
    }

    // ---- the words of cell findings -------------------------------------------------------------

    @Test
    void eachFindingOfATestStandardFieldStatesTheConstraintInWords() {
        CsvFixture files = new CsvFixture(dir, StandardFolders.test("cells"));

        DatasetReport report = files.validate("label,whole,share,flag,day\nx,11,1,yes,2024-02-30\n");

        assertThat(report.findings()).extracting(group -> group.key().field() + ": " + group.message().in(Language.EN))
                .containsExactlyInAnyOrder(
                        "label: The value must have 2 to 5 characters.",
                        "whole: The value is outside the allowed range (≥ 0, ≤ 10).",
                        "share: The value is outside the allowed range (> 0, < 1).",
                        "flag: The value is not true or false.",
                        "day: The value is not a date YYYY-MM-DD.",
                        "id: No column for this optional field.",
                        "code: No column for this optional field.",
                        "colour: No column for this optional field.");
    }

    @Test
    void everyOccurrenceIsCountedAndCellFindingsAreErrorsExceptSurroundingSpaces() {
        CsvFixture files = new CsvFixture(dir, StandardFolders.test("cells"));

        DatasetReport report = files.validate("label,whole\nok,x\nok,y\n ok ,z\n");

        FindingKey type = new FindingKey(FindingCode.TYPE_MISMATCH, "whole", "whole", null);
        FindingKey space = new FindingKey(FindingCode.LEADING_TRAILING_SPACE, "label", "label", null);
        assertThat(group(report, type).count()).isEqualTo(3);
        assertThat(group(report, type).severity()).isEqualTo(Severity.ERROR);
        assertThat(group(report, space).count()).isEqualTo(1);
        assertThat(group(report, space).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void emptyOptionalCellsAreNotCheckedAndCountAsEmpty() {
        CsvFixture files = new CsvFixture(dir, StandardFolders.test("cells"));

        DatasetReport report = files.validate("label,whole,day,colour\nok,,,\nok, 3 ,2024-01-01,\n");

        assertThat(keys(report).stream().filter(key -> key.code().scope() != FindingCode.Scope.HEADER))
                .containsExactly(new FindingKey(FindingCode.LEADING_TRAILING_SPACE, "whole", "whole", null));
        assertThat(report.fields().get("whole")).usingRecursiveComparison().ignoringFields("profile").isEqualTo(new FieldStats("whole", 1, 1));
        assertThat(report.fields().get("day")).usingRecursiveComparison().ignoringFields("profile").isEqualTo(new FieldStats("day", 1, 1));
        assertThat(report.fields().get("colour")).usingRecursiveComparison().ignoringFields("profile").isEqualTo(new FieldStats("colour", 0, 2));
    }
}
