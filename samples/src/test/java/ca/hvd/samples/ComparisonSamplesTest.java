package ca.hvd.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.hvd.core.i18n.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import tools.jackson.databind.JsonNode;

/**
 * {@code hvd compare} and {@code hvd harmonize} on the synthetic look-alikes of the Nova Scotia,
 * Ontario (girls) and British Columbia (girls) files ({@code samples/newborn-names/compare}): a
 * top-20-only file, a threshold-6 file and a wide file with suppressed zeros, over different years.
 * Every figure asserted here was computed by hand from the CSV files (a short Python script that
 * parses them independently of hvd), and the same situations give the same verdicts on the real
 * files ({@link CorpusComparisonTest}).
 */
class ComparisonSamplesTest {

    static final Path DIR = SamplesTest.SAMPLES.resolve("newborn-names/compare");

    @TempDir
    Path out;

    static List<String> datasets() {
        return List.of("NS=" + DIR.resolve("ns-top20.csv") + "#profile=ns",
                "ON=" + DIR.resolve("on-girls.csv") + "#profile=on&sex=F",
                "BC=" + DIR.resolve("bc-girls.csv") + "#profile=bc&sex=F");
    }

    static Reports.Run compare(String... options) {
        List<String> args = new ArrayList<>(List.of("compare", "--standard", "newborn-names@1.0.0"));
        args.addAll(datasets());
        args.addAll(List.of(options));
        return Reports.hvd(args);
    }

    private static JsonNode dimension(JsonNode report, String id) {
        for (JsonNode dimension : report.get("dimensions").values()) {
            if (dimension.get("id").asString().equals(id)) {
                return dimension;
            }
        }
        throw new AssertionError("no dimension " + id);
    }

