package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {

    @TempDir
    Path dir;

    private Path sample() throws IOException {
        Path file = dir.resolve("names.csv");
        Files.writeString(file, "jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,66\nNS,2019,F,EMMA,zero\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void outputWritesTheReportToTheFileAndNothingToStandardOutput() throws IOException {
        Path input = sample();
        Path report = dir.resolve("report.json");

        Cli.Result result = Cli.run("validate", input.toString(), "-s", "newborn-names", "--format", "json", "--output", report.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(report)).contains("\"reportVersion\" : 1", "\"code\" : \"type-mismatch\"");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("names.csv", "report.json");
        }
    }

    @Test
    void outputNeverOverwritesAnInputFile() throws IOException {
        Path input = sample();
        String before = Files.readString(input);

        Cli.Result result = Cli.run("validate", input.toString(), "-s", "newborn-names", "--output", input.toString(), "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("is an input file; hvd never writes over its inputs");
        assertThat(Files.readString(input)).isEqualTo(before);
    }

    @Test
    void anOutputInAMissingDirectoryFailsWithoutLeavingFiles() throws IOException {
        Path input = sample();
        Path report = dir.resolve("missing/report.txt");

        Cli.Result result = Cli.run("validate", input.toString(), "-s", "newborn-names", "--output", report.toString(), "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("cannot write " + report);
        assertThat(report).doesNotExist();
    }

    @Test
    void frenchReportsAreInFrench() throws IOException {
        Path input = sample();

        Cli.Result result = Cli.run("validate", input.toString(), "-s", "newborn-names", "--lang", "fr");

        assertThat(result.out()).contains("NON CONFORME", "La valeur n'est pas un nombre entier.", "ligne 3",
                "Résultat : NON CONFORME");
    }

    @Test
    void standardsListShowsBothBundledStandardsInBothLanguages() {
        assertThat(Cli.run("standards", "list", "--lang", "en").out())
                .contains("civic-addresses", "[1.0.0]", "Civic addresses", "newborn-names", "Newborn names");
        assertThat(Cli.run("standards", "list", "--lang", "fr").out())
                .contains("Adresses municipales", "Prénoms des nouveau-nés", "à l'essai");
    }

    @Test
    void standardsShowWithoutAnIdGivesEveryStandardWithItsVersionsBasisAndProfilesInBothLanguages() {
        Cli.Result en = Cli.run("standards", "show", "--lang", "en");
        Cli.Result fr = Cli.run("standards", "show", "--lang", "fr");

        assertThat(en.exitCode()).isZero();
        assertThat(en.out()).isEqualTo(Cli.run("standards", "list", "--lang", "en").out())
                .contains("  civic-addresses  [1.0.0, 1.1.0]  Civic addresses (trial)\n"
                        + "      based on (1.1.0): Open Database of Addresses (ODA), version 1.0\n"
                        + "      (Statistics Canada); National Address Register (Statistics Canada); Canada\n")
                .contains("  newborn-names  [1.0.0]  Newborn names (trial)\n"
                        + "      based on (1.0.0): NS Top Twenty Baby Names 1920-2016 (Nova Scotia Vital\n"
                        + "      Statistics); Ontario top baby names (female and male) (Office of the\n"
                        + "      Registrar General, Ontario); Most popular baby names for the past 100\n"
                        + "      years (British Columbia Vital Statistics Agency); Table 17-10-0147-01,\n"
                        + "      first names of newborns (Statistics Canada)\n"
                        + "      profiles: ab, bc, ns, on, qc, statcan\n")
                .contains("  federal-contracts  [1.0.0]  Federal contracts over $10,000 (draft)\n"
                        + "      based on (1.0.0): Proactive Publication - Contracts over $10,000: registry\n");
        assertThat(en.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(fr.out()).contains("  newborn-names  [1.0.0]  Prénoms des nouveau-nés (à l'essai)\n"
                        + "      fondée sur (1.0.0) : Les vingt prénoms les plus donnés en N.-É., 1920-2016\n",
                "      profils : ab, bc, ns, on, qc, statcan\n", "      profils : bdoa, geonb, nar, nscaf, oda, rqa\n");
    }

    @Test
    void aBrokenVersionInAStandardsDirectoryIsMarkedAndExplainedWhileEveryOtherIsListed() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("newborn-names/2.0.0"));
        Files.writeString(broken.resolve("standard.json"), "{\"broken\": \n");

        Cli.Result result = Cli.run("standards", "list", "--standards-dir", dir.toString(), "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).contains("  newborn-names  [1.0.0, 2.0.0 (cannot be used)]  Newborn names (trial)",
                "  civic-addresses  [1.0.0, 1.1.0]  Civic addresses (trial)", "  federal-contracts  [1.0.0]");
        assertThat(result.err()).isEqualTo("hvd: newborn-names@2.0.0 cannot be used: 1 problem in its definition.\n  "
                + broken.resolve("standard.json") + ": not valid JSON at line 2, column 1\n");
    }

    @Test
    void aBrokenVersionOlderThanAUsableOneIsMarkedToo() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("newborn-names/0.9.0"));
        Files.writeString(broken.resolve("standard.json"), "{\"broken\": \n");

        Cli.Result result = Cli.run("standards", "list", "--standards-dir", dir.toString(), "--lang", "fr");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).contains("  newborn-names  [0.9.0 (inutilisable), 1.0.0]  Prénoms des nouveau-nés (à l'essai)");
        assertThat(result.err()).startsWith("hvd : newborn-names@0.9.0 ");
    }

    @Test
    void standardsShowDescribesFieldsConstraintsAndCodeLists() {
        Cli.Result en = Cli.run("standards", "show", "newborn-names@1", "--lang", "en");
        Cli.Result fr = Cli.run("standards", "show", "newborn-names@1", "--lang", "fr");

        assertThat(en.exitCode()).isZero();
        assertThat(en.out()).contains("newborn-names@1.0.0 — Newborn names", "year — Year of birth",
                "required; a whole number; range ≥ 1900, ≤ 2100", "unique key: jurisdiction+year+sex+name",
                "Code list \"Sex\" (sex), 2 codes:", "F        Female");
        assertThat(fr.out()).contains("year — Année de naissance", "obligatoire ; un nombre entier ; plage ≥ 1900, ≤ 2100",
                "F        Féminin");
    }

    @Test
    @Timeout(60)
    void aNamedPipeIsWrittenToNotReplacedByAFile() throws Exception {
        Path input = sample();
        Path pipe = dir.resolve("reports.pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        Cli.Result result = Cli.run("validate", input.toString(), "-s", "newborn-names", "--format", "json=" + pipe);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(reader.get(30, TimeUnit.SECONDS)).startsWith("{").contains("\"code\" : \"type-mismatch\"");
        assertThat(Files.isRegularFile(pipe)).isFalse();
    }

    @Test
    void whenOneReportCannotBeWrittenNoneIsAndNothingIsValidated() throws IOException {
        Path input = sample();
        Path json = dir.resolve("report.json");
        Path sarif = dir.resolve("missing").resolve("report.sarif");

        Cli.Result result = Cli.run("validate", input.toString(), "-s", "newborn-names", "--lang", "en",
                "--format", "json=" + json, "--format", "sarif=" + sarif);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("hvd: cannot write " + sarif + ": the folder " + sarif.getParent() + " does not exist\n");
        assertThat(json).doesNotExist();
    }

    @Test
    void aReportThatDoesNotReachStandardOutputFailsTheRun() throws IOException {
        Path input = sample();
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();

        int code = HvdCommand.run(Cli.PLAIN, new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8)),
                new PrintWriter(err), "validate", input.toString(), "-s", "newborn-names", "--lang", "en", "-f", "json", "-q");

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("hvd: cannot write to standard output\n");
    }

    @Test
    void standardOutputAndErrorByAnyNameDescriptorsDevicesAndPipesAreStreamsAndLinksAreFiles() throws Exception {
        Path file = Files.writeString(dir.resolve("report.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("/dev/null"));
        Path pipe = dir.resolve("reports.pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();

        assertThat(List.of("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")).allSatisfy(
                name -> assertThat(OutputFile.kind(Path.of(name))).as(name).isEqualTo(OutputFile.Kind.STDOUT));
        assertThat(List.of("/dev/stderr", "/dev/fd/2")).allSatisfy(
                name -> assertThat(OutputFile.kind(Path.of(name))).as(name).isEqualTo(OutputFile.Kind.STDERR));
        assertThat(OutputFile.kind(Path.of("/dev/fd/63"))).as("a process substitution").isEqualTo(OutputFile.Kind.STREAM);
        assertThat(OutputFile.kind(Path.of("/dev/null"))).isEqualTo(OutputFile.Kind.STREAM);
        assertThat(OutputFile.kind(pipe)).isEqualTo(OutputFile.Kind.STREAM);
        assertThat(OutputFile.kind(file)).isEqualTo(OutputFile.Kind.FILE);
        assertThat(OutputFile.kind(dir.resolve("new.json"))).isEqualTo(OutputFile.Kind.FILE);
        assertThat(OutputFile.kind(link)).as("a link is replaced, never written through").isEqualTo(OutputFile.Kind.FILE);
    }

    @Test
    void aBrokenPipeOnStandardOutputIsQuietButAFullDiskIsNot() throws IOException {
        OutputStream closedPipe = failing("Broken pipe");
        OutputStream fullDisk = failing("No space left on device");
        HvdCommand.StandardOutput quiet = new HvdCommand.StandardOutput(closedPipe);
        HvdCommand.StandardOutput loud = new HvdCommand.StandardOutput(fullDisk);

        quiet.write("report".getBytes(StandardCharsets.UTF_8));
        quiet.write('x');
        quiet.flush();

        assertThatThrownBy(() -> loud.write("report".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");
    }

    private static OutputStream failing(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                throw new IOException(reason);
            }
        };
    }
}
