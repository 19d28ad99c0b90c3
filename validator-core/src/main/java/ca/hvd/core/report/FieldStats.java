package ca.hvd.core.report;

import java.util.Objects;

/**
 * How a field is filled in a dataset, and with what.
 *
 * @param column  the header of the column the field was read from, or {@code null} when the file
 *                has no such column
 * @param filled  records with a value
 * @param empty   records without one (blank or absent)
 * @param profile how the filled values are distributed
 */
public record FieldStats(String column, long filled, long empty, ValueProfile profile) {

    public FieldStats {
        Objects.requireNonNull(profile, "profile");
    }

    /** Fill counts without a value profile (an empty text profile). */
    public FieldStats(String column, long filled, long empty) {
        this(column, filled, empty, ValueProfile.empty(ValueProfile.Kind.TEXT));
    }

    /** Whether the file has a column for the field. */
    public boolean present() {
        return column != null;
    }

    /** The share of records that fill the field, from 0 to 1; 0 when there are no records. */
    public double fillRate() {
        long total = filled + empty;
        return total == 0 ? 0 : (double) filled / total;
    }

    FieldStats combine(FieldStats other) {
        return new FieldStats(column, filled + other.filled, empty + other.empty, profile.combine(other.profile));
    }
}
