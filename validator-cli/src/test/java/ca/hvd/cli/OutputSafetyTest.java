package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
