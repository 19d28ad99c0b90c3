package ca.hvd.cli;

import ca.hvd.core.engine.ProgressListener;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.render.Escape;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on standard error for files that take a while: drawn only when the core reports
 * progress past the start of a file (so a small file never shows one), redrawn in place with a
 * carriage return, and erased when the file is done so the summary starts on a clean line.
 */
final class ProgressBar implements ProgressListener {

    private static final int BAR = 24;
    /** The widest line: one less than a terminal of 80 columns, whose last column would wrap the line. */
    static final int WIDTH = 79;
    /** The shortest end of a file name worth showing; a narrower space shows none. */
    private static final int MIN_NAME = 8;

    private final PrintWriter err;
    private final Locale locale;
    private final Messages texts;
    private int drawn;

    /**
     * A bar on standard error, its percentage and record count written as the language writes them
     * ({@code 50 %}, {@code 1 051 077} in French); drawn on the stream under a {@link TerminalWriter},
     * its file name escaped here.
     */
    ProgressBar(PrintWriter err, Language language) {
        this.err = TerminalWriter.raw(err);
        this.locale = language.locale();
        this.texts = Messages.of(language);
    }

    @Override
    public void progress(Progress progress) {
        if (progress.done()) {
            if (drawn > 0) {
                err.print("\r" + " ".repeat(drawn) + "\r");
                err.flush();
                drawn = 0;
            }
            return;
        }
        if (progress.records() == 0) {
            return;
        }
        int filled = (int) Math.round(progress.fraction() * BAR);
        String percent = String.format("%4s", texts.format("report.percent", Math.round(progress.fraction() * 100)));
        String start = String.format(locale, "[%s%s] %s  %,d", "#".repeat(filled), "-".repeat(BAR - filled), percent,
                progress.records());
        String end = String.format(locale, " (%d/%d)", progress.index() + 1, progress.datasets());
        // the file's name, its end when it is long, in what is left of the line
        String name = Escape.controls(progress.dataset().name());
        int room = WIDTH - start.length() - 2 - end.length();
        if (name.length() > room) {
            name = room < MIN_NAME ? "" : "…" + name.substring(name.length() - room + 1);
        }
        String line = name.isEmpty() ? start + end : start + "  " + name + end;
        err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        err.flush();
        drawn = line.length();
    }
}