    @Test
    void theVerdictsAndFiguresAreTheOnesCheckedByHand() {
        Reports.Run run = compare("--format", "json", "--lang", "en", "--quiet");

        assertThat(run.exitCode()).as("a dimension is not comparable").isEqualTo(1);
        assertThat(run.err()).isEmpty();
        JsonNode report = Reports.JSON.readTree(run.out());
        assertThat(report.get("verdict").asString()).isEqualTo("not-comparable");
        assertThat(report.get("datasets").values()).extracting(d -> d.get("label").asString() + " " + d.get("rows").asLong())
                .containsExactly("NS 162", "ON 150", "BC 146");

        JsonNode years = dimension(report, "years-covered");
        assertThat(years.get("verdict").asString()).isEqualTo("caveats");
        assertThat(years.get("reason").asString()).isEqualTo("Covered: NS 2001–2004; ON 2000–2004; BC 2002–2006. "
                + "Only 2002 to 2004 is covered by every dataset: compare within it.");
        assertThat(years.at("/evidence/from").asString()).isEqualTo("2002");
        assertThat(years.at("/evidence/to").asString()).isEqualTo("2004");
        assertThat(years.at("/evidence/datasets").values()).extracting(d -> d.get("distinct").asLong() + "/" + d.get("missing").asLong())
                .containsExactly("4/0", "5/0", "5/0");

        JsonNode sexes = dimension(report, "sex-codes");
        assertThat(sexes.get("verdict").asString()).isEqualTo("caveats");
        assertThat(sexes.get("reason").asString())
                .isEqualTo("Codes used: NS F, M; ON F; BC F. Only F is used by every dataset: compare those records only.");
        assertThat(sexes.at("/evidence/datasets/0/codes").toString()).isEqualTo("[{\"code\":\"F\",\"rows\":80},{\"code\":\"M\",\"rows\":82}]");

        JsonNode smallest = dimension(report, "smallest-count");
        assertThat(smallest.get("verdict").asString()).isEqualTo("caveats");
        assertThat(smallest.get("reason").asString()).isEqualTo("Smallest count published: NS 33; ON 6; BC 5. "
                + "Values below 59 are not published by every dataset in every group: compare only values of 59 or more. "
                + "Between groups (year, sex), the smallest count varies: NS from 33 to 59; that is a cut by rank, not one threshold.");
        assertThat(smallest.at("/evidence/datasets").values())
                .extracting(d -> d.get("min").asString() + " " + d.get("groups").asLong() + " " + d.get("groupsAtMin").asLong()
                        + " " + d.get("largestGroupMinimum").asLong() + " " + d.get("fixed").asBoolean())
                .containsExactly("33 8 1 59 false", "6 5 5 6 true", "5 5 5 5 true");
        assertThat(smallest.at("/evidence/threshold").asInt()).isEqualTo(5);

        JsonNode top = dimension(report, "top-20-share");
        assertThat(top.get("verdict").asString()).isEqualTo("not-comparable");
        assertThat(top.get("reason").asString()).isEqualTo("NS publishes only the top 20 rows per group (year, sex), while "
                + "ON publishes every row with a count of 6 or more (up to 30 rows per group); "
                + "BC publishes every row with a count of 5 or more (up to 30 rows per group): "
                + "values of count below rank 20 cannot be compared.");
        List<JsonNode> shares = top.at("/evidence/datasets").values().stream().toList();
        assertThat(shares).extracting(d -> d.get("groups").asLong() + " " + d.get("medianRows").asLong() + " "
                + d.get("maxRows").asLong() + " " + d.get("cut").asBoolean())
                .containsExactly("8 20 21 true", "5 30 30 false", "5 29 30 false");
        assertThat(shares.get(0).get("share").asDouble()).isCloseTo(0.9920, within(5e-5));
        assertThat(shares.get(1).get("share").asDouble()).isCloseTo(0.9080, within(5e-5));
        assertThat(shares.get(2).get("share").asDouble()).isCloseTo(0.8737, within(5e-5));

        JsonNode births = dimension(report, "births-by-year-sex");
        assertThat(births.get("verdict").asString()).isEqualTo("caveats");
        assertThat(births.get("reason").asString()).isEqualTo("3 of 11 groups (year, sex) are in every dataset; over them, "
                + "the total variation distance between the distributions is NS–ON 0.041; NS–BC 0.037; ON–BC 0.011. "
                + "The sums add up the published rows only, and the smallest count published differs (NS 33; ON 6; BC 5): "
                + "each sum leaves out other rows, so neither the totals nor the shapes of the distributions compare exactly, "
                + "and the distances measure differences in what is published as much as in the data.");
        assertThat(births.at("/evidence/commonGroups").asInt()).isEqualTo(3);
        assertThat(births.at("/evidence/groups").size()).isEqualTo(11);
        assertThat(births.at("/evidence/groups/3").toString())
                .as("2002, F").isEqualTo("{\"key\":[\"2002\",\"F\"],\"values\":[1370,3666,820]}");
        assertThat(births.at("/evidence/groups/0").toString())
                .as("2000, F: Ontario only").isEqualTo("{\"key\":[\"2000\",\"F\"],\"values\":[null,3892,null]}");
        assertThat(births.at("/evidence/datasets").values()).extracting(d -> d.get("total").asLong())
                .containsExactly(12059L, 18338L, 4148L);
        List<JsonNode> distances = births.at("/evidence/distances").values().stream().toList();
        assertThat(distances.get(0).get("totalVariation").asDouble()).as("NS–ON").isCloseTo(0.0412, within(5e-5));
        assertThat(distances.get(1).get("totalVariation").asDouble()).as("NS–BC").isCloseTo(0.0366, within(5e-5));
        assertThat(distances.get(2).get("totalVariation").asDouble()).as("ON–BC").isCloseTo(0.0111, within(5e-5));

        JsonNode names = report.at("/fields/name");
        assertThat(names.values()).extracting(d -> d.at("/distinct/count").asLong() + " " + d.at("/distinct/exact").asBoolean()
                + " " + d.get("topFindings").toString())
                .containsExactly("47 true []", "39 true [\"placeholder-value\"]", "36 true [\"likely-mojibake\"]");
        assertThat(report.at("/fields/count").values()).extracting(d -> d.get("origin").asString() + " " + d.get("min").asString()
                + "–" + d.get("max").asString())
                .containsExactly("column 33–116", "column 6–260", "spread 5–53");
    }

    static Stream<Arguments> formatsAndLanguages() {
        List<Arguments> all = new ArrayList<>();
        for (String format : List.of("text", "json", "markdown", "html")) {
            for (Language language : Language.values()) {
                all.add(Arguments.of(format, language));
            }
        }
        return all.stream();
    }

