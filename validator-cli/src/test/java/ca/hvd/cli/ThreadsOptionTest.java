package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --threads N}: the same report for any number, and a usage error below one. */
class ThreadsOptionTest {

    @TempDir
    Path dir;

    @Test
    void aFileReadInPartsOnSeveralThreadsGivesTheReportOfOneThread() throws IOException {
        Path file = dir.resolve("names.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("jurisdiction,year,sex,name,count\n");
            for (int i = 0; i < 260_000; i++) {
                // every 997th record repeats a name of a record far earlier, in another part of the file
                int name = i % 997 == 996 ? i / 3 : i;
                out.write("NS,2019,F,NAME" + name + "," + (i % 50 == 0 ? "3" : "12") + "\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(5L << 20);

        Cli.Result one = Cli.run("validate", file.toString(), "-s", "newborn-names", "-f", "json", "--threads", "1");
        Cli.Result three = Cli.run("validate", file.toString(), "-s", "newborn-names", "-f", "json", "--threads", "3");

        assertThat(one.exitCode()).isEqualTo(1);
        assertThat(one.out()).contains("\"code\" : \"duplicate-key\"").contains("\"count\" : 260");
        assertThat(three.exitCode()).isEqualTo(one.exitCode());
        assertThat(three.out()).isEqualTo(one.out());
    }

    @Test
    void fewerThanOneThreadIsAUsageErrorInBothLanguages() throws IOException {
        Path file = dir.resolve("names.csv");
        Files.writeString(file, "jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,66\n", StandardCharsets.UTF_8);

        Cli.Result english = Cli.run("validate", file.toString(), "-s", "newborn-names", "--threads", "0", "--lang", "en");
        Cli.Result french = Cli.run("validate", file.toString(), "-s", "newborn-names", "--threads", "0", "--lang", "fr");

        assertThat(english.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(english.err()).contains("--threads must be 1 or more");
        assertThat(french.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(french.err()).contains("--threads doit valoir 1 ou plus");
    }
}
