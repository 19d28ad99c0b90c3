package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.i18n.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExitCodeTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aConformantFileExitsWithZero() throws IOException {
        Path file = write("ok.csv", "jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,66\n");

        Cli.Result result = Cli.run("validate", file.toString(), "--standard", "newborn-names", "--lang", "en");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("CONFORMANT", "1 record,");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aFileWithErrorsExitsWithOne() throws IOException {
        Path file = write("bad.csv", "jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,zero\n");

        Cli.Result result = Cli.run("validate", file.toString(), "-s", "newborn-names@1.0.0", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("NOT CONFORMANT", "type-mismatch", "line 2", "\"zero\"");
    }

    @Test
    void warningsFailOnlyWhenFailOnIsWarning() throws IOException {
        Path file = write("spaces.csv", "jurisdiction,year,sex,name,count\nNS,2019,F, OLIVIA ,66\n");

        assertThat(Cli.run("validate", file.toString(), "-s", "newborn-names").exitCode()).isZero();
        assertThat(Cli.run("validate", file.toString(), "-s", "newborn-names", "--fail-on", "warning").exitCode()).isEqualTo(1);
        assertThat(Cli.run("validate", file.toString(), "-s", "newborn-names", "--fail-on", "WARNING").exitCode()).isEqualTo(1);
    }

    @Test
    void neverFailingLevelExitsWithZeroDespiteErrors() throws IOException {
        Path file = write("bad.csv", "jurisdiction,year,sex,name,count\nXX,2019,F,OLIVIA,zero\n");

        Cli.Result result = Cli.run("validate", file.toString(), "-s", "newborn-names", "--fail-on", "never");

        assertThat(result.exitCode()).isZero();
    }

    @Test
    void theWorstFileDecidesTheExitCode() throws IOException {
        Path good = write("good.csv", "jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,66\n");
        Path bad = write("bad.csv", "jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,0\n");

        Cli.Result result = Cli.run("validate", good.toString(), bad.toString(), "-s", "newborn-names", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains(good.toString(), bad.toString(), "1 of 2 files not conformant");
    }

    @Test
    void missingRequiredOptionsAreUsageErrors() {
        Cli.Result result = Cli.run("validate", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("missing: --standard, FILE", "hvd validate --help");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result result = Cli.run("validate", "x.csv", "-s", "newborn-names", "--bogus", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown argument: --bogus");
    }

    @Test
    void anInvalidEnumValueListsTheAcceptedValues() {
        Cli.Result result = Cli.run("validate", "x.csv", "-s", "newborn-names", "--fail-on", "sometimes", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("invalid value 'sometimes' for --fail-on (expected: error, warning, never)");
    }

    @Test
    void aMalformedStandardSelectorIsAUsageError() {
        Cli.Result result = Cli.run("validate", "x.csv", "-s", "Newborn Names", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'Newborn Names' does not name a standard");
    }

    @Test
    void theRootCommandWithoutASubcommandIsAUsageError() {
        Cli.Result result = Cli.run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Usage: hvd", "validate", "standards");
    }

    @Test
    void aMissingInputFileExitsWithThree() {
        Cli.Result result = Cli.run("validate", dir.resolve("absent.csv").toString(), "-s", "newborn-names", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("absent.csv does not exist.");
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aDirectoryAsInputExitsWithThree() {
        Cli.Result result = Cli.run("validate", dir.toString(), "-s", "newborn-names", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("is a directory, not a file.");
    }

    @Test
    void anUnknownStandardExitsWithThreeAndListsTheAvailableOnes() throws IOException {
        Path file = write("ok.csv", "a\n1\n");

        Cli.Result result = Cli.run("validate", file.toString(), "-s", "baby-names", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("No standard is named baby-names; available: civic-addresses, federal-contracts, newborn-names.");
    }

    @Test
    void anUnknownVersionExitsWithThreeAndListsTheVersions() throws IOException {
        Path file = write("ok.csv", "a\n1\n");

        Cli.Result result = Cli.run("validate", file.toString(), "-s", "newborn-names@9", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("No version of newborn-names matches newborn-names@9; available: 1.0.0.");
    }

    @Test
    void aBrokenStandardNamesTheFileAndThePlaceOfEachProblem() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("standards/tiny/1.0.0"));
        Files.writeString(folder.resolve("standard.json"), """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "urn:hvd:standard:tiny:1.0.0",
                  "type": "object",
                  "hvd": {"formatVersion": 1, "id": "tiny", "version": "1.0.0",
                          "title": {"en": "Tiny"},
                          "basedOn": [{"title": {"en": "x", "fr": "x"}, "publisher": "p"}]},
                  "properties": {"n": {"type": "string", "minimum": 1, "hvd": {"title": {"en": "N", "fr": "N"}}}}
                }
                """);
        Path file = write("ok.csv", "n\n1\n");

        Cli.Result result = Cli.run("validate", file.toString(), "-s", "tiny", "--standards-dir",
                dir.resolve("standards").toString(), "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err())
                .contains("tiny@1.0.0 cannot be used: 2 problems in its definition.")
                .contains(folder.resolve("standard.json") + " /hvd/title/fr: a required property is missing")
                .contains("/properties/n/minimum: this keyword is not allowed with this type of field");
    }

    @Test
    void anInternalErrorExitsWithFourAndHidesTheStackTraceUnlessVerbose() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine commandLine = HvdCommand.configure(
                new picocli.CommandLine(new HvdCommand(Environment.system())).addSubcommand("explode", new Exploding()),
                ca.hvd.core.i18n.Language.EN, new java.io.PrintWriter(out), new java.io.PrintWriter(err, true));

        int quiet = commandLine.execute("explode");
        String quietErr = err.toString();
        int verbose = commandLine.execute("explode", "--verbose");

        assertThat(quiet).isEqualTo(4);
        assertThat(quietErr).contains("hvd: internal error: java.lang.IllegalStateException: boom", "--verbose")
                .doesNotContain("\tat ");
        assertThat(verbose).isEqualTo(4);
        assertThat(err.toString().substring(quietErr.length())).contains("\tat ");
    }

    @picocli.CommandLine.Command(name = "explode")
    static final class Exploding implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Mixin
        VerboseOption verbose;

        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void runningOutOfMemoryNamesOnlyOptionsTheCommandHas() {
        PrintWriter none = new PrintWriter(new StringWriter());
        CommandLine.ParseResult compare = HvdCommand.commandLine(Language.EN, none, none)
                .parseArgs("compare", "-s", "newborn-names", "a.csv", "b.csv");
        CommandLine.ParseResult validate = HvdCommand.commandLine(Language.FR, none, none)
                .parseArgs("validate", "a.csv", "-s", "newborn-names");

        assertThat(HvdCommand.outOfMemory(HvdCommand.texts(Language.EN), compare, 256L << 20))
                .isEqualTo("hvd: out of memory (the Java heap is 256 MB). Give Java more memory, e.g. JAVA_OPTS=-Xmx2g bin/hvd …");
        assertThat(HvdCommand.outOfMemory(HvdCommand.texts(Language.FR), validate, 256L << 20))
                .isEqualTo("hvd : mémoire épuisée (le tas Java fait 256 Mo). De nombreux exemples gardés par constat "
                        + "(--max-examples) ou des limites de lecture relevées bien au-delà de leurs valeurs par défaut "
                        + "(--max-field-size, --max-record-size) en demandent davantage. Donnez plus de mémoire à Java, "
                        + "p. ex. JAVA_OPTS=-Xmx2g bin/hvd …");
    }
}
