package ca.hvd.core.source;

import static ca.hvd.core.CsvFixture.examples;
import static ca.hvd.core.CsvFixture.group;
import static ca.hvd.core.CsvFixture.keys;
import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.CsvFixture;
import ca.hvd.core.StandardFolders;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severity;
import ca.hvd.core.standard.ColumnOrder;
import ca.hvd.core.standard.Standard;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding a standard's fields in a header: names compared without case, accents, spaces and
 * punctuation, English and French aliases, columns in any order, and what is reported about
 * missing, optional, extra, duplicate, blank and out-of-order columns.
 */
class HeaderMatcherTest {

    private static final Standard NEWBORN_NAMES = StandardFolders.bundled("newborn-names");
    private static final Standard CIVIC_ADDRESSES = StandardFolders.bundled("civic-addresses@1.0.0");

    @TempDir
    Path dir;

    private static FindingKey key(FindingCode code, String field, String column) {
        return new FindingKey(code, field, column, null);
    }

    // ---- normalisation --------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" compares as \"{1}\"")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "Année|annee",
        " Année |annee",
        "ANNÉE:|annee",
        "annee|annee",
        "First Name|firstname",
        "first_name|firstname",
        "FIRST-NAME.|firstname",
        "Prénom|prenom",
        "Fréquence (nombre)|frequencenombre",
        "\u00A0Count\u00A0|count",
        "\uFEFFyear|year",
        "N°|n",
        "Ça|ca",
        "civic_no_2|civicno2",
        "' - '|''",
    })
    void headerNamesCompareWithoutCaseAccentsSpacesOrPunctuation(String name, String normal) {
        assertThat(HeaderNames.normalize(name)).isEqualTo(normal.equals("''") ? "" : normal);
    }

    // ---- aliases and order ----------------------------------------------------------------------

    @Test
    void englishAliasesNameTheFieldsAndReportsShowTheColumnsAsWritten() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);

        DatasetReport report = files.validate("Province,Year of Birth,Gender,First Name,Frequency\nNS,2019,F,OLIVIA,66\n");

        assertThat(keys(report)).isEmpty();
        assertThat(report.fields().keySet()).containsExactly("jurisdiction", "year", "sex", "name", "count");
        assertThat(report.fields()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*profile").isEqualTo(Map.of(
                "jurisdiction", new FieldStats("Province", 1, 0),
                "year", new FieldStats("Year of Birth", 1, 0),
                "sex", new FieldStats("Gender", 1, 0),
                "name", new FieldStats("First Name", 1, 0),
                "count", new FieldStats("Frequency", 1, 0)));
    }

    @Test
    void frenchAliasesNameTheFieldsWithOrWithoutTheirAccents() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);

        DatasetReport report = files.validate("Province ou territoire;Année;SEXE;prenom;Fréquence\nQC;2019;F;Zoé;66\n");

        assertThat(keys(report)).isEmpty();
        assertThat(report.fields().values()).extracting(FieldStats::column)
                .containsExactly("Province ou territoire", "Année", "SEXE", "prenom", "Fréquence");
    }

    @Test
    void columnsInAnyOrderAreCheckedAsTheFieldsTheirHeadersName() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);

        DatasetReport report = files.validate(" Frequency ,first_name,SEX,année,GEO\nmany,OLIVIA,F,2019,NS\n");

        FindingKey count = new FindingKey(FindingCode.TYPE_MISMATCH, "count", " Frequency ", null);
        assertThat(keys(report)).containsExactly(count);
        assertThat(examples(report, count)).containsExactly(new Example(2, 1, "many"));
    }

    // ---- header findings ------------------------------------------------------------------------

    @Test
    void aRequiredFieldWithoutAColumnIsAMissingColumnListingTheAcceptedHeaders() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);

        DatasetReport report = files.validate("Title\njurisdiction,year,sex,count\nNS,2019,F,66\n");

        FindingKey missing = key(FindingCode.MISSING_COLUMN, "name", null);
        assertThat(keys(report)).containsExactlyInAnyOrder(missing, FindingKey.of(FindingCode.PREAMBLE_SKIPPED));
        assertThat(group(report, missing).severity()).isEqualTo(Severity.ERROR);
        assertThat(examples(report, missing)).containsExactly(new Example(2, 0, null));
        assertThat(group(report, missing).message().in(Language.EN)).isEqualTo(
                "No column for this required field (accepted headers: name, first name, given name, baby name, prénom, nom).");
        assertThat(report.fields().get("name")).usingRecursiveComparison().ignoringFields("profile").isEqualTo(new FieldStats(null, 0, 1));
    }

    @Test
    void optionalFieldsWithoutAColumnAreMissingOptionalColumnsOfInfoSeverity() {
        CsvFixture files = new CsvFixture(dir, CIVIC_ADDRESSES);

        DatasetReport report = files.validate("address_id,civic_number,street_name,province,municipality\nA1,43,OTTO,NT,Yellowknife\n");

        assertThat(keys(report)).containsExactlyInAnyOrder(
                key(FindingCode.MISSING_OPTIONAL_COLUMN, "civic_number_suffix", null),
                key(FindingCode.MISSING_OPTIONAL_COLUMN, "unit", null),
                key(FindingCode.MISSING_OPTIONAL_COLUMN, "street_type", null),
                key(FindingCode.MISSING_OPTIONAL_COLUMN, "street_direction", null),
                key(FindingCode.MISSING_OPTIONAL_COLUMN, "postal_code", null),
                key(FindingCode.MISSING_OPTIONAL_COLUMN, "latitude", null),
                key(FindingCode.MISSING_OPTIONAL_COLUMN, "longitude", null),
                key(FindingCode.MISSING_OPTIONAL_COLUMN, "csd_code", null),
                key(FindingCode.MISSING_OPTIONAL_COLUMN, "provider", null));
        assertThat(report.findings()).allSatisfy(group -> {
            assertThat(group.severity()).isEqualTo(Severity.INFO);
            assertThat(group.examples()).containsExactly(new Example(1, 0, null));
        });
    }

    @Test
    void aColumnNamingNoFieldIsAnExtraColumnWhoseValuesAreNotChecked() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);

        DatasetReport report = files.validate("jurisdiction,year,sex,name,count,Notes\nNS,2019,F,OLIVIA,66,\u0001 \n");

        FindingKey extra = key(FindingCode.EXTRA_COLUMN, null, "Notes");
        assertThat(keys(report)).containsExactly(extra);
        assertThat(group(report, extra).severity()).isEqualTo(Severity.WARNING);
        assertThat(examples(report, extra)).containsExactly(new Example(1, 0, "Notes", List.of(6)));
    }

    @Test
    void aSecondColumnForTheSameFieldIsADuplicateColumnAndOnlyTheFirstIsChecked() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);

        DatasetReport report = files.validate("jurisdiction,year,sex,name,count,Name,first name\nNS,2019,F,OLIVIA,66,,\u0001\n");

        FindingKey sameName = key(FindingCode.DUPLICATE_COLUMN, "name", "Name");
        FindingKey alias = key(FindingCode.DUPLICATE_COLUMN, "name", "first name");
        assertThat(keys(report)).containsExactlyInAnyOrder(sameName, alias);
        assertThat(group(report, sameName).severity()).isEqualTo(Severity.ERROR);
        assertThat(examples(report, sameName)).containsExactly(new Example(1, 0, "Name", List.of(6)));
        assertThat(examples(report, alias)).containsExactly(new Example(1, 0, "first name", List.of(7)));
        assertThat(report.fields().get("name")).usingRecursiveComparison().ignoringFields("profile").isEqualTo(new FieldStats("name", 1, 0));
    }

    @Test
    void aRepeatedUnknownHeaderIsAnExtraColumnThenADuplicateColumn() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);

        DatasetReport report = files.validate("jurisdiction,year,sex,name,count,note,NOTE\nNS,2019,F,OLIVIA,66,,\n");

        assertThat(keys(report)).containsExactlyInAnyOrder(
                key(FindingCode.EXTRA_COLUMN, null, "note"),
                key(FindingCode.DUPLICATE_COLUMN, null, "NOTE"));
    }

    @Test
    void aColumnWithoutAHeaderNameIsABlankHeaderWhoseValuesAreNotChecked() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);

        DatasetReport report = files.validate("jurisdiction,year,,sex,name,count, \nNS,2019,\u0001,F,OLIVIA,66,x\n");

        assertThat(keys(report)).containsExactlyInAnyOrder(
                key(FindingCode.BLANK_HEADER, null, ""),
                key(FindingCode.BLANK_HEADER, null, " "));
        assertThat(group(report, key(FindingCode.BLANK_HEADER, null, "")).severity()).isEqualTo(Severity.WARNING);
        assertThat(examples(report, key(FindingCode.BLANK_HEADER, null, ""))).containsExactly(new Example(1, 0, "", List.of(3)));
        assertThat(examples(report, key(FindingCode.BLANK_HEADER, null, " "))).containsExactly(new Example(1, 0, " ", List.of(7)));
    }

    @Test
    void aColumnBeforeAnEarlierFieldIsOutOfOrderWhenTheStandardFixesTheOrder() {
        CsvFixture files = new CsvFixture(dir, StandardFolders.test("ordered"));

        DatasetReport report = files.validate("second,first,third\nb,a,c\n");

        FindingKey order = key(FindingCode.COLUMN_ORDER, "second", "second");
        assertThat(keys(report)).containsExactly(order);
        assertThat(group(report, order).severity()).isEqualTo(Severity.ERROR);
        assertThat(examples(report, order)).containsExactly(new Example(1, 0, "second", List.of(1)));
    }

    @Test
    void columnsInTheStandardsOrderWithGapsAreInOrder() {
        CsvFixture files = new CsvFixture(dir, StandardFolders.test("ordered"));

        assertThat(keys(files.validate("first,second,third\na,b,c\n"))).isEmpty();
        assertThat(keys(files.validate("first,extra,third\na,x,c\n"))).containsExactlyInAnyOrder(
                key(FindingCode.MISSING_COLUMN, "second", null),
                key(FindingCode.EXTRA_COLUMN, null, "extra"));
    }

    @Test
    void theOrderOfColumnsDoesNotMatterWhenTheStandardAllowsAnyOrder() {
        CsvFixture files = new CsvFixture(dir, NEWBORN_NAMES);

        assertThat(keys(files.validate("count,name,sex,year,jurisdiction\n66,OLIVIA,F,2019,NS\n"))).isEmpty();
    }

    // ---- the matcher itself ---------------------------------------------------------------------

    private static HeaderMatcher abc(ColumnOrder order) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("a", List.of("a", "alpha"));
        names.put("b", List.of("b", "bravo"));
        names.put("c", List.of("c", "charlie"));
        return HeaderMatcher.of(names, Set.of("a", "b"), order);
    }

    @Test
    void onlyTheColumnThatComesTooEarlyIsOutOfOrder() {
        ColumnBinding binding = abc(ColumnOrder.CANONICAL).bind(List.of("Charlie", "alpha", "b"));

        assertThat(binding.issues()).containsExactly(new ColumnBinding.Issue(FindingCode.COLUMN_ORDER, 0, "Charlie", "c"));
        assertThat(binding.columnOfWanted()).containsExactly(1, 2, 0);
        assertThat(abc(ColumnOrder.ANY).bind(List.of("Charlie", "alpha", "b")).issues()).isEmpty();
    }

    @Test
    void bindingNotesEveryIssueWithItsColumnIndex() {
        ColumnBinding binding = abc(ColumnOrder.ANY).bind(List.of("alpha", "", "extra", "A"));

        assertThat(binding.issues()).containsExactly(
                new ColumnBinding.Issue(FindingCode.BLANK_HEADER, 1, "", null),
                new ColumnBinding.Issue(FindingCode.EXTRA_COLUMN, 2, "extra", null),
                new ColumnBinding.Issue(FindingCode.DUPLICATE_COLUMN, 3, "A", "a"),
                new ColumnBinding.Issue(FindingCode.MISSING_COLUMN, -1, null, "b"),
                new ColumnBinding.Issue(FindingCode.MISSING_OPTIONAL_COLUMN, -1, null, "c"));
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("a", "alpha");
        columns.put("b", null);
        columns.put("c", null);
        assertThat(binding.columnNames(List.of("a", "b", "c"))).containsExactlyEntriesOf(columns);
    }

    @Test
    void theScoreOfARowIsTheNumberOfDistinctFieldsItNames() {
        HeaderMatcher matcher = abc(ColumnOrder.ANY);

        assertThat(matcher.score(List.of("A", "alpha", "Bravo!", "delta"))).isEqualTo(2);
        assertThat(matcher.score(List.of("Title of the table"))).isZero();
    }
}
