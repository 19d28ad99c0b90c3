package ca.hvd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.SmallHeapTest;
import ca.hvd.core.StandardFolders;
import ca.hvd.core.i18n.ComparisonMessages;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.ComparisonReport;
import ca.hvd.core.report.DimensionResult;
import ca.hvd.core.report.Evidence;
import ca.hvd.core.report.FieldComparison;
import ca.hvd.core.report.OtherValues;
import ca.hvd.core.report.render.ComparisonFormat;
import ca.hvd.core.report.render.RenderOptions;
import ca.hvd.core.report.Verdict;
import ca.hvd.core.standard.Standard;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The verdict rules of each kind of dimension, on small files in the standards' own layouts. */
class ComparerTest {

    private static final Standard NAMES = StandardFolders.bundled("newborn-names");
    private static final Standard ADDRESSES = StandardFolders.bundled("civic-addresses");

    @TempDir
    Path dir;

    private LabelledDataset dataset(String label, String csv) throws IOException {
        Path file = dir.resolve(label + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return new LabelledDataset(label, DatasetInput.of(file), null, Map.of());
    }

    /** Names of a jurisdiction: per year and sex, a top name, a second and one given 5 times. */
    private static String names(String jurisdiction, List<Integer> years, String sexes) {
        StringBuilder csv = new StringBuilder("jurisdiction,year,sex,name,count\n");
        for (int year : years) {
            for (char sex : sexes.toCharArray()) {
                csv.append(String.format("%s,%d,%c,ALEX,%d%n%s,%d,%c,SAM,30%n%s,%d,%c,JO,5%n", jurisdiction, year, sex,
                        50 + year % 10, jurisdiction, year, sex, jurisdiction, year, sex));
            }
        }
        return csv.toString();
    }

    private static DimensionResult dimension(ComparisonReport report, String id) {
        return report.dimensions().stream().filter(d -> d.dimension().id().equals(id)).findFirst().orElseThrow();
    }

    private static String reason(DimensionResult result) {
        return ComparisonMessages.of(Language.EN).format(result.reason());
    }

    @Test
    void filesPublishedAlikeAreComparableAlongEveryDimension() throws IOException {
        ComparisonReport report = Comparer.compare(ComparisonRequest.of(NAMES, List.of(
                dataset("NS", names("NS", List.of(2018, 2019), "FM")), dataset("NB", names("NB", List.of(2018, 2019), "FM")))));

        assertThat(report.dimensions()).extracting(DimensionResult::verdict).containsOnly(Verdict.COMPARABLE);
        assertThat(report.comparable()).isTrue();
        assertThat(reason(dimension(report, "top-20-share"))).isEqualTo("Every dataset publishes more than the top 20 rows per "
                + "group (year, sex). Share of count in the top 20: NS 100.0%; NB 100.0%.");
        assertThat(reason(dimension(report, "births-by-year-sex"))).isEqualTo("Every dataset has the same 4 groups (year, sex); "
                + "over them, the total variation distance between the distributions is NS–NB 0.000.");
        assertThat(report.fields()).extracting(FieldComparison::field).containsExactly("jurisdiction", "year", "sex", "name", "count");
    }

    @Test
    void filesOfDifferentYearsOrSexesCannotBeCompared() throws IOException {
        ComparisonReport report = Comparer.compare(ComparisonRequest.of(NAMES, List.of(
                dataset("A", names("NS", List.of(2001), "F")), dataset("B", names("NB", List.of(2019), "M")))));

        assertThat(dimension(report, "years-covered").verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(reason(dimension(report, "years-covered")))
                .isEqualTo("Covered: A 2001–2001; B 2019–2019. No value is covered by every dataset.");
        assertThat(reason(dimension(report, "sex-codes"))).isEqualTo("Codes used: A F; B M. No code is used by every dataset.");
        assertThat(reason(dimension(report, "births-by-year-sex")))
                .isEqualTo("No group (year, sex) is in every dataset: the distributions cannot be compared.");
        assertThat(((Evidence.Measure) dimension(report, "births-by-year-sex").evidence()).distances()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
    }

    @Test
    void yearsMissingInsideTheCommonRangeAreACaveat() throws IOException {
        ComparisonReport report = Comparer.compare(ComparisonRequest.of(NAMES, List.of(
                dataset("A", names("NS", List.of(2001, 2002, 2003, 2004), "F")), dataset("B", names("NB", List.of(2001, 2004), "F")))));

        DimensionResult years = dimension(report, "years-covered");
        assertThat(years.verdict()).isEqualTo(Verdict.CAVEATS);
        assertThat(reason(years)).isEqualTo("Every dataset covers 2001 to 2004, but values are missing inside it: B lacks 2.");
        assertThat(((Evidence.Range) years.evidence()).datasets()).extracting(Evidence.Span::missing).containsExactly(0L, 2L);
    }

    @Test
    void aFileWithoutCountsCannotBeComparedOnThem() throws IOException {
        ComparisonReport report = Comparer.compare(ComparisonRequest.of(NAMES, List.of(
                dataset("A", names("NS", List.of(2001), "F")),
                dataset("B", "jurisdiction,year,sex,name\nNB,2001,F,ALEX\n"))));

        assertThat(reason(dimension(report, "smallest-count")))
                .isEqualTo("B: no row where count, year, sex are all valid (the value and what it is grouped by),"
                        + " so the smallest values of count cannot be compared.");
        assertThat(dimension(report, "top-20-share").verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(report.fields().get(4).datasets().get(1).origin()).isEqualTo(FieldComparison.Origin.ABSENT);
    }

    @Test
    void aFileWhoseCountsAreValidButWhoseYearsAreNotSaysWhatIsMissing() throws IOException {
        ComparisonReport report = Comparer.compare(ComparisonRequest.of(NAMES, List.of(
                dataset("A", names("NS", List.of(2001), "F")),
                dataset("B", "jurisdiction,year,sex,name,count\nNB,01/01/2001 12:00:00 AM,F,ALEX,12\n"))));

        assertThat(reason(dimension(report, "smallest-count"))).isEqualTo("B: no row where count, year, sex are all valid"
                + " (the value and what it is grouped by), so the smallest values of count cannot be compared.");
        assertThat(reason(dimension(report, "top-20-share"))).isEqualTo("B: no row where count, year, sex are all valid"
                + " (the value and what it is grouped by), so the top rows of count cannot be compared.");
    }

    private static String addresses(int rows, boolean postalCodes, boolean someUnits) {
        StringBuilder csv = new StringBuilder("address_id,civic_number,street_name,province,municipality,postal_code,unit,"
                + "civic_number_suffix,latitude,longitude,csd_code\n");
        for (int i = 0; i < rows; i++) {
            csv.append("A").append(i).append(',').append(10 + i).append(",MAIN,NS,").append(i % 3 == 0 ? "TRURO" : "HALIFAX")
                    .append(',').append(postalCodes ? "B3H 1A1" : "").append(',').append(someUnits && i == 0 ? "2" : "")
                    .append(",,44.6,-63.5,1209034\n");
        }
        return csv.toString();
    }

    @Test
    void fieldsFilledByEveryFileAreComparableAndOnesAFileLeavesEmptyAreNot() throws IOException {
        ComparisonReport report = Comparer.compare(ComparisonRequest.of(ADDRESSES, List.of(
                dataset("X", addresses(6, true, true)), dataset("Y", addresses(3, false, false)))));

        assertThat(dimension(report, "coordinates").verdict()).isEqualTo(Verdict.COMPARABLE);
        assertThat(reason(dimension(report, "coordinates"))).isEqualTo("Every dataset fills latitude, longitude in at least "
                + "95% of its rows: latitude: X 100%, Y 100%; longitude: X 100%, Y 100%.");
        assertThat(reason(dimension(report, "postal-codes"))).isEqualTo("Filled: postal_code: X 100%, Y 0%. No row of Y fills "
                + "postal_code: the datasets cannot be compared on it.");
        assertThat(reason(dimension(report, "units"))).isEqualTo("Filled: unit: X 16.7%, Y 0%; civic_number_suffix: X 0%, Y 0%. "
                + "No dataset fills civic_number_suffix.");
        assertThat(dimension(report, "municipalities").verdict()).isEqualTo(Verdict.COMPARABLE);
        DimensionResult perMunicipality = dimension(report, "addresses-per-municipality");
        assertThat(perMunicipality.verdict()).as("shown for information only").isEqualTo(Verdict.INFORMATIONAL);
        assertThat(reason(perMunicipality)).isEqualTo("For information, without a verdict; per group (municipality): "
                + "X: 2 groups, the largest HALIFAX (66.7%); Y: 2 groups, the largest HALIFAX (66.7%).");
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
    }

    @Test
    void pastTheirExactLimitsDistinctValuesAndGroupsAreEstimatedAndSaidToBe() throws IOException {
        StringBuilder csv = new StringBuilder("address_id,civic_number,street_name,province,municipality\n");
        for (int i = 0; i < 9_000; i++) {
            csv.append("A").append(i).append(',').append(i % 500).append(",STREET").append(i).append(",NS,M")
                    .append(i < 3_000 ? "BIG" : String.valueOf(i % 2_100)).append('\n');
        }
        ComparisonReport report = Comparer.compare(ComparisonRequest.of(ADDRESSES, List.of(dataset("X", csv.toString()))));

        FieldComparison.Facts streets = report.fields().stream().filter(field -> field.field().equals("street_name"))
                .findFirst().orElseThrow().datasets().get(0);
        assertThat(streets.distinctExact()).isFalse();
        assertThat((double) streets.distinct()).isCloseTo(9_000, org.assertj.core.data.Offset.offset(9_000 * 0.04));
        Evidence.Measure perMunicipality = (Evidence.Measure) dimension(report, "addresses-per-municipality").evidence();
        assertThat(perMunicipality.exact()).containsExactly(false);
        assertThat(perMunicipality.totals()).containsExactly(9_000L);
        assertThat(perMunicipality.maxError().get(0)).isLessThanOrEqualTo(9_000 / 2_000);
        assertThat(perMunicipality.cells()).hasSize(2_000).anySatisfy(cell -> {
            assertThat(cell.key()).containsExactly("MBIG");
            assertThat(cell.values().get(0)).isBetween(3_000L, 3_000L + 9_000 / 2_000);
        });
        java.io.StringWriter text = new java.io.StringWriter();
        ca.hvd.core.report.render.ComparisonFormat.TEXT.renderer().render(report,
                ca.hvd.core.report.render.RenderOptions.of(Language.EN), text);
        assertThat(text.toString()).contains("≈", "≤", "≈ an estimate (HyperLogLog, about 0.8% standard error).");
    }

    @Test
    void valuesOutsideACodeListAreCountedWithFiveExamplesAndNeverListedAsCodes() throws IOException {
        StringBuilder bogus = new StringBuilder(names("NS", List.of(2019), "F"));
        for (int i = 1; i <= 5000; i++) {
            bogus.append(String.format("P%04d,2019,F,ALEX,9%n", i));
        }
        ComparisonReport report = Comparer.compare(ComparisonRequest.of(NAMES, List.of(
                dataset("A", bogus.toString()), dataset("B", names("NB", List.of(2019), "F")))));

        FieldComparison.Facts jurisdiction = report.fields().get(0).datasets().get(0);
        assertThat(jurisdiction.codes()).containsExactly(Map.entry("NS", 3L));
        assertThat(jurisdiction.others()).isEqualTo(new OtherValues(5000, List.of("P0001", "P0002", "P0003", "P0004", "P0005")));
        assertThat(report.fields().get(0).datasets().get(1).others()).isEqualTo(OtherValues.NONE);
        StringWriter json = new StringWriter();
        ComparisonFormat.JSON.renderer().render(report, RenderOptions.of(Language.EN), json);
        JsonNode tree = JsonMapper.builder().build().readTree(json.toString());
        assertThat(tree.at("/fields/jurisdiction/0/otherValues").toString())
                .isEqualTo("{\"rows\":5000,\"examples\":[\"P0001\",\"P0002\",\"P0003\",\"P0004\",\"P0005\"]}");
        assertThat(tree.at("/dimensions/0/evidence/datasets/0/otherValues")).isEmpty();
        assertThat(json.toString()).doesNotContain("\"P0006\"").doesNotContain("P5000");
        StringWriter text = new StringWriter();
        ComparisonFormat.TEXT.renderer().render(report, RenderOptions.of(Language.EN), text);
        assertThat(text.toString().replaceAll("\\s+", " ")).as("wrapped").contains("NS 3; other values: 5,000 rows (e.g. \"P0001\", \"P0002\", \"P0003\", \"P0004\", \"P0005\")");
    }

    @Test
    @Tag(SmallHeapTest.TAG)
    void valuesAndGroupKeysOfAMillionCharactersAreKeptCutLikeExamples() throws IOException {
        String huge = "X".repeat(900_000);
        StringBuilder csv = new StringBuilder(names("NS", List.of(2019), "F"));
        for (int i = 0; i < 3; i++) {
            csv.append("NS,2019,").append(i).append(huge).append(",ALEX,9\n");
        }
        ComparisonReport report = Comparer.compare(ComparisonRequest.of(NAMES, List.of(
                dataset("A", csv.toString()), dataset("B", names("NB", List.of(2019), "F")))));

        FieldComparison.Facts sex = report.fields().get(2).datasets().get(0);
        assertThat(sex.codes()).containsExactly(Map.entry("F", 3L));
        assertThat(sex.others().rows()).isEqualTo(3);
        assertThat(sex.others().examples()).hasSize(3).allSatisfy(value -> assertThat(value).hasSize(200).endsWith("…"));
        Evidence.Measure births = (Evidence.Measure) dimension(report, "births-by-year-sex").evidence();
        assertThat(births.cells()).extracting(cell -> cell.key().get(1))
                .containsExactly("0" + "X".repeat(198) + "…", "1" + "X".repeat(198) + "…", "2" + "X".repeat(198) + "…", "F");
        StringWriter json = new StringWriter();
        ComparisonFormat.JSON.renderer().render(report, RenderOptions.of(Language.EN), json);
        assertThat(json.toString().length()).isLessThan(50_000);
        Evidence.Codes sexes = (Evidence.Codes) dimension(report, "sex-codes").evidence();
        assertThat(sexes.datasets().get(0)).containsOnlyKeys("F");
        assertThat(sexes.others()).extracting(OtherValues::rows).containsExactly(3L, 0L);
        StringWriter text = new StringWriter();
        ComparisonFormat.TEXT.renderer().render(report, RenderOptions.of(Language.FR), text);
        assertThat(text.toString().replaceAll("\\s+", " ")).as("wrapped").contains("F : 3 Autres valeurs : 3 lignes (p. ex. « 0XXX");
    }

    @Test
    void anInformationalDimensionNeverDecidesTheVerdict() {
        assertThat(Verdict.INFORMATIONAL.worst(Verdict.CAVEATS)).isEqualTo(Verdict.CAVEATS);
        assertThat(Verdict.COMPARABLE.worst(Verdict.INFORMATIONAL)).isEqualTo(Verdict.COMPARABLE);
        assertThat(Verdict.NOT_COMPARABLE.worst(Verdict.CAVEATS)).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(new ArrayList<>(List.of(Verdict.values()))).extracting(Verdict::label)
                .containsExactly("comparable", "caveats", "not-comparable", "informational");
    }
}
