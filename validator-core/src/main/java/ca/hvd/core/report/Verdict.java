package ca.hvd.core.report;

import java.util.Locale;

/** Whether datasets can be compared along one dimension, best first. */
public enum Verdict {
    /** They can be merged and compared as they are. */
    COMPARABLE,
    /** They can, within limits the reason states (common years, common codes, …). */
    CAVEATS,
    /** They cannot, for the reason stated. */
    NOT_COMPARABLE,
    /** A dimension shown side by side for information, without a verdict. */
    INFORMATIONAL;

    /** The kebab-case name used in reports: {@code comparable}, {@code caveats}, {@code not-comparable}, {@code informational}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The worse of two verdicts; {@link #INFORMATIONAL} is neither better nor worse than any. */
    public Verdict worst(Verdict other) {
        if (this == INFORMATIONAL) {
            return other;
        }
        if (other == INFORMATIONAL) {
            return this;
        }
        return ordinal() >= other.ordinal() ? this : other;
    }
}
