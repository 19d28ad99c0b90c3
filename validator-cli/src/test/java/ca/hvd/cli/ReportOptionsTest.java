package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format FORMAT[=FILE]}, {@code --output}, {@code --quiet} and what goes to which stream. */
class ReportOptionsTest {

    @TempDir
    Path dir;

    private Path names() throws IOException {
        Path file = dir.resolve("names.csv");
        Files.writeString(file, "jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,66\nNS,2019,F,EMMA,zero\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private static final String SUMMARY_EN = ": NOT CONFORMANT · 1 error, 0 warnings, 0 info (fails on: error)";

    @Test
    void eachFormatGoesToItsOwnFileAndTheOneWithoutAFileToStandardOutput() throws IOException {
        Path input = names();
        Path json = dir.resolve("report.json");
        Path sarif = dir.resolve("hvd.sarif");

        Cli.Result result = Cli.run("validate", input.toString(), "-s", "newborn-names", "--lang", "en",
                "--format", "json=" + json, "-f", "sarif=" + sarif, "--format", "markdown");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).startsWith("# Conformance report: Newborn names\n")
                .contains("| error | `type-mismatch` Wrong type | count | 1 | The value is not a whole number. | line 3: \"zero\" |");
        assertThat(Files.readString(json)).contains("\"reportVersion\" : 1");
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"");
        assertThat(result.err().lines()).containsExactly(
                "json report written to " + json,
                "sarif report written to " + sarif,
                input + SUMMARY_EN,
                "Result: NOT CONFORMANT (1 of 1 file not conformant).");
    }

