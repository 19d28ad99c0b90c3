package ca.hvd.cli;

import java.util.Map;

/**
 * What hvd knows of where it runs: the environment variables and whether it talks to a terminal.
 * Java 17 cannot ask whether standard error alone is a terminal; {@code System.console() != null}
 * (standard input and output are a terminal) stands in for it.
 *
 * @param variables the environment variables
 * @param console   whether a terminal is attached ({@code System.console() != null})
 */
record Environment(Map<String, String> variables, boolean console) {

    Environment {
        variables = Map.copyOf(variables);
    }

    /** The process's own environment. */
    static Environment system() {
        return new Environment(System.getenv(), System.console() != null);
    }

    /**
     * Whether the text report on standard output may be coloured: a terminal, {@code NO_COLOR}
     * unset or empty (https://no-color.org), and {@code TERM} not {@code dumb}.
     */
    boolean colour() {
        return console && isBlank("NO_COLOR") && !"dumb".equals(variables.get("TERM"));
    }

    /** Whether a progress bar may be drawn on standard error: a terminal, not {@code dumb}, not in CI. */
    boolean progress() {
        return console && !"dumb".equals(variables.get("TERM")) && !variables.containsKey("CI");
    }

    private boolean isBlank(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty();
    }
}
