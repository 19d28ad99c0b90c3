package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ProgressListener.Progress;
import ca.hvd.core.i18n.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final DatasetInput FILE = DatasetInput.of(Path.of("big.csv"));

    @Test
    void theBarIsDrawnInPlaceOnlyPastTheStartAndErasedWhenTheFileIsDone() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), Language.EN);

        bar.progress(new Progress(FILE, 0, 2, 0, 1000, 0, false));
        String atStart = err.toString();
        bar.progress(new Progress(FILE, 0, 2, 500, 1000, 8192, false));
        String half = err.toString();
        bar.progress(new Progress(FILE, 0, 2, 1000, 1000, 16000, true));

        assertThat(atStart).isEmpty();
        String line = "[############------------]  50%  8,192  big.csv (1/2)";
        assertThat(half).isEqualTo("\r" + line);
        assertThat(err.toString()).isEqualTo("\r" + line + "\r" + " ".repeat(line.length()) + "\r");
    }

    @Test
    void theRecordCountIsWrittenAsTheLanguageWritesNumbers() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), Language.FR);

        bar.progress(new Progress(FILE, 0, 1, 500, 1000, 1051077, false));

        String grouped = String.format(Language.FR.locale(), "%,d", 1051077);
        assertThat(grouped).isNotEqualTo("1,051,077").hasSize(9);
        assertThat(err.toString()).isEqualTo("\r[############------------] 50\u00A0%  " + grouped + "  big.csv (1/1)");
    }

    @Test
    void theBarIsDrawnUnderTheEscapingOfStandardErrorWithItsFileNameEscaped() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(TerminalWriter.of(new PrintWriter(err)), Language.EN);

        bar.progress(new Progress(DatasetInput.of(Path.of("a\u001B[2Jb\u202Ecsv.txt")), 0, 1, 500, 1000, 7, false));

        assertThat(err.toString()).isEqualTo("\r[############------------]  50%  7  a\\u001B[2Jb\\u202Ecsv.txt (1/1)");
    }

    @Test
    void aSmallFileNeverShowsABar() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), Language.EN);

        bar.progress(new Progress(FILE, 0, 1, 0, 10, 0, false));
        bar.progress(new Progress(FILE, 0, 1, 10, 10, 1, true));

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void progressIsShownOnlyOnAnInteractiveTerminalOutsideCi() {
        assertThat(new Environment(Map.of(), true).progress()).isTrue();
        assertThat(new Environment(Map.of("CI", "true"), true).progress()).isFalse();
        assertThat(new Environment(Map.of("CI", ""), true).progress()).as("CI set, even empty").isFalse();
        assertThat(new Environment(Map.of("TERM", "dumb"), true).progress()).isFalse();
        assertThat(new Environment(Map.of(), false).progress()).isFalse();
    }

    @Test
    void theBarGoesByStandardErrorAndColourByStandardOutput() {
        Environment reportPiped = new Environment(Map.of(), false, true);
        Environment errorsLogged = new Environment(Map.of(), true, false);

        assertThat(reportPiped.progress()).as("hvd … -f json > report.json on a terminal").isTrue();
        assertThat(reportPiped.colour()).isFalse();
        assertThat(errorsLogged.progress()).as("hvd … 2> err.log").isFalse();
        assertThat(errorsLogged.colour()).isTrue();
    }

    @Test
    void aLongFileNameIsCutFromItsStartSoThatTheLineFitsATerminalOf80Columns() {
        DatasetInput file = DatasetInput.of(Path.of("../shared/corpus/newborn-names/ontario_top_baby_names_female_1917-2019_en_fr.csv"));
        for (Language language : Language.values()) {
            StringWriter err = new StringWriter();
            ProgressBar bar = new ProgressBar(new PrintWriter(err), language);

            bar.progress(new Progress(file, 11, 12, 999, 1000, 1_051_077_123L, false));

            String line = err.toString().substring(1);
            assertThat(line).hasSize(ProgressBar.WIDTH).contains("  …").endsWith("_1917-2019_en_fr.csv (12/12)");
        }
    }
}
