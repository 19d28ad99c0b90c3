package ca.hvd.core.report;

/**
 * How a field is filled in a dataset.
 *
 * @param column the header of the column the field was read from, or {@code null} when the file
 *               has no such column
 * @param filled records with a value
 * @param empty  records without one (blank or absent)
 */
public record FieldStats(String column, long filled, long empty) {

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
        return new FieldStats(column, filled + other.filled, empty + other.empty);
    }
}
