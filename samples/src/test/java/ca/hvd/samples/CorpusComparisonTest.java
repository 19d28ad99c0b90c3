package ca.hvd.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code hvd compare} and {@code hvd harmonize} on the real Nova Scotia, Ontario (girls) and British
 * Columbia (girls) files of the corpus ({@code ../../shared/corpus}), held to figures computed by
 * hand (a Python script that parses the files on its own): the years each covers, the smallest
 * count each publishes, how many names per year and sex, the share of the top 20, the births per
 * year and sex and the total variation distances between them. Skipped where the corpus is absent.
 */
@EnabledIf(value = "ca.hvd.samples.CorpusTest#corpusPresent",
        disabledReason = "the corpus of real published files (../../shared/corpus) is not on this machine")
class CorpusComparisonTest {

    private static final Path NAMES = CorpusTest.CORPUS.resolve("newborn-names");

    @TempDir
    Path out;

    private static List<String> datasets() {
        return List.of("NS=" + NAMES.resolve("NS_Top_Twenty_Baby_Names_-_1920-2016.csv") + "#profile=ns",
                "ON=" + NAMES.resolve("ontario_top_baby_names_female_1917-2019_en_fr.csv") + "#profile=on&sex=F",
                "BC=" + NAMES.resolve("bc-popular-girls-names.csv") + "#profile=bc&sex=F");
    }

    private static Map<String, JsonNode> dimensions(JsonNode report) {
        Map<String, JsonNode> byId = new TreeMap<>();
        report.get("dimensions").values().forEach(dimension -> byId.put(dimension.get("id").asString(), dimension));
        return byId;
    }

    @Test
    void novaScotiaOntarioAndBritishColumbiaCompareAsCheckedByHand() {
        List<String> args = new ArrayList<>(List.of("compare", "--standard", "newborn-names@1.0.0", "--format", "json",
                "--lang", "en", "--quiet"));
        args.addAll(datasets());
        Reports.Run run = Reports.hvd(args);

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = Reports.JSON.readTree(run.out());
        Map<String, JsonNode> dimensions = dimensions(report);
        assertThat(dimensions).hasSize(5);
        assertThat(report.get("datasets").values()).extracting(d -> d.get("label").asString() + " " + d.get("rows").asLong())
                .as("BC: 2,493 names spread over 100 years make 42,967 counts that are not 0")
                .containsExactly("NS 3905", "ON 86388", "BC 42967");

        JsonNode years = dimensions.get("years-covered");
        assertThat(years.get("verdict").asString()).isEqualTo("caveats");
        assertThat(years.get("reason").asString()).isEqualTo("Covered: NS 1920–2016; ON 1913–2019; BC 1915–2014. "
                + "Only 1920 to 2014 is covered by every dataset: compare within it.");

        JsonNode sexes = dimensions.get("sex-codes");
        assertThat(sexes.get("verdict").asString()).isEqualTo("caveats");
        assertThat(sexes.at("/evidence/datasets/0/codes").toString())
                .isEqualTo("[{\"code\":\"F\",\"rows\":1954},{\"code\":\"M\",\"rows\":1951}]");

        JsonNode smallest = dimensions.get("smallest-count");
        assertThat(smallest.get("verdict").asString()).isEqualTo("caveats");
        assertThat(smallest.at("/evidence/datasets").values())
                .extracting(d -> d.get("min").asString() + " " + d.get("groups").asLong() + " " + d.get("groupsAtMin").asLong()
                        + " " + d.get("largestGroupMinimum").asLong())
                .as("NS's smallest count varies from 22 to 133 by year and sex (a cut by rank); Ontario's is 6 in 106 "
                        + "of 107 years (names given fewer than 6 times left out), British Columbia's 5 in every year")
                .containsExactly("22 192 1 133", "6 107 106 7", "5 100 100 5");

        JsonNode top = dimensions.get("top-20-share");
        assertThat(top.get("verdict").asString()).isEqualTo("not-comparable");
        assertThat(top.get("reason").asString()).isEqualTo("NS publishes only the top 20 rows per group (year, sex), while "
                + "ON publishes every row with a count of 6 or more (up to 1,601 rows per group); "
                + "BC publishes every row with a count of 5 or more (up to 787 rows per group): "
                + "values of count below rank 20 cannot be compared.");
        List<JsonNode> shares = top.at("/evidence/datasets").values().stream().toList();
        assertThat(shares).extracting(d -> d.get("groups").asLong() + " " + d.get("medianRows").asLong() + " "
                + d.get("maxRows").asLong() + " " + d.get("cut").asBoolean())
                .as("NS lacks the girls of 1942 and the boys of 1984: 192 groups, not 194")
                .containsExactly("192 20 40 true", "107 808 1601 false", "100 442 787 false");
        assertThat(shares.get(0).get("share").asDouble()).isCloseTo(0.9909, within(5e-5));
        assertThat(shares.get(1).get("share").asDouble()).isCloseTo(0.3356, within(5e-5));
        assertThat(shares.get(2).get("share").asDouble()).isCloseTo(0.3059, within(5e-5));

        JsonNode births = dimensions.get("births-by-year-sex");
        assertThat(births.get("verdict").asString()).isEqualTo("caveats");
        assertThat(births.at("/evidence/commonGroups").asInt()).as("girls of 1920–2014 but 1942").isEqualTo(94);
        assertThat(births.at("/evidence/groups").size()).isEqualTo(203);
        assertThat(births.at("/evidence/datasets").values()).extracting(d -> d.get("total").asLong())
                .containsExactly(482_954L, 5_067_299L, 1_153_954L);
        List<JsonNode> distances = births.at("/evidence/distances").values().stream().toList();
        assertThat(distances.get(0).get("totalVariation").asDouble()).as("NS–ON").isCloseTo(0.2073, within(5e-5));
        assertThat(distances.get(1).get("totalVariation").asDouble()).as("NS–BC").isCloseTo(0.2782, within(5e-5));
        assertThat(distances.get(2).get("totalVariation").asDouble()).as("ON–BC").isCloseTo(0.0759, within(5e-5));

        assertThat(report.at("/fields/name").values()).extracting(d -> d.at("/distinct/count").asLong())
                .containsExactly(266L, 4787L, 2493L);
    }

