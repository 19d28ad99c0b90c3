package ca.hvd.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/hvd}, the launcher users type, run as a process on the jar the build made: the
 * README's quick start, and the progress bar, drawn when standard error is a terminal whether or
 * not standard output is (the launcher asks the shell, which Java 17 cannot), under a pseudo-terminal
 * made by util-linux's {@code script}.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("../bin/hvd").toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    private static Path big;

    /** A conformant file of enough records for the bar's first redraw (after 200 ms) on any machine. */
    @BeforeAll
    static void bigFile() throws IOException {
        big = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("jurisdiction,year,sex,name,count\n");
            for (int i = 0; i < 1_200_000; i++) {
                out.write("ON," + (1900 + i % 200) + ",F," + letters(i / 200) + "," + (6 + i % 90) + "\n");
            }
        }
    }

    private static String letters(int number) {
        StringBuilder name = new StringBuilder();
        for (int n = number; name.length() == 0 || n > 0; n /= 26) {
            name.append((char) ('A' + n % 26));
        }
        return name.toString();
    }

    /** What a process wrote to standard output and error, and its exit code. */
    record Run(int exitCode, String out, String err) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(SamplesTest.SAMPLES.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("CI");
        environment.put("LANG", "C.UTF-8");
        environment.remove("LC_ALL");
        environment.remove("LC_MESSAGES");
        environment.put("TERM", "xterm");
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("hvd finishes").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theQuickStartOfTheReadmeValidatesABundledSample() throws Exception {
        Run run = run(List.of("sh", LAUNCHER.toString(), "validate", "newborn-names/broken-values.csv",
                "--standard", "newborn-names"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("newborn-names/broken-values.csv", "NOT CONFORMANT",
                "Result: NOT CONFORMANT (1 of 1 file not conformant).");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void withoutATerminalNoBarIsDrawn() throws Exception {
        Run run = run(List.of("sh", LAUNCHER.toString(), "validate", big.toString(), "-s", "newborn-names", "-f", "json"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("\r").startsWith(big + ": CONFORMANT");
    }

    @Test
    void onATerminalTheBarIsDrawnOnStandardErrorWhileTheReportGoesToAFile() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script makes the pseudo-terminal");
        Path report = dir.resolve("report.json");
        String command = "sh '" + LAUNCHER + "' validate '" + big + "' -s newborn-names -f json > '" + report + "'";

        Run run = run(List.of("/usr/bin/script", "-q", "-e", "-c", command, "/dev/null"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).as("the terminal").contains("\r[#", "%  ", "big.csv (1/1)")
                .contains(big + ": CONFORMANT");
        assertThat(Reports.JSON.readTree(Files.readString(report)).get("datasets").get(0).get("records").asLong())
                .isEqualTo(1_200_000L);
    }

    @Test
    void onATerminalWithStandardErrorInAFileNoBarGoesIntoTheFile() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script makes the pseudo-terminal");
        Path log = dir.resolve("err.log");
        String command = "sh '" + LAUNCHER + "' validate '" + big + "' -s newborn-names -f json=" + dir.resolve("r.json")
                + " 2> '" + log + "'";

        Run run = run(List.of("/usr/bin/script", "-q", "-e", "-c", command, "/dev/null"));

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(log)).doesNotContain("\r").contains(big + ": CONFORMANT");
    }
}
