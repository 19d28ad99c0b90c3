package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file name or value holding control characters or bidirectional overrides is shown escaped on
 * the terminal (standard error's messages, the text report), so it can neither drive the terminal
 * (ESC sequences clearing the screen) nor reorder what it shows (U+202E); JSON keeps it as data.
 */
class TerminalOutputTest {

    /** ESC [2J clears a terminal; U+202E shows the rest of the text right to left. */
    private static final String HOSTILE = "a\u001B[2Jb\u202Ec";
    private static final String SHOWN = "a\\u001B[2Jb\\u202Ec";

    @TempDir
    Path dir;

    private static void assertNoRawControls(String text) {
        assertThat(text).doesNotContain("\u001B", "\u202E", "\u0007", "\u2066");
    }

    @Test
    void anErrorNamingAFileShowsItsControlCharactersEscaped() {
        Path missing = dir.resolve(HOSTILE + ".csv");

        Cli.Result result = Cli.run("validate", missing.toString(), "-s", "newborn-names", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("hvd: " + dir.resolve(SHOWN + ".csv") + " does not exist.\n");
    }

    @Test
    void theTextReportAndTheSummaryShowControlCharactersEscapedAndJsonKeepsThemAsData() throws IOException {
        Path file = Files.writeString(dir.resolve(HOSTILE + ".csv"),
                "jurisdiction,year,sex,name,count\nNS,2019,F,OLI" + HOSTILE + "\u2066VIA,66\nNS\u0007,2019,F,EMMA,5\n",
                StandardCharsets.UTF_8);
        Path json = dir.resolve("report.json");

        Cli.Result result = Cli.run("validate", file.toString(), "-s", "newborn-names", "--lang", "en", "-f", "text",
                "-f", "json=" + json);

        assertThat(result.exitCode()).isEqualTo(1);
        assertNoRawControls(result.out());
        assertNoRawControls(result.err());
        assertThat(result.out()).contains(dir.resolve(SHOWN + ".csv").toString(), "\"OLI" + SHOWN + "\\u2066VIA\"",
                "\"NS\\u0007\"");
        assertThat(result.err()).contains(dir.resolve(SHOWN + ".csv") + ": NOT CONFORMANT");
        JsonNode report = JsonMapper.builder().build().readTree(Files.readString(json));
        assertThat(report.at("/datasets/0/source").asString()).isEqualTo(file.toString());
        assertThat(Files.readString(json)).contains("\\u001B").doesNotContain("\u001B");
    }

    @Test
    void standardErrorKeepsLineBreaksAndTabsAndEscapesEveryOtherControl() {
        StringWriter err = new StringWriter();
        PrintWriter terminal = TerminalWriter.of(new PrintWriter(err));

        terminal.print("a\tb\nc\r\nd\re\u001B\u0085f\u200Fg");
        terminal.println();
        terminal.write('\u001B');
        terminal.flush();

        assertThat(err.toString()).isEqualTo("a\tb\nc\r\nd\\u000De\\u001B\\u0085f\\u200Fg" + System.lineSeparator() + "\\u001B");
        assertThat(TerminalWriter.of(terminal)).isSameAs(terminal);
    }
}
