package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
import java.util.Locale;
import java.util.Map;

/**
 * What hvd knows of where it runs: the environment variables and whether its standard output and
 * standard error are terminals. Java 17 cannot ask that of each stream: {@code bin/hvd} asks the
 * shell ({@code [ -t 1 ]}, {@code [ -t 2 ]}) and passes the answers as the system properties
 * {@value #OUT_PROPERTY} and {@value #ERR_PROPERTY}; without them (the jar run with
 * {@code java -jar}), {@code System.console() != null} (standard input and output are a terminal)
 * stands in for both.
 *
 * @param variables      the environment variables
 * @param outTerminal    whether standard output is a terminal
 * @param errTerminal    whether standard error is a terminal
 */
record Environment(Map<String, String> variables, boolean outTerminal, boolean errTerminal) {

    /** The system property that says whether standard output is a terminal ({@code true} or {@code false}). */
    static final String OUT_PROPERTY = "hvd.terminal.out";
    /** The system property that says whether standard error is a terminal ({@code true} or {@code false}). */
    static final String ERR_PROPERTY = "hvd.terminal.err";

    Environment {
        variables = Map.copyOf(variables);
    }

    /** An environment whose standard output and error are both terminals, or both not. */
    Environment(Map<String, String> variables, boolean terminal) {
        this(variables, terminal, terminal);
    }

    /** The process's own environment. */
    static Environment system() {
        boolean console = System.console() != null;
        return new Environment(System.getenv(), terminal(System.getProperty(OUT_PROPERTY), console),
                terminal(System.getProperty(ERR_PROPERTY), console));
    }

    private static boolean terminal(String property, boolean otherwise) {
        return property == null ? otherwise : Boolean.parseBoolean(property);
    }

    /**
     * Whether the text report on standard output may be coloured: a terminal, {@code NO_COLOR}
     * unset or empty (https://no-color.org), and {@code TERM} not {@code dumb}.
     */
    boolean colour() {
        return outTerminal && isBlank("NO_COLOR") && !"dumb".equals(variables.get("TERM"));
    }

    /** Whether a progress bar may be drawn on standard error: a terminal, not {@code dumb}, not in CI. */
    boolean progress() {
        return errTerminal && !"dumb".equals(variables.get("TERM")) && !variables.containsKey("CI");
    }

    /**
     * The system's language: French when the first of {@code LC_ALL}, {@code LC_MESSAGES} and
     * {@code LANG} that is set (the order in which POSIX picks the language of messages) names it
     * ({@code fr_CA.UTF-8}), English when it names another ({@code C}, {@code en_CA}); when none is
     * set, the JVM's default locale (Windows, macOS). The variables come first because the JVM takes
     * a locale that is not installed on the machine for {@code en_US}.
     */
    Language language() {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = variables.get(name);
            if (value != null && !value.isEmpty()) {
                return value.regionMatches(true, 0, "fr", 0, 2) ? Language.FR : Language.EN;
            }
        }
        return Language.of(Locale.getDefault());
    }

    private boolean isBlank(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty();
    }
}