    @Test
    void outputTakesTheOneFormatGivenWithoutAFile() throws IOException {
        Path input = names();
        Path junit = dir.resolve("junit.xml");
        Path html = dir.resolve("report.html");

        Cli.Result result = Cli.run("validate", input.toString(), "-s", "newborn-names", "--lang", "fr",
                "--format", "junit", "--format", "html=" + html, "--output", junit.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(junit)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
        assertThat(Files.readString(html)).contains("<html lang=\"fr\">", "Résultat : NON CONFORME");
        assertThat(result.err().lines()).containsExactly(
                "rapport au format junit écrit dans " + junit,
                "rapport au format html écrit dans " + html,
                input + " : NON CONFORME · 1 erreur, 0 avertissement, 0 info (échec à partir de : erreur)",
                "Résultat : NON CONFORME (1 fichier non conforme sur 1).");
    }

    @Test
    void theTextReportAloneOnStandardOutputIsNotRepeatedOnStandardError() throws IOException {
        Cli.Result result = Cli.run("validate", names().toString(), "-s", "newborn-names", "--lang", "en");

        assertThat(result.out()).contains("NOT CONFORMANT", "Result: NOT CONFORMANT (1 of 1 file not conformant).");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theTextReportInAFileIsSummarisedOnStandardError() throws IOException {
        Path input = names();
        Path text = dir.resolve("report.txt");

        Cli.Result result = Cli.run("validate", input.toString(), "-s", "newborn-names", "--lang", "en", "-o", text.toString());

        assertThat(Files.readString(text)).contains("type-mismatch");
        assertThat(result.err().lines()).containsExactly("text report written to " + text, input + SUMMARY_EN,
                "Result: NOT CONFORMANT (1 of 1 file not conformant).");
    }

    @Test
    void quietLeavesStandardErrorForErrorsOnly() throws IOException {
        Cli.Result result = Cli.run("validate", names().toString(), "-s", "newborn-names", "--format", "json", "--quiet");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("\"reportVersion\" : 1");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void twoReportsForStandardOutputAreAUsageError() throws IOException {
        Cli.Result result = Cli.run("validate", names().toString(), "-s", "newborn-names", "--lang", "en",
                "--format", "json", "--format", "sarif");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("hvd: several reports would go to standard output (json, sarif); "
                + "give all but one a file, e.g. --format sarif=FILE");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void outputWithoutAReportLeftForItIsAUsageError() throws IOException {
        Cli.Result none = Cli.run("validate", names().toString(), "-s", "newborn-names", "--lang", "en",
                "--format", "json=" + dir.resolve("a.json"), "--output", dir.resolve("b.json").toString());
        Cli.Result several = Cli.run("validate", names().toString(), "-s", "newborn-names", "--lang", "en",
                "--format", "json", "--format", "sarif", "--output", dir.resolve("b.json").toString());

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--output has no report to write: every --format names its own file");
        assertThat(several.exitCode()).isEqualTo(2);
        assertThat(several.err()).contains("--output can take only one report, but json, sarif have no file");
        assertThat(dir.resolve("a.json")).doesNotExist();
    }

    @Test
    void twoReportsInOneFileAreAUsageError() throws IOException {
        Path same = dir.resolve("same.out");

        Cli.Result result = Cli.run("validate", names().toString(), "-s", "newborn-names", "--lang", "en",
                "--format", "json=" + same, "--format", "html=" + same);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("two reports would be written to " + same);
        assertThat(same).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheFormatsInBothLanguages() throws IOException {
        Cli.Result en = Cli.run("validate", names().toString(), "-s", "newborn-names", "--lang", "en", "--format", "pdf");
        Cli.Result fr = Cli.run("validate", names().toString(), "-s", "newborn-names", "--lang", "fr", "--format", "pdf=x.pdf");

        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).contains("invalid value 'pdf' for --format (expected: FORMAT or FORMAT=FILE, "
                + "where FORMAT is one of text, json, markdown, html, junit, sarif)");
        assertThat(fr.exitCode()).isEqualTo(2);
        assertThat(fr.err()).contains("valeur invalide « pdf=x.pdf » pour --format (attendu : FORMAT ou FORMAT=FICHIER, "
                + "où FORMAT est l'un de text, json, markdown, html, junit, sarif)");
    }

    @Test
    void aReportNeverOverwritesAnInputFile() throws IOException {
        Path input = names();
        String before = Files.readString(input);

        Cli.Result result = Cli.run("validate", input.toString(), "-s", "newborn-names", "--lang", "en",
                "--format", "sarif=" + input);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("is an input file; hvd never writes over its inputs");
        assertThat(Files.readString(input)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(input);
        }
    }

    @Test
    void textIsColouredOnATerminalUnlessNoColourIsSetOrTheTerminalIsDumb() throws IOException {
        String input = names().toString();
        String[] args = {"validate", input, "-s", "newborn-names", "--lang", "en"};

        String terminal = Cli.run(new Environment(java.util.Map.of(), true), args).out();
        String emptyNoColour = Cli.run(new Environment(java.util.Map.of("NO_COLOR", ""), true), args).out();
        String noColour = Cli.run(new Environment(java.util.Map.of("NO_COLOR", "1"), true), args).out();
        String dumb = Cli.run(new Environment(java.util.Map.of("TERM", "dumb"), true), args).out();
        String pipe = Cli.run(args).out();

        assertThat(terminal).contains("\u001B[1m\u001B[31mNOT CONFORMANT\u001B[0m");
        assertThat(emptyNoColour).as("an empty NO_COLOR does not count").isEqualTo(terminal);
        assertThat(noColour).isEqualTo(pipe).doesNotContain("\u001B");
        assertThat(dumb).isEqualTo(pipe);
        assertThat(terminal.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(pipe);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "fr"})
    void theHelpOfValidateShowsTheReportSyntaxWithExamples(String lang) {
        Cli.Result result = Cli.run("validate", "--help", "--lang", lang);

        assertThat(result.out()).contains("-f, --format=FORMAT[=FILE]", "-o, --output=FILE", "--severity=CODE=LEVEL",
                "-q, --quiet",
                "hvd validate a.csv b.csv -s newborn-names -f sarif=hvd.sarif -f junit=j.xml");
        assertThat(result.out().replaceAll("\\s+", " ")).contains("text, json, markdown, html, junit");
        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void onlyTheTextReportIsEverColoured() throws IOException {
        Cli.Result result = Cli.run(new Environment(java.util.Map.of(), true), "validate", names().toString(),
                "-s", "newborn-names", "--format", "markdown");

        assertThat(result.out()).doesNotContain("\u001B");
    }
}
