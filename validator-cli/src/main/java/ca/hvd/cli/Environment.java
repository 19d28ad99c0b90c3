package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
import java.util.Locale;
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
