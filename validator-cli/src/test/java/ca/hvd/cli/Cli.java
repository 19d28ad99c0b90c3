package ca.hvd.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs hvd in the test's process and captures what it writes. */
final class Cli {

    /** No terminal, no variables: what a test or CI run looks like to hvd. */
    static final Environment PLAIN = new Environment(Map.of(), false);

    /** What one run of hvd did. */
    record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        return run(PLAIN, args);
    }

    static Result run(Environment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HvdCommand.run(environment, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
