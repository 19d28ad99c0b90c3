package ca.hvd.core.report;

import java.util.Locale;

/** How serious a finding is, most serious first. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case name used in reports and options. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as another. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /**
     * Parses {@code error}, {@code warning} or {@code info}, ignoring case.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Severity parse(String text) {
        for (Severity severity : values()) {
            if (severity.label().equalsIgnoreCase(text.strip())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a severity (error, warning, info)");
    }
}