    /** The key sentences of each verdict, as every format must show them. */
    private static final Map<Language, List<String>> SAYS = Map.of(
            Language.EN, List.of("NOT COMPARABLE", "COMPARABLE WITH CAVEATS",
                    "Only 2002 to 2004 is covered by every dataset",
                    "Only F is used by every dataset",
                    "NS publishes only the top 20 rows per group (year, sex)",
                    "values of count below rank 20 cannot be compared",
                    "NS–ON 0.041; NS–BC 0.037; ON–BC 0.011"),
            Language.FR, List.of("NON COMPARABLE", "COMPARABLE AVEC RÉSERVES",
                    "Seul l'intervalle de 2002 à 2004 est couvert par tous les jeux de données",
                    "Seul F est employé par tous les jeux de données",
                    "NS ne publie que les 20 premières lignes par groupe (year, sex)",
                    "les valeurs de count sous le rang 20 ne se comparent pas",
                    "NS–ON 0,041 ; NS–BC 0,037 ; ON–BC 0,011"));

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formatsAndLanguages")
    void everyFormatInBothLanguagesGivesTheVerdictsAndTheirReasons(String format, Language language) throws IOException {
        Path file = out.resolve("comparison." + format);
        Reports.Run run = compare("--format", format + "=" + file, "--lang", language.code());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).as("the verdicts on standard error").contains(
                language == Language.EN ? "top-20-share: NOT COMPARABLE" : "top-20-share : NON COMPARABLE");
        String written = Files.readString(file, StandardCharsets.UTF_8);
        String text = format.equals("html") ? written.replace("&#39;", "'") : written;
        if (format.equals("markdown")) {
            text = text.replace("\\_", "_");
        }
        List<String> says = SAYS.get(language);
        if (format.equals("json")) {
            says = says.subList(2, says.size());
        }
        assertThat(text.replaceAll("\\s+", " ")).as("sentences may be wrapped over lines").contains(says);
        if (format.equals("html")) {
            assertThat(written).contains("<html lang=\"" + language.code() + "\">", "Content-Security-Policy", "<polyline")
                    .doesNotContain("<script", "src=", "href=", "url(");
        }
        if (format.equals("json")) {
            assertThat(Reports.JSON.readTree(written).get("language").asString()).isEqualTo(language.code());
        }
    }

    @Test
    void theHarmonizedFileIsWhatHvdThenValidatesAsConformant() throws IOException {
        Path names = out.resolve("names.csv");
        List<String> args = new ArrayList<>(List.of("harmonize", "--standard", "newborn-names@1.0.0", "--output", names.toString(),
                "--lang", "en"));
        args.addAll(datasets());
        Reports.Run run = Reports.hvd(args);

        assertThat(run.exitCode()).as("rows with errors were rejected").isEqualTo(1);
        assertThat(run.err().lines().toList()).containsExactly(
                "NS (" + DIR.resolve("ns-top20.csv") + "): not conformant, 1 error, 0 warnings",
                "ON (" + DIR.resolve("on-girls.csv") + "): not conformant, 1 error, 0 warnings",
                "BC (" + DIR.resolve("bc-girls.csv") + "): not conformant, 1 error, 0 warnings",
                "453 rows written to " + names,
                "5 rows with errors written to " + out.resolve("names.rejects.csv"));
        List<String> lines = Files.readAllLines(names, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("jurisdiction,year,sex,name,count,source_dataset,source_file,source_line");
        assertThat(lines.get(1)).isEqualTo("NS,2001,F,EMMA,90,NS," + DIR.resolve("ns-top20.csv") + ",2");
        assertThat(lines).hasSize(1 + 453)
                .as("the wide file made long: one row per year of a name").contains(
                        "BC,2003,F,ABIGAIL,22,BC," + DIR.resolve("bc-girls.csv") + ",2",
                        "ON,2000,F,OLIVIA,260,ON," + DIR.resolve("on-girls.csv") + ",3");
        assertThat(Files.readAllLines(out.resolve("names.rejects.csv"), StandardCharsets.UTF_8)).containsExactly(
                "jurisdiction,year,sex,name,count,source_dataset,source_file,source_line,findings",
                "NS,2001,M,MATEO,80,NS," + DIR.resolve("ns-top20.csv") + ",32,duplicate-key",
                "ON,2003,F,BABY,158,ON," + DIR.resolve("on-girls.csv") + ",103,placeholder-value:name",
                "BC,2003,F,ZOÀ,26,BC," + DIR.resolve("bc-girls.csv") + ",7,likely-mojibake:name",
                "BC,2005,F,ZOÀ,23,BC," + DIR.resolve("bc-girls.csv") + ",7,likely-mojibake:name",
                "BC,2006,F,ZOÀ,52,BC," + DIR.resolve("bc-girls.csv") + ",7,likely-mojibake:name");

        Reports.Run validation = Reports.hvd(List.of("validate", names.toString(), "--standard", "newborn-names@1.0.0",
                "--format", "json", "--quiet", "--fail-on", "warning"));
        assertThat(validation.exitCode()).as("the harmonized file conforms, its lineage columns recognised").isZero();
        JsonNode dataset = Reports.JSON.readTree(validation.out()).get("datasets").get(0);
        assertThat(dataset.get("records").asLong()).isEqualTo(453);
        assertThat(dataset.get("findings").values()).isEmpty();
    }
}
