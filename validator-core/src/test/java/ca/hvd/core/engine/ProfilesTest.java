package ca.hvd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.hvd.core.StandardFolders;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.standard.Standard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles read publishers' layouts: the test standard {@code tally} (test resources
 * {@code profiles-test/}) has a long profile with translations, extraction, a fallback column, an
 * ignored column, a filter and an expected severity, and a wide profile with a constant, a
 * parameter, suppression tokens, a row total and a totals row.
 */
class ProfilesTest {

    @TempDir
    Path dir;

    private static Standard tally() {
        return StandardFolders.tally();
    }

    private DatasetReport validate(String profile, String csv, Map<String, String> constants) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Standard standard = tally();
        ValidationRequest.Builder request = ValidationRequest.builder(standard)
                .profile(profile == null ? null : standard.profile(profile))
                .dataset(DatasetInput.of(file));
        constants.forEach(request::constant);
        return Validator.validate(request.build()).datasets().get(0);
    }

    private static List<Example> knownLayout(DatasetReport report) {
        return report.findings().stream().filter(group -> group.key().code() == FindingCode.KNOWN_LAYOUT)
                .flatMap(group -> group.examples().stream()).toList();
    }

    /** Each finding group as {@code code field [column] {rule}} → {@code severity count lines values}. */
    private static Map<String, String> summary(DatasetReport report) {
        Map<String, String> summary = new TreeMap<>();
        for (FindingGroup group : report.findings()) {
            String key = group.key().code().id() + " " + group.key().field() + " [" + group.key().column() + "]"
                    + (group.key().rule() == null ? "" : " {" + group.key().rule() + "}");
            String examples = group.examples().stream()
                    .map(e -> e.line() + "=" + e.value() + (e.args().isEmpty() ? "" : "" + e.args()))
                    .collect(Collectors.joining(" "));
            summary.put(key, group.severity().label() + " " + group.count() + " " + examples);
        }
        return summary;
    }

    @Test
    void aLongProfileTranslatesExtractsFallsBackFiltersAndExpectsItsFindings() throws IOException {
        DatasetReport report = validate("long", """
                Rank,Area,When,Gender,Given,Alias,Births,Code,Kind,Extra
                1,10,01/01/2019 12:00:00 AM,Girl,OLIVIA,,12,E1,births,x
                2,20,01/01/2019 12:00:00 AM,Boy,,LIAM,9,W7,Births,x
                3,10,2019,Girl,EMMA,,7,X2,births,x
                4,10,01/01/2019 12:00:00 AM,Girl,AVA,,3,E3,proportion,x
                5,30,01/01/2019 12:00:00 AM,Unknown,ZOE,,8,E4,births,x
                6,20,01/01/2019 12:00:00 AM,Boy,NOAH,,4,E9,births,x
                """, Map.of());

        assertThat(summary(report)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "extra-column null [Extra]", "info 1 1=Extra[10]",
                "filtered-record null [Kind]", "info 1 5=proportion",
                "not-in-codelist region [Area]", "error 1 6=30",
                "not-in-codelist sex [Gender]", "error 1 6=Unknown",
                "small-count count [Births]", "error 1 7=4",
                "rule-violation code [Code] {code-in-region}", "error 1 7=E9"));
        assertThat(report.records()).as("the filtered row is not a record").isEqualTo(5);
        assertThat(report.fields().get("name").column()).isEqualTo("Given");
        assertThat(report.fields().get("name").filled()).as("LIAM comes from the fallback column").isEqualTo(5);
        assertThat(report.fields().get("note").column()).isNull();
    }

    @Test
    void aFileInAPublishersLayoutReadWithoutItsProfileNamesTheProfile() throws IOException {
        DatasetReport wide = validate(null, """
                Banque de prénoms – Filles
                Prénom,2019,2020,Total
                EMMA,12,7,19
                """, Map.of());
        DatasetReport longLayout = validate(null, """
                Kind,Area,When,Gender,Given,Births,Code,Rank
                births,12,01/01/2019 12:00:00 AM,Girl,EMMA,12,NS-1,1
                """, Map.of());

        assertThat(knownLayout(wide)).containsExactly(new Example(2, 0, "wide", List.of("wide", tally().profile("wide").title())));
        assertThat(knownLayout(longLayout)).containsExactly(new Example(1, 0, "long", List.of("long", tally().profile("long").title())));
    }

    @Test
    void noProfileIsNamedForTheStandardsOwnLayoutNorWhenOneIsGiven() throws IOException {
        DatasetReport canonical = validate(null, """
                region,year,sex,name,count
                EA,2019,X,EMMA,12
                """, Map.of());
        DatasetReport unknown = validate(null, """
                something,else
                1,2
                """, Map.of());
        DatasetReport given = validate("long", """
                Kind,Area,When,Gender,Given,Births,Code,Rank,Region
                births,12,01/01/2019 12:00:00 AM,Girl,EMMA,12,NS-1,1,EA
                """, Map.of());

        assertThat(canonical.findings()).as("its own layout, with errors").isNotEmpty()
                .noneMatch(group -> group.key().code() == FindingCode.KNOWN_LAYOUT);
        assertThat(unknown.findings()).as("no layout reads it").isNotEmpty()
                .noneMatch(group -> group.key().code() == FindingCode.KNOWN_LAYOUT);
        assertThat(given.findings()).noneMatch(group -> group.key().code() == FindingCode.KNOWN_LAYOUT);
    }

    @Test
    void aWideProfileMakesARecordOfEachCellAndChecksTheTotals() throws IOException {
        DatasetReport report = validate("wide", """
                Banque de prénoms – Filles
                Prénom,2019,2020,Total
                EMMA,12,< 5,12
                LÉA,7,9,15
                ZOÉ,,6,6
                Somme:,19,14,33
                """, Map.of("sex", "F"));

        assertThat(summary(report)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "preamble-skipped null [null]", "info 1 1=Banque de prénoms – Filles[1]",
                "suppressed-value count [2019…2020]", "info 2 3=< 5[2020] 5=[2019]",
                "total-mismatch count [Total] {row-total}", "error 1 4=15[16]",
                "total-mismatch count [2020] {totals-row}", "error 1 6=14[15]"));
        assertThat(report.fields().get("count").filled()).as("cells made into records").isEqualTo(4);
        assertThat(report.fields().get("count").empty()).as("a suppressed cell is not a missing count").isZero();
        assertThat(report.fields().get("year").filled()).as("the key, once per record made").isEqualTo(4);
        assertThat(report.fields().get("year").empty()).as("a suppressed cell makes no record: its year is not missing").isZero();
        assertThat(report.records()).as("the totals row is not a record").isEqualTo(3);
        assertThat(report.fields().get("region").filled()).as("the constant, once per record").isEqualTo(3);
        assertThat(report.fields().get("year").column()).isEqualTo("2019…2020");
    }

    @Test
    void aTotalsRowIsALowerBoundInAColumnWithCellsSuppressedByAToken() throws IOException {
        DatasetReport report = validate("wide", """
                Prénom,2019,2020,Total
                EMMA,12,< 5,15
                LÉA,7,9,16
                Somme:,20,11,36
                """, Map.of("sex", "F"));

        assertThat(summary(report)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "suppressed-value count [2019…2020]", "info 1 2=< 5[2020]",
                "total-mismatch count [2019] {totals-row}", "error 1 4=20[19]"));
    }

    @Test
    void aWideProfileWithoutItsParameterIsRefused() {
        Standard standard = tally();
        ValidationRequest.Builder request = ValidationRequest.builder(standard).profile(standard.profile("wide"));

        assertThatThrownBy(request::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[sex]");
    }

    @Test
    void aConstantThatBreaksTheStandardIsReportedOnceAtLineZero() throws IOException {
        DatasetReport report = validate("wide", """
                Prénom,2019,Total
                EMMA,12,12
                LÉA,7,7
                """, Map.of("sex", "X"));

        assertThat(summary(report)).containsExactlyEntriesOf(Map.of("not-in-codelist sex [null]", "error 1 0=X"));
    }

    @Test
    void aSpreadColumnWhoseHeaderIsNotAValidKeyIsReportedOnTheHeaderLine() throws IOException {
        DatasetReport report = validate("wide", """
                Prénom,1899,2019,Total
                EMMA,12,12,24
                """, Map.of("sex", "F"));

        assertThat(summary(report)).containsEntry("out-of-range year [1899…2019]", "error 1 1=1899");
    }

    @Test
    void namesAreCheckedForSymbolsPlaceholdersMojibakeAndCase() throws IOException {
        DatasetReport report = validate(null, """
                region,year,sex,name,count,code
                EA,2019,F,OLIVIA,10,E1
                EA,2019,F,BENOîT,10,E2
                EA,2019,F,LO¤C,10,E3
                EA,2019,F,S…BASTIEN,10,E4
                EA,2019,F,Baby-Boy,10,E5
                EA,2019,F,ANAœS,10,E6
                EA,2019,F,ÉLODIE,10,E7
                EA,2019,F,JEAN-PAUL,10,E8
                """, Map.of());

        assertThat(summary(report)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "digit-or-symbol name [name]", "error 1 4=LO¤C[¤]",
                "likely-mojibake name [name]", "error 2 5=S…BASTIEN[SÉBASTIEN] 7=ANAœS[ANAÏS]",
                "placeholder-value name [name]", "error 1 6=Baby-Boy",
                "inconsistent-case name [name]", "warning 2 3=BENOîT 6=Baby-Boy",
                "missing-optional-column note [null]", "info 1 1=null"));
    }

    @Test
    void aCodeListAttributeTranslatesAndThePrefixRuleAcceptsAnyListedPrefix() throws IOException {
        DatasetReport report = validate("long", """
                Area,When,Gender,Given,Births,Code,Kind
                10,01/01/2019 12:00:00 AM,Girl,OLIVIA,12,E1,births
                10,01/01/2019 12:00:00 AM,Girl,EMMA,12,x1,births
                20,01/01/2019 12:00:00 AM,Girl,AVA,12,w1,births
                """, Map.of());

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void examplesOfAWideLayoutNameTheirSpreadColumn() throws IOException {
        DatasetReport report = validate("wide", """
                Prénom,2019,2020,Total
                EMMA,12,zero,12
                """, Map.of("sex", "F"));

        FindingGroup mismatch = report.findings().stream()
                .filter(g -> g.key().code().id().equals("type-mismatch")).findFirst().orElseThrow();
        assertThat(mismatch.key().column()).isEqualTo("2020");
        assertThat(mismatch.examples()).extracting(Example::value).containsExactly("zero");
    }
}
