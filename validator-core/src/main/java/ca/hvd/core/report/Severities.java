package ca.hvd.core.report;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The severity of each finding code in a run: its default unless the run changes it, or turns it
 * off ({@code --severity CODE=off}).
 */
public final class Severities {

    private static final Severities DEFAULTS = new Severities(Map.of());

    private final Map<FindingCode, Optional<Severity>> overrides;

    private Severities(Map<FindingCode, Optional<Severity>> overrides) {
        this.overrides = overrides.isEmpty() ? Map.of() : new EnumMap<>(overrides);
    }

    /** Every code at its default severity. */
    public static Severities defaults() {
        return DEFAULTS;
    }

    /**
     * The severities with some codes changed.
     *
     * @param overrides per code, the new severity, or an empty optional to turn the code off
     */
    public static Severities of(Map<FindingCode, Optional<Severity>> overrides) {
        return new Severities(overrides);
    }

    /** These severities with some codes changed; the changes given win. */
    public Severities with(Map<FindingCode, Optional<Severity>> changes) {
        Map<FindingCode, Optional<Severity>> merged = new java.util.HashMap<>(overrides);
        merged.putAll(changes);
        return new Severities(merged);
    }

    /** The severity of a code in this run, or empty when it is turned off. */
    public Optional<Severity> of(FindingCode code) {
        return overrides.getOrDefault(code, Optional.of(code.defaultSeverity()));
    }

    /** The codes this run changes. */
    public Map<FindingCode, Optional<Severity>> overrides() {
        return Map.copyOf(overrides);
    }
}
