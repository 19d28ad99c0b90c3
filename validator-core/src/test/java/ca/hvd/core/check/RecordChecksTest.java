package ca.hvd.core.check;

import static ca.hvd.core.CsvFixture.examples;
import static ca.hvd.core.CsvFixture.group;
import static ca.hvd.core.CsvFixture.keys;
import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.CsvFixture;
import ca.hvd.core.StandardFolders;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks of whole records and across records: ragged and blank rows, the {@code dependentRequired}
 * rule, and unique keys of one field or several.
 */
class RecordChecksTest {

    private static final String NAMES_HEADER = "jurisdiction,year,sex,name,count\n";
    private static final String ADDRESSES_HEADER = "address_id,civic_number,street_name,province,latitude,longitude\n";

    @TempDir
    Path dir;

    private CsvFixture names;
    private CsvFixture addresses;

    @BeforeEach
    void setUp() {
        names = new CsvFixture(dir, StandardFolders.bundled("newborn-names"));
        addresses = new CsvFixture(dir, StandardFolders.bundled("civic-addresses"));
    }

    /** The findings of a civic-addresses report that are not about the optional columns the tests leave out. */
    private static List<FindingKey> recordKeys(DatasetReport report) {
        return keys(report).stream().filter(key -> key.code() != FindingCode.MISSING_OPTIONAL_COLUMN).toList();
    }

    // ---- ragged and blank rows ------------------------------------------------------------------

    @Test
    void aRecordWithMoreCellsThanTheHeaderIsRaggedAndItsExtraCellsAreNotChecked() {
        DatasetReport report = names.validate(NAMES_HEADER + "NS,2019,F,OLIVIA,66\nNS,2019,F,EMMA,61,extra,\u0001\n");

        FindingKey ragged = FindingKey.of(FindingCode.RAGGED_ROW);
        assertThat(keys(report)).containsExactly(ragged);
        assertThat(group(report, ragged).severity()).isEqualTo(Severity.ERROR);
        assertThat(examples(report, ragged)).containsExactly(new Example(3, 2, null, List.of(7)));
        assertThat(group(report, ragged).message().in(Language.EN)).isEqualTo("The record does not have 5 cells like the header.");
    }

    @Test
    void aShortRecordIsRaggedAndItsAbsentRequiredCellsAreMissingValues() {
        DatasetReport report = names.validate(NAMES_HEADER + "NS,2019,F\n");

        FindingKey ragged = FindingKey.of(FindingCode.RAGGED_ROW);
        FindingKey name = new FindingKey(FindingCode.REQUIRED_MISSING, "name", "name", null);
        FindingKey count = new FindingKey(FindingCode.REQUIRED_MISSING, "count", "count", null);
        assertThat(keys(report)).containsExactlyInAnyOrder(ragged, name, count);
        assertThat(examples(report, ragged)).containsExactly(new Example(2, 1, null, List.of(3)));
        assertThat(examples(report, name)).containsExactly(new Example(2, 1, ""));
        assertThat(examples(report, count)).containsExactly(new Example(2, 1, ""));
        assertThat(report.fields().get("sex")).usingRecursiveComparison().ignoringFields("profile").isEqualTo(new FieldStats("sex", 1, 0));
        assertThat(report.fields().get("name")).usingRecursiveComparison().ignoringFields("profile").isEqualTo(new FieldStats("name", 0, 1));
    }

    @Test
    void blankRecordsAreCountedAsRecordsAndReportedOnlyAsBlank() {
        DatasetReport report = names.validate(NAMES_HEADER + "NS,2019,F,OLIVIA,66\n\n , ,,,\nNS,2019,M,LIAM,75\n\n");

        FindingKey blank = FindingKey.of(FindingCode.BLANK_ROW);
        assertThat(keys(report)).containsExactly(blank);
        assertThat(group(report, blank).severity()).isEqualTo(Severity.WARNING);
        assertThat(examples(report, blank)).containsExactly(new Example(3, 2, null), new Example(4, 3, null), new Example(6, 5, null));
        assertThat(report.records()).isEqualTo(5);
        assertThat(report.fields().get("name")).usingRecursiveComparison().ignoringFields("profile").isEqualTo(new FieldStats("name", 2, 3));
    }

    // ---- dependentRequired ----------------------------------------------------------------------

    @Test
    void aLatitudeWithoutALongitudeBreaksTheRuleThatOneRequiresTheOther() {
        DatasetReport report = addresses.validate(ADDRESSES_HEADER
                + "A1,43,OTTO,NT,62.47,-114.34\n"
                + "A2,45,OTTO,NT,62.48,\n"
                + "A3,47,OTTO,NT,,-114.35\n"
                + "A4,49,OTTO,NT,,\n"
                + "A5,51,OTTO,NT, 62.49 ,\n");

        FindingKey latitude = new FindingKey(FindingCode.RULE_VIOLATION, "latitude", "latitude", "latitude-requires-longitude");
        FindingKey longitude = new FindingKey(FindingCode.RULE_VIOLATION, "longitude", "longitude", "longitude-requires-latitude");
        FindingKey space = new FindingKey(FindingCode.LEADING_TRAILING_SPACE, "latitude", "latitude", null);
        assertThat(recordKeys(report)).containsExactlyInAnyOrder(latitude, longitude, space);
        assertThat(group(report, latitude).severity()).isEqualTo(Severity.ERROR);
        assertThat(examples(report, latitude)).containsExactly(new Example(3, 2, "62.48"), new Example(6, 5, "62.49"));
        assertThat(examples(report, longitude)).containsExactly(new Example(4, 3, "-114.35"));
        assertThat(group(report, latitude).message().in(Language.EN))
                .isEqualTo("Rule broken: when latitude is filled, longitude must be filled too.");
        assertThat(group(report, latitude).message().in(Language.FR))
                .isEqualTo("Règle enfreinte : si latitude est rempli, longitude doit l'être aussi.");
    }

