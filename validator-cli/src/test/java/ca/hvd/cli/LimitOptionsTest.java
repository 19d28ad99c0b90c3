package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reading limits' options take sizes with binary multiples, and refuse what cannot be a limit. */
class LimitOptionsTest {

    @TempDir
    Path dir;

    private Path names() throws IOException {
        return Files.writeString(dir.resolve("names.csv"), "jurisdiction,year,sex,name,count\nNS,2019,F,"
                + "A".repeat(3000) + ",66\n", StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--max-field-size, 0",
        "--max-field-size, -5",
        "--max-field-size, 2X",
        "--max-field-size, 3G",
        "--max-columns, many",
        "--max-compression-ratio, 0",
        "--max-decompressed-size, 99999999999T",
    })
    void aValueThatCannotBeALimitIsAUsageError(String option, String value) throws IOException {
        Cli.Result result = Cli.run("validate", names().toString(), "-s", "newborn-names", "--lang", "en", option, value);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("invalid value '" + value + "' for " + option);
    }

    @Test
    void aRecordLimitBelowTheFieldLimitIsAUsageError() throws IOException {
        Cli.Result result = Cli.run("validate", names().toString(), "-s", "newborn-names", "--lang", "en",
                "--max-record-size", "1K");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--max-record-size 1K is below the field size limit of 1048576 characters");
    }

    @Test
    void sizesTakeBinaryMultiplesAndAFieldLimitAboveTheRecordLimitRaisesIt() throws IOException {
        Cli.Result small = Cli.run("validate", names().toString(), "-s", "newborn-names", "--max-field-size", "2k");
        Cli.Result large = Cli.run("validate", names().toString(), "-s", "newborn-names", "--max-field-size", "8MiB");

        assertThat(small.out()).contains("limit-exceeded", "2,048 characters");
        assertThat(large.exitCode()).as(large.err()).isEqualTo(1);
        assertThat(large.out()).doesNotContain("limit-exceeded");
    }
}