    @Test
    void theHarmonizedRealFilesValidateAsConformantAndTheRejectsAreTheRealDefects() throws IOException {
        Path merged = out.resolve("names.csv");
        List<String> args = new ArrayList<>(List.of("harmonize", "--standard", "newborn-names@1.0.0", "-o", merged.toString(),
                "--lang", "en", "--quiet"));
        args.addAll(datasets());
        Reports.Run run = Reports.hvd(args);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        Map<String, Integer> rejected = new TreeMap<>();
        List<String> rejects = Files.readAllLines(out.resolve("names.rejects.csv"), StandardCharsets.UTF_8);
        for (String line : rejects.subList(1, rejects.size())) {
            rejected.merge(line.substring(line.lastIndexOf(',') + 1), 1, Integer::sum);
        }
        assertThat(rejected).as("NS's repeated 1942 boys and PETER of 1960; Ontario's placeholder names; the 58 counts of "
                + "British Columbia's 10 garbled names").containsExactlyInAnyOrderEntriesOf(
                Map.of("duplicate-key", 21, "placeholder-value:name", 174, "likely-mojibake:name", 58));

        Reports.Run validation = Reports.hvd(List.of("validate", merged.toString(), "--standard", "newborn-names@1.0.0",
                "--format", "json", "--quiet"));
        assertThat(validation.exitCode()).isZero();
        JsonNode dataset = Reports.JSON.readTree(validation.out()).get("datasets").get(0);
        assertThat(dataset.get("records").asLong()).as("3,884 + 86,214 + 42,909").isEqualTo(133_007);
        assertThat(dataset.get("findings").values()).as("the lineage columns are recognised").isEmpty();
    }
}
