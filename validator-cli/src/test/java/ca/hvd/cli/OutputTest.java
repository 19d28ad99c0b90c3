package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
    void standardsShowDescribesFieldsConstraintsAndCodeLists() {
        Cli.Result en = Cli.run("standards", "show", "newborn-names@1", "--lang", "en");
        Cli.Result fr = Cli.run("standards", "show", "newborn-names@1", "--lang", "fr");

        assertThat(en.exitCode()).isZero();
        assertThat(en.out()).contains("newborn-names@1.0.0 — Newborn names", "year — Year of birth",
                "required; a whole number; range ≥ 1900, ≤ 2100", "unique key: jurisdiction+year+sex+name",
                "Code list \"Sex\" (sex), 2 codes:", "F        Female");
        assertThat(fr.out()).contains("year — Année de naissance", "obligatoire; un nombre entier; plage ≥ 1900, ≤ 2100",
                "F        Féminin");
    }
}
