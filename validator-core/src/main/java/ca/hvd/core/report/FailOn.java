package ca.hvd.core.report;

import java.util.Locale;

/** The least serious finding that makes a dataset not conformant. */
public enum FailOn {
    /** Errors fail (the default). */
    ERROR(Severity.ERROR),
    /** Errors and warnings fail. */
    WARNING(Severity.WARNING),
    /** Nothing fails: every dataset is conformant. */
    NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** Whether a finding of this severity fails a dataset. */
    public boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code error}, {@code warning} or {@code never}, ignoring case.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static FailOn parse(String text) {
        for (FailOn level : values()) {
            if (level.label().equalsIgnoreCase(text.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a level (error, warning, never)");
    }
}
