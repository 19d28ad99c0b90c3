package ca.hvd.cli;

/**
 * The exit codes of {@code hvd}: the single source of the codes and of their help text (keys
 * {@code exit.N} of the help bundles). Pipelines rely on them; they never change meaning.
 */
public enum ExitCode {
    /** Every dataset conforms at the {@code --fail-on} level, or the command succeeded. */
    OK(0),
    /**
     * At least one dataset has findings at or above the {@code --fail-on} level; for
     * {@code compare}, a dimension is not comparable; for {@code harmonize}, a row has an error
     * (help texts {@code hvd.COMMAND.exit.1}).
     */
    NOT_CONFORMANT(1),
    /** The command line is wrong: unknown option, missing argument, invalid value. */
    USAGE(2),
    /** An input file, output file or standard cannot be read, found or written. */
    INPUT(3),
    /** hvd itself failed; please report it. */
    INTERNAL(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The key of this code's description in the help bundles. */
    String helpKey() {
        return "exit." + code;
    }
}
