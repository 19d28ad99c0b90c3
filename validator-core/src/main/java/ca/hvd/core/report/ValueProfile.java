package ca.hvd.core.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How the values of one field are distributed in a dataset, in bounded memory: the exact number of
 * records of each of the {@value #MAX_VALUES} smallest distinct values (in the {@linkplain Kind#order order} of its kind),
 * how many records hold any other value, and for numeric fields the smallest and largest valid
 * number.
 *
 * <p>Keeping the smallest values rather than the first ones seen makes the profile exactly
 * mergeable: a value dropped by a part of a file has {@value #MAX_VALUES} smaller values in that
 * part alone, so it can never be among the smallest of the whole. {@link #combine} is therefore
 * associative and commutative, and the profile of a file equals the combination of the profiles of
 * its parts, however it is cut. A field with at most {@value #MAX_VALUES} distinct values (years,
 * code lists, yes/no) is profiled completely ({@link #complete()}).
 *
 * @param kind       how the field's values are read
 * @param counts     records per value, for the smallest distinct values (trimmed, cut like
 *                   {@link Example} values), in the {@linkplain Kind#order order} of the kind; at most
 *                   {@value #MAX_VALUES}
 * @param otherCount filled records whose value is not in {@code counts}
 * @param min        the smallest valid number of a numeric field, else {@code null}
 * @param max        the largest valid number of a numeric field, else {@code null}
 */
public record ValueProfile(Kind kind, Map<String, Long> counts, long otherCount, BigDecimal min, BigDecimal max) {

    /** The most distinct values a profile counts exactly. */
    public static final int MAX_VALUES = 200;

    /** How a field's values are read: from a code list, or as its type. */
    public enum Kind {
        /** Codes of a code list. */
        CODE,
        /** Whole numbers. */
        INTEGER,
        /** Decimal numbers. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** Dates {@code YYYY-MM-DD}. */
        DATE,
        /** Any text. */
        TEXT;

        /** The lower-case name used in reports. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Whether a profile lists the values of this kind: codes, yes/no, whole numbers and dates,
         * which repeat; not free text, which is data, nor decimal numbers (coordinates, amounts),
         * which rarely repeat and are described by their {@code min} and {@code max}.
         */
        public boolean isListed() {
            return this != TEXT && this != NUMBER;
        }

        /** Whether valid values are numbers, and so have a {@code min} and {@code max}. */
        public boolean isNumeric() {
            return this == INTEGER || this == NUMBER;
        }

        /**
         * The order of the values a profile keeps: numbers by their value ({@code 9} before
         * {@code 10}), other values by their characters (dates {@code YYYY-MM-DD} by date).
         */
        public Comparator<String> order() {
            return isNumeric() ? NumericTextOrder.INSTANCE : Comparator.naturalOrder();
        }
    }

    public ValueProfile {
        Objects.requireNonNull(kind, "kind");
        if (counts.size() > MAX_VALUES) {
            throw new IllegalArgumentException("a profile counts at most " + MAX_VALUES + " values");
        }
        if (otherCount < 0 || counts.values().stream().anyMatch(count -> count < 1)) {
            throw new IllegalArgumentException("counts are positive");
        }
        if ((min == null) != (max == null)) {
            throw new IllegalArgumentException("min and max come together");
        }
        TreeMap<String, Long> sorted = new TreeMap<>(kind.order());
        sorted.putAll(counts);
        counts = java.util.Collections.unmodifiableSortedMap(sorted);
    }

    /** A profile of no values. */
    public static ValueProfile empty(Kind kind) {
        return new ValueProfile(kind, Map.of(), 0, null, null);
    }

    /** The number of records the profile describes: the filled records of its field. */
    public long total() {
        long total = otherCount;
        for (long count : counts.values()) {
            total += count;
        }
        return total;
    }

    /** Whether every value is counted: the field has at most {@value #MAX_VALUES} distinct values. */
    public boolean complete() {
        return otherCount == 0;
    }

    /**
     * The profile of two parts of a file: the union of their values, the smallest
     * {@value #MAX_VALUES} kept with summed counts, the rest counted as other. A profile without
     * values takes the other's kind, so the empty profile is the identity whatever its kind (of two
     * empty profiles, the one of a kind other than {@code TEXT}, the kind of a profile built without
     * knowing its field, is kept).
     *
     * @throws IllegalArgumentException when two non-empty profiles are of different kinds
     */
    public ValueProfile combine(ValueProfile other) {
        if (isEmpty() && other.isEmpty()) {
            return kind == Kind.TEXT ? other : this;
        }
        if (isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        if (kind != other.kind) {
            throw new IllegalArgumentException("only profiles of the same kind combine");
        }
        TreeMap<String, Long> merged = new TreeMap<>(kind.order());
        merged.putAll(counts);
        other.counts.forEach((value, count) -> merged.merge(value, count, Long::sum));
        long dropped = 0;
        while (merged.size() > MAX_VALUES) {
            dropped += merged.pollLastEntry().getValue();
        }
        BigDecimal low = min == null ? other.min : other.min == null || min.compareTo(other.min) <= 0 ? min : other.min;
        BigDecimal high = max == null ? other.max : other.max == null || max.compareTo(other.max) >= 0 ? max : other.max;
        return new ValueProfile(kind, merged, otherCount + other.otherCount + dropped, low, high);
    }

    private boolean isEmpty() {
        return counts.isEmpty() && otherCount == 0 && min == null;
    }
}
