package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No report is ever written over an input, whatever name the input goes by, and a report is never
 * written through a link: the input stays byte for byte what it was.
 */
class OutputSafetyTest {

    private static final String DATA = "jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,66\nNS,2019,F,EMMA,zero\n";

    @TempDir
    Path dir;

    private Path input;

    @BeforeEach
    void setUp() throws IOException {
        input = Files.writeString(dir.resolve("names.csv"), DATA, StandardCharsets.UTF_8);
    }

    private Cli.Result validate(String... more) {
        String[] args = Stream.concat(Stream.of("validate", input.toString(), "-s", "newborn-names", "--lang", "en"),
                Stream.of(more)).toArray(String[]::new);
        return Cli.run(args);
    }

    private void assertRefusedAndInputUntouched(Cli.Result result, Path target) throws IOException {
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains(target + " is an input file; hvd never writes over its inputs");
        assertThat(Files.readString(input)).isEqualTo(DATA);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aSymbolicLinkToAnInputIsRefusedAsThatInput() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), input);

        assertRefusedAndInputUntouched(validate("--format", "json", "--output", link.toString()), link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aHardLinkToAnInputIsRefusedAsThatInput() throws IOException {
        Path link = Files.createLink(dir.resolve("report.html"), input);

        assertRefusedAndInputUntouched(validate("--format", "html=" + link), link);
    }

    @Test
    void anInputNamedAnotherWayIsRefused() throws IOException {
        Path other = dir.resolve("sub/../names.csv");
        Files.createDirectories(dir.resolve("sub"));

        assertRefusedAndInputUntouched(validate("--format", "text=" + other), other);
    }

    @Test
    void aTargetThatIsALinkToAnotherFileIsReplacedNotWrittenThrough() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("keep.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), elsewhere);

        Cli.Result result = validate("--output", link.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(Files.readString(elsewhere)).isEqualTo("keep me");
        assertThat(Files.isSymbolicLink(link)).as("the link was replaced by the report").isFalse();
        assertThat(Files.readString(link)).contains("NOT CONFORMANT");
    }

    @Test
    void aReportInsideAStandardsDirectoryIsRefused() throws IOException {
        Path standards = Files.createDirectories(dir.resolve("standards"));
        Path target = standards.resolve("report.json");

        Cli.Result result = validate("--standards-dir", standards.toString(), "--format", "json=" + target);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains(target + " is in the standards directory " + standards);
        assertThat(target).doesNotExist();
    }

    @Test
    void aLintReportInsideTheFolderBeingLintedIsRefusedAndTheStandardUntouched() throws IOException {
        Path standards = dir.resolve("std");
        Path bundled = Path.of("../standards/src/main/resources/hvd-standards/newborn-names/1.0.0");
        try (Stream<Path> files = Files.walk(bundled)) {
            for (Path file : files.toList()) {
                Path copy = standards.resolve("newborn-names/1.0.0").resolve(bundled.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path codeList = standards.resolve("newborn-names/1.0.0/codelists/sex.csv");
        String codes = Files.readString(codeList);

        Cli.Result result = Cli.run("standards", "lint", standards.toString(), "-o", codeList.toString(), "--lang", "en");
        Cli.Result below = Cli.run("standards", "lint", standards.resolve("newborn-names").toString(), "-f", "json",
                "-o", standards.resolve("newborn-names/lint.json").toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains(codeList + " is in the standards directory " + standards);
        assertThat(Files.readString(codeList)).isEqualTo(codes);
        assertThat(below.exitCode()).as("a report anywhere below the folder linted").isEqualTo(3);
        assertThat(standards.resolve("newborn-names/lint.json")).doesNotExist();
        assertThat(Cli.run("standards", "lint", standards.toString(), "-o", dir.resolve("lint.txt").toString()).exitCode())
                .as("beside it").isZero();
    }

    @Test
    void aNewReportGetsThePermissionsOfANewFileNotThoseOfATemporaryOne() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path report = dir.resolve("report.html");
        // under a umask of 077 a new file is rw------- too, and the test could not tell
        assumeThat(Files.getPosixFilePermissions(reference)).contains(PosixFilePermission.GROUP_READ);

        assertThat(validate("--format", "html=" + report).exitCode()).isEqualTo(1);

        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(reference))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aReportReplacingAFileKeepsItsPermissions() throws IOException {
        Path report = Files.writeString(dir.resolve("report.json"), "old");
        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(report, chosen);

        assertThat(validate("--format", "json=" + report).exitCode()).isEqualTo(1);

        assertThat(Files.readString(report)).startsWith("{");
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(chosen);
    }

    @Test
    void aTargetThatIsAFolderOrInAMissingFolderIsRefusedWithTheReasonInTheUsersLanguage() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("reports"));
        Path missing = dir.resolve("nowhere").resolve("report.md");

        Cli.Result intoFolder = validate("--format", "markdown=" + folder);
        Cli.Result intoMissing = Cli.run("validate", input.toString(), "-s", "newborn-names", "--lang", "fr",
                "--format", "markdown=" + missing);

        assertThat(intoFolder.exitCode()).isEqualTo(3);
        assertThat(intoFolder.err()).isEqualTo("hvd: cannot write " + folder + ": it is a folder\n");
        assertThat(intoMissing.exitCode()).isEqualTo(3);
        assertThat(intoMissing.err()).isEqualTo("hvd : impossible d'écrire " + missing + " : le dossier "
                + missing.getParent() + " n'existe pas\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
