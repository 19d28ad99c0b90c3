package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.report.render.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report holds no more of the data than the capped examples of its findings: a file whose every
 * cell is a distinct secret-looking value gives reports, in every format, in which each secret is
 * an example of a finding, and each finding key shows at most {@code --max-examples} of them.
 */
class SecretValuesTest {

    private static final Pattern SECRET = Pattern.compile("SECRET-[A-Z]-\\d{4}");
    private static final int ROWS = 60;
    private static final int EXAMPLES = 2;

    @TempDir
    static Path dir;

    /** Per finding key, the secrets the JSON report keeps as examples. */
    static List<Set<String>> examplesPerKey = new ArrayList<>();
    static Set<String> examples = new HashSet<>();

    @BeforeAll
    static void validateAFileOfSecrets() throws IOException {
        StringBuilder csv = new StringBuilder("jurisdiction,year,sex,name,count,notes\n");
        for (int i = 1; i <= ROWS; i++) {
            String n = String.format("%04d", i);
            csv.append(String.join(",", "SECRET-J-" + n, "SECRET-Y-" + n, "SECRET-S-" + n, "SECRET-N-" + n,
                    "SECRET-C-" + n, "SECRET-X-" + n)).append('\n');
        }
        Path input = Files.writeString(dir.resolve("secrets.csv"), csv, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("validate", input.toString(), "-s", "newborn-names", "--lang", "en",
                "--max-examples", String.valueOf(EXAMPLES), "--quiet"));
        for (ReportFormat format : ReportFormat.values()) {
            args.add("--format");
            args.add(format.label() + "=" + dir.resolve("report." + format.label()));
        }

        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        JsonNode report = JsonMapper.builder().build().readTree(dir.resolve("report.json").toFile());
        for (JsonNode finding : report.get("datasets").get(0).get("findings").values()) {
            Set<String> kept = new HashSet<>();
            for (JsonNode example : finding.get("examples").values()) {
                kept.addAll(secrets(example.toString()));
            }
            examplesPerKey.add(kept);
            examples.addAll(kept);
        }
    }

    private static Set<String> secrets(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = SECRET.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void eachFindingKeyKeepsAtMostMaxExamplesSecrets() {
        assertThat(examplesPerKey).isNotEmpty().allSatisfy(kept -> assertThat(kept).hasSizeLessThanOrEqualTo(EXAMPLES));
        assertThat(examples).hasSizeLessThanOrEqualTo(examplesPerKey.size() * EXAMPLES).hasSizeLessThan(ROWS);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void everyFormatShowsNoSecretButTheExamplesOfItsFindings(ReportFormat format) throws IOException {
        String written = Files.readString(dir.resolve("report." + format.label()));

        Set<String> shown = secrets(written);

        assertThat(shown).as("secrets in the %s report", format.label()).isSubsetOf(examples);
        assertThat(shown).as("the unchecked column's values").noneMatch(secret -> secret.startsWith("SECRET-X-"));
    }
}