    @Test
    void theRuleHoldsAgainstAnAbsentColumnAsAgainstAnEmptyCell() {
        DatasetReport report = addresses.validate("address_id,civic_number,street_name,province,lat\nA1,43,OTTO,NT,62.47\n");

        FindingKey latitude = new FindingKey(FindingCode.RULE_VIOLATION, "latitude", "lat", "latitude-requires-longitude");
        assertThat(recordKeys(report)).containsExactly(latitude);
        assertThat(examples(report, latitude)).containsExactly(new Example(2, 1, "62.47"));
    }

    // ---- unique keys ----------------------------------------------------------------------------

    @Test
    void aRepeatedIdentifierIsADuplicateKeyNamingTheLineWhereItFirstAppeared() {
        DatasetReport report = addresses.validate(ADDRESSES_HEADER
                + "A1,43,OTTO,NT,,\n"
                + "A2,45,OTTO,NT,,\n"
                + "A1,47,OTTO,NT,,\n"
                + "A3,49,OTTO,NT,,\n"
                + "A1 ,51,OTTO,NT,,\n"
                + ",53,OTTO,NT,,\n"
                + ",55,OTTO,NT,,\n");

        FindingKey duplicate = new FindingKey(FindingCode.DUPLICATE_KEY, "address_id", "address_id", "address_id");
        FindingKey missing = new FindingKey(FindingCode.REQUIRED_MISSING, "address_id", "address_id", null);
        FindingKey space = new FindingKey(FindingCode.LEADING_TRAILING_SPACE, "address_id", "address_id", null);
        assertThat(recordKeys(report)).containsExactlyInAnyOrder(duplicate, missing, space);
        assertThat(group(report, duplicate).severity()).isEqualTo(Severity.ERROR);
        assertThat(examples(report, duplicate)).containsExactly(
                new Example(4, 3, "A1", List.of(2L)),
                new Example(6, 5, "A1", List.of(2L)));
        assertThat(group(report, duplicate).message().in(Language.EN)).isEqualTo("The key address_id repeats an earlier record.");
        assertThat(group(report, missing).count()).as("empty identifiers are missing, not duplicates").isEqualTo(2);
    }

    @Test
    void aRepeatedCombinationOfTheCompositeKeyIsADuplicateShowingEveryPart() {
        DatasetReport report = names.validate("Year,Province,Sex,Name,Count\n"
                + "2019,NS,F,OLIVIA,66\n"
                + "2019,NS,M,OLIVIA,12\n"
                + "2020,NS,F,OLIVIA,70\n"
                + "2019,NS,F,OLIVIA,5\n"
                + "2019,NS,F,Olivia,11\n");

        // the file's columns, in the key's order, beside the canonical fields
        FindingKey duplicate = new FindingKey(FindingCode.DUPLICATE_KEY, null, "Province+Year+Sex+Name", "jurisdiction+year+sex+name");
        FindingKey otherCase = new FindingKey(FindingCode.INCONSISTENT_CASE, "name", "Name", null);
        assertThat(keys(report)).as("Olivia is another name, in the less common case").containsExactlyInAnyOrder(duplicate, otherCase);
        assertThat(examples(report, duplicate)).containsExactly(new Example(5, 4, "NS | 2019 | F | OLIVIA", List.of(2L)));
        assertThat(Message.of("finding.duplicate-key.example", 2L).in(Language.EN)).isEqualTo("first on line 2");
        assertThat(group(report, duplicate).message().in(Language.EN))
                .isEqualTo("The key jurisdiction+year+sex+name repeats an earlier record.");
    }

    @Test
    void partsOfACompositeKeyThatRunTogetherDifferentlyAreNotTheSameKey() {
        DatasetReport report = names.validate(NAMES_HEADER + "NS,2019,F,OLIVIA,66\nNS,2019,FO,LIVIA,66\nNS,2019,F,OLIVIA ,10\n");

        FindingKey duplicate = new FindingKey(FindingCode.DUPLICATE_KEY, null, "jurisdiction+year+sex+name", "jurisdiction+year+sex+name");
        assertThat(keys(report)).containsExactlyInAnyOrder(duplicate,
                new FindingKey(FindingCode.NOT_IN_CODELIST, "sex", "sex", null),
                new FindingKey(FindingCode.LEADING_TRAILING_SPACE, "name", "name", null));
        assertThat(examples(report, duplicate)).as("values are compared without their surrounding spaces")
                .containsExactly(new Example(4, 3, "NS | 2019 | F | OLIVIA", List.of(2L)));
    }

    @Test
    void aCompositeKeyWithAnEmptyPartIsNotCompared() {
        DatasetReport report = names.validate(NAMES_HEADER + "NS,2019,F,,66\nNS,2019,F,,61\n");

        assertThat(keys(report)).containsExactly(new FindingKey(FindingCode.REQUIRED_MISSING, "name", "name", null));
    }
}
