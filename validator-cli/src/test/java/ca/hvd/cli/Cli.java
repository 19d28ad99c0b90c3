package ca.hvd.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs hvd in the test's process and captures what it writes. */
final class Cli {

    /** What one run of hvd did. */
    record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HvdCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
