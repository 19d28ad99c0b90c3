package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.CsvFixture;
import ca.hvd.core.report.DatasetReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link StandardTemplate}: the header and example row of every bundled standard, in its own layout
 * and in each of its profiles' layouts, validate without a single finding; and the layouts are the
 * publishers' (their column names, spread columns, translated values).
 */
class StandardTemplateTest {

    private static final StandardRegistry BUNDLED = StandardRegistry.bundled();

    @TempDir
    Path dir;

    /** Every bundled standard version with each of its profiles, and without one ("-"). */
    static Stream<Arguments> layouts() {
        List<Arguments> layouts = new ArrayList<>();
        for (StandardRef ref : BUNDLED.available()) {
            layouts.add(Arguments.of(ref.toString(), "-"));
            BUNDLED.load(ref).profiles().keySet().forEach(profile -> layouts.add(Arguments.of(ref.toString(), profile)));
        }
        return layouts.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layouts")
    void theTemplateOfEveryStandardAndProfileValidatesWithoutFindings(String ref, String profileName) {
        Standard standard = BUNDLED.resolve(ref);
        Profile profile = profileName.equals("-") ? null : standard.profile(profileName);
        StandardTemplate template = StandardTemplate.of(standard, profile);

        DatasetReport report = new CsvFixture(dir, standard).validate(template.csv(), request -> {
            request.profile(profile);
            template.parameters().forEach(request::constant);
            return request;
        });

        assertThat(CsvFixture.keys(report)).as(template.csv()).isEmpty();
        assertThat(report.records()).isEqualTo(1);
        assertThat(template.header()).hasSameSizeAs(template.row()).doesNotHaveDuplicates();
    }

    @Test
    void theStandardsOwnLayoutIsItsFieldNamesAndExamples() {
        StandardTemplate template = StandardTemplate.of(BUNDLED.resolve("newborn-names@1.0.0"));

        assertThat(template.csv()).isEqualTo("jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,42\n");
        assertThat(template.profile()).isNull();
        assertThat(template.parameters()).isEmpty();
    }

    @Test
    void aWideLayoutSpreadsTheKeyAndAddsItsTotalAndAParameterIsListedNotWritten() {
        Standard standard = BUNDLED.resolve("newborn-names@1.0.0");

        StandardTemplate template = StandardTemplate.of(standard, standard.profile("bc"));

        assertThat(template.csv()).isEqualTo("Name,2019,Total\nOLIVIA,42,42\n");
        assertThat(template.parameters()).isEqualTo(Map.of("sex", "F"));
    }

    @Test
    void translatedValuesAreWrittenAsThePublisherWritesThemAndTheFilterColumnKeepsTheRow() {
        Standard standard = BUNDLED.resolve("newborn-names@1.0.0");

        assertThat(StandardTemplate.of(standard, standard.profile("statcan")).csv()).isEqualTo(
                "GEO,REF_DATE,Sex at birth,First name at birth,VALUE,Indicator\nNova Scotia,2019,Female,OLIVIA,42,Frequency\n");
        assertThat(StandardTemplate.of(standard, standard.profile("ab")).csv()).isEqualTo(
                "Year,Gender,First Name,Frequency\n2019,Girl,OLIVIA,42\n");
    }

    @Test
    void fieldsReadFromOneColumnShareItAndConstantAndAbsentFieldsAreLeftOut() {
        Standard standard = BUNDLED.resolve("civic-addresses@1.1.0");

        StandardTemplate oda = StandardTemplate.of(standard, standard.profile("oda"));
        StandardTemplate geonb = StandardTemplate.of(standard, standard.profile("geonb"));

        assertThat(oda.row().get(oda.header().indexOf("street_no"))).isEqualTo("43A");
        assertThat(oda.header()).doesNotContain("unit_type", "civic_number", "civic_number_suffix");
        assertThat(geonb.header()).doesNotContain("province", "latitude", "longitude", "unit", "unit_type");
    }

    @Test
    void anOptionalFieldThatARuleTiesToAProfilesConstantIsLeftEmptyRatherThanContradictIt() {
        Standard standard = BUNDLED.resolve("civic-addresses@1.1.0");

        StandardTemplate rqa = StandardTemplate.of(standard, standard.profile("rqa"));

        assertThat(rqa.row().get(rqa.header().indexOf("code_postal"))).as("X1A 2L9 is not a Québec postal code").isEmpty();
        assertThat(rqa.row().get(rqa.header().indexOf("numero_municipal"))).isEqualTo("43A");
    }

    @Test
    void cellsHoldingTheDelimiterAreQuoted() {
        StandardTemplate template = StandardTemplate.of(BUNDLED.resolve("federal-contracts"));

        assertThat(template.row()).contains("CA, EU");
        assertThat(template.csv()).contains(",\"CA, EU\",");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsTextButNumbersAreKept() {
        StandardTemplate template = new StandardTemplate(null, ',', List.of("@title"), List.of("=name", "count"),
                List.of("=HYPERLINK(\"http://x\")", "-5"), Map.of());

        assertThat(template.spreadsheetSafeCsv()).isEqualTo("'@title\n'=name,count\n\"'=HYPERLINK(\"\"http://x\"\")\",-5\n");
        assertThat(template.csv()).as("as the standard gives them, for lint to validate")
                .isEqualTo("@title\n=name,count\n\"=HYPERLINK(\"\"http://x\"\")\",-5\n");
    }
}
