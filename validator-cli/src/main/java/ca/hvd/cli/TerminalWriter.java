package ca.hvd.cli;

import ca.hvd.core.report.render.Escape;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard error as hvd writes its messages to it: a file name or value in a message may hold any
 * character, so control characters and bidirectional overrides are written escaped
 * ({@code \\u001B}, {@code \\u202E}, as {@link Escape#controls} writes them) and can neither drive the
 * terminal nor reorder what it shows. Line breaks ({@code \n}, {@code \r\n}) and tabs (a stack
 * trace's) are kept. What hvd draws itself (the progress bar's carriage return, picocli's usage) is
 * written to the {@link #raw} stream instead.
 */
final class TerminalWriter extends PrintWriter {

    private final PrintWriter raw;

    private TerminalWriter(PrintWriter raw) {
        super(new Escaping(raw));
        this.raw = raw;
    }

    /** Standard error with its messages escaped; the same writer when it already is. */
    static PrintWriter of(PrintWriter err) {
        return err instanceof TerminalWriter ? err : new TerminalWriter(err);
    }

    /** The stream under a writer of {@link #of}, for what hvd draws itself; any other writer as it is. */
    static PrintWriter raw(PrintWriter err) {
        return err instanceof TerminalWriter terminal ? terminal.raw : err;
    }

    @Override
    public void flush() {
        super.flush();
        raw.flush();
    }

    @Override
    public boolean checkError() {
        return super.checkError() || raw.checkError();
    }

    /** Escapes what is written, keeping line breaks and tabs. */
    private static final class Escaping extends FilterWriter {

        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            write(String.valueOf((char) c), 0, 1);
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            write(new String(buffer, offset, length), 0, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            int end = offset + length;
            int start = offset;
            for (int i = offset; i < end; i++) {
                char c = text.charAt(i);
                boolean kept = c == '\n' || c == '\t' || c == '\r' && i + 1 < end && text.charAt(i + 1) == '\n';
                if (kept) {
                    out.write(Escape.controls(text.substring(start, i)));
                    out.write(c);
                    start = i + 1;
                }
            }
            out.write(Escape.controls(text.substring(start, end)));
        }
    }
}
