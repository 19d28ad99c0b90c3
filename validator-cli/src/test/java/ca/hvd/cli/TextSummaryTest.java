package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text report's line about how a file was read, in both languages. */
class TextSummaryTest {

    @TempDir
    Path dir;

    @Test
    void aFileWithoutAHeaderSaysSoRatherThanNamingLineZero() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));

        Cli.Result en = Cli.run("validate", empty.toString(), "-s", "newborn-names", "--lang", "en");
        Cli.Result fr = Cli.run("validate", empty.toString(), "-s", "newborn-names", "--lang", "fr");

        assertThat(en.exitCode()).isEqualTo(1);
        assertThat(en.out()).contains("  0 records, UTF-8, delimiter \",\", no header\n").doesNotContain("line 0");
        assertThat(fr.out()).contains("  0 enregistrement, UTF-8, séparateur « , », sans en-tête\n");
    }

    @Test
    void aFileWithAHeaderNamesItsLine() throws IOException {
        Path names = Files.writeString(dir.resolve("names.csv"), "Names\njurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,66\n");

        Cli.Result fr = Cli.run("validate", names.toString(), "-s", "newborn-names", "--lang", "fr");

        assertThat(fr.out()).contains("  1 enregistrement, UTF-8, séparateur « , », en-tête à la ligne 2\n");
        // French puts a (no-break) space before the percent sign
        assertThat(fr.out()).contains(" name 100\u00A0% ");
    }
}
