package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --severity CODE=LEVEL} changes what a finding weighs in one run. */
class SeverityOptionTest {

    @TempDir
    Path dir;

    private String spaces() throws IOException {
        Path file = dir.resolve("spaces.csv");
        Files.writeString(file, "jurisdiction,year,sex,name,count\nNS,2019,F, OLIVIA ,66\nNS,2019,F,EMMA,zero\n",
                StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void aWarningRaisedToAnErrorFailsTheFile() throws IOException {
        Cli.Result result = Cli.run("validate", spaces(), "-s", "newborn-names", "--format", "json", "-q",
                "--severity", "leading-trailing-space=error", "--severity", "type-mismatch=info");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().replaceAll("\\s+", " "))
                .contains("\"code\" : \"leading-trailing-space\", \"severity\" : \"error\"")
                .contains("\"code\" : \"type-mismatch\", \"severity\" : \"info\"")
                .contains("\"counts\" : { \"error\" : 1, \"warning\" : 0, \"info\" : 1 }");
    }

    @Test
    void loweringTheOnlyErrorMakesTheFileConformant() throws IOException {
        Cli.Result result = Cli.run("validate", spaces(), "-s", "newborn-names", "--lang", "en",
                "--severity", "TYPE-MISMATCH=warning".toLowerCase(java.util.Locale.ROOT));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("  CONFORMANT  0 errors, 2 warnings, 0 info (fails on: error)");
    }

    @Test
    void aCodeTurnedOffIsNeitherCountedNorShown() throws IOException {
        Cli.Result result = Cli.run("validate", spaces(), "-s", "newborn-names", "--lang", "en", "--format", "sarif",
                "--severity", "type-mismatch=off", "--severity", "leading-trailing-space=OFF", "-q");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain("\"ruleId\" : \"type-mismatch\"", "\"ruleId\" : \"leading-trailing-space\"")
                .contains("\"results\" : [ ]");
        assertThat(result.out().replaceAll("\\s+", " ")).as("the run says what it turned off")
                .contains("\"severityOverrides\" : { \"type-mismatch\" : \"off\", \"leading-trailing-space\" : \"off\" }");
    }

    @Test
    void everyReportSaysWhichSeveritiesTheRunChanged() throws IOException {
        for (String language : new String[] {"en", "fr"}) {
            Path json = dir.resolve("r-" + language + ".json");
            Path text = dir.resolve("r-" + language + ".txt");
            Path junit = dir.resolve("r-" + language + ".xml");
            Cli.Result result = Cli.run("validate", spaces(), "-s", "newborn-names", "--lang", language,
                    "--severity", "leading-trailing-space=off", "--severity", "type-mismatch=info",
                    "-f", "json=" + json, "-f", "text=" + text, "-f", "junit=" + junit, "-q");

            assertThat(result.exitCode()).isZero();
            assertThat(Files.readString(json).replaceAll("\\s+", " "))
                    .contains("\"severityOverrides\" : { \"type-mismatch\" : \"info\", \"leading-trailing-space\" : \"off\" }");
            String heading = String.join(" ", Files.readString(text).lines().takeWhile(line -> !line.isEmpty()).toList());
            assertThat(heading).endsWith(language.equals("en")
                    ? " · severities changed: type-mismatch=info, leading-trailing-space=off"
                    : " · gravités changées : type-mismatch=info, leading-trailing-space=off");
            assertThat(Files.readString(junit))
                    .contains("<property name=\"severityOverrides\" value=\"type-mismatch=info, leading-trailing-space=off\"/>");
        }
    }

    @Test
    void anUnknownCodeIsAUsageErrorListingTheCodes() throws IOException {
        Cli.Result en = Cli.run("validate", spaces(), "-s", "newborn-names", "--lang", "en", "--severity", "typo=error");
        Cli.Result fr = Cli.run("validate", spaces(), "-s", "newborn-names", "--lang", "fr", "--severity", "typo=error");

        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).contains("unknown finding code 'typo' for --severity; the codes are: encoding-fallback, encoding-mismatch, "
                + "empty-file, no-records", "rule-violation, duplicate-key");
        assertThat(fr.exitCode()).isEqualTo(2);
        assertThat(fr.err()).contains("code de constat inconnu « typo » pour --severity ; les codes sont : encoding-fallback");
    }

    @Test
    void anUnknownLevelIsAUsageError() throws IOException {
        Cli.Result level = Cli.run("validate", spaces(), "-s", "newborn-names", "--lang", "en", "--severity", "blank-row=fatal");
        Cli.Result shape = Cli.run("validate", spaces(), "-s", "newborn-names", "--lang", "en", "--severity", "blank-row");

        assertThat(level.exitCode()).isEqualTo(2);
        assertThat(level.err()).contains("invalid value 'blank-row=fatal' for --severity (expected: CODE=LEVEL, "
                + "where LEVEL is error, warning, info or off)");
        assertThat(shape.exitCode()).isEqualTo(2);
        assertThat(shape.err()).contains("invalid value 'blank-row' for --severity");
    }
}
