package ca.hvd.core.compare;

import ca.hvd.core.check.CellValues;
import ca.hvd.core.check.RowObserver;
import ca.hvd.core.report.Example;
import ca.hvd.core.standard.Dimension;
import ca.hvd.core.standard.FieldType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The comparability measures of one share of one dataset, built from its canonical rows in the
 * validation pass ({@link RowObserver}): per field, how many rows fill it, its distinct values, its
 * smallest and largest valid value and, where counted, rows per value; per dimension, its groups.
 * Shares of a file {@link #combine} in file order into the measures of the whole; combining is
 * associative, with an empty tally as identity. Owned by one thread.
 *
 * <p>Exact but for: distinct values past {@value DistinctCounter#EXACT_LIMIT} ({@link HyperLogLog}),
 * a measure's groups past {@value ComparabilityPlan#MEASURE_CAPACITY} ({@link HeavyHitters}), and
 * values or groups past {@value ComparabilityPlan#VALUE_LIMIT}, of which the smallest are kept and
 * the others counted together.
 *
 * <p>Bounded whatever the data: only values of a field's domain are counted one by one (codes of
 * its code list, valid values; {@link ComparabilityPlan#inDomain}); the others are counted
 * together, with the smallest few, cut like example values, kept as examples. Group keys are made
 * of values cut like example values, so a group of million-character values holds 200 of them.
 */
public final class ComparabilityTally implements RowObserver {

    /** The measures of one field. */
    static final class FieldTally {
        long filled;
        DistinctCounter distinct = new DistinctCounter();
        /** The smallest and largest valid number (as written) or date; {@code null} when none. */
        String min;
        String max;
        private double minNumber = Double.POSITIVE_INFINITY;
        private double maxNumber = Double.NEGATIVE_INFINITY;
        /** Rows per value of the field's domain, for fields whose values are counted; else {@code null}. */
        GroupStats values;
        /**
         * Rows per value outside the domain, cut like example values, for fields whose values are
         * counted: the smallest {@link ComparabilityPlan#exampleLimit} kept, the other rows counted
         * as dropped; else {@code null}.
         */
        GroupStats others;

        FieldTally combine(FieldTally other, FieldType type) {
            FieldTally merged = new FieldTally();
            merged.filled = filled + other.filled;
            merged.distinct = distinct.combine(other.distinct);
            merged.min = min == null ? other.min : other.min == null || before(min, other.min, type) ? min : other.min;
            merged.max = max == null ? other.max : other.max == null || before(other.max, max, type) ? max : other.max;
            if (merged.min != null && type != FieldType.DATE) {
                merged.minNumber = Double.parseDouble(merged.min);
                merged.maxNumber = Double.parseDouble(merged.max);
            }
            merged.values = values == null ? null : values.combine(other.values);
            merged.others = others == null ? null : others.combine(other.others);
            return merged;
        }

        /** Whether {@code a} comes before {@code b} or equals it. */
        private static boolean before(String a, String b, FieldType type) {
            return type == FieldType.DATE ? a.compareTo(b) <= 0 : new BigDecimal(a).compareTo(new BigDecimal(b)) <= 0;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FieldTally tally && filled == tally.filled && distinct.equals(tally.distinct)
                    && sameNumber(min, tally.min) && sameNumber(max, tally.max) && Objects.equals(values, tally.values)
                    && Objects.equals(others, tally.others);
        }

        private static boolean sameNumber(String a, String b) {
            return a == null ? b == null : b != null && (a.equals(b) || CellValues.isNumber(a) && CellValues.isNumber(b)
                    && new BigDecimal(a).compareTo(new BigDecimal(b)) == 0);
        }

        @Override
        public int hashCode() {
            return Objects.hash(filled, distinct);
        }
    }

    private final ComparabilityPlan plan;
    private long rows;
    private final FieldTally[] fields;
    /** Per dimension: {@link GroupStats} (minimum by groups, top share), {@link HeavyHitters} (measure) or null. */
    private final Object[] dimensions;
    private final StringBuilder key = new StringBuilder();

    ComparabilityTally(ComparabilityPlan plan) {
        this.plan = plan;
        this.fields = new FieldTally[plan.types.length];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = new FieldTally();
            if (plan.countValues[i]) {
                fields[i].values = new GroupStats(0, ComparabilityPlan.VALUE_LIMIT);
                fields[i].others = new GroupStats(0, plan.exampleLimit);
            }
        }
        this.dimensions = new Object[plan.dimensions.size()];
        for (int d = 0; d < dimensions.length; d++) {
            Dimension dimension = plan.dimensions.get(d);
            if (dimension instanceof Dimension.Minimum && plan.by[d].length > 0) {
                dimensions[d] = new GroupStats(0, ComparabilityPlan.GROUP_LIMIT);
            } else if (dimension instanceof Dimension.TopShare top) {
                dimensions[d] = new GroupStats(top.n(), ComparabilityPlan.GROUP_LIMIT);
            } else if (dimension instanceof Dimension.Measure) {
                dimensions[d] = new HeavyHitters(ComparabilityPlan.MEASURE_CAPACITY);
            }
        }
    }

    // ---- called from the hot loop, once per canonical row -----------------------------------------

    @Override
    public void row(long line, long record, String[] values) {
        rows++;
        for (int i = 0; i < fields.length; i++) {
            String value = values[i];
            if (!value.isEmpty()) {
                field(i, value);
            }
        }
        for (int d = 0; d < dimensions.length; d++) {
            Object state = dimensions[d];
            if (state == null) {
                continue;
            }
            String group = group(plan.by[d], values);
            if (group == null) {
                continue;
            }
            int subject = plan.subject[d];
            long number = subject < 0 ? 1 : plan.wholeNumber(subject, values[subject]);
            if (number == Long.MIN_VALUE || number < 0) {
                continue;
            }
            if (state instanceof GroupStats stats) {
                stats.add(group, number);
            } else {
                ((HeavyHitters) state).add(group, number);
            }
        }
    }

    private void field(int i, String value) {
        FieldTally tally = fields[i];
        tally.filled++;
        tally.distinct.add(value);
        boolean valid = plan.valid(i, value);
        if (tally.values != null) {
            if (plan.inDomain(i, value, valid)) {
                tally.values.add(value, 0);
            } else {
                tally.others.add(Example.cut(value), 0);
            }
        }
        FieldType type = plan.types[i];
        // a number longer than an example is valid but never shown: reading it would take time quadratic in its digits
        if (type == FieldType.STRING || type == FieldType.BOOLEAN || !valid || value.length() > Example.MAX_VALUE_LENGTH) {
            return;
        }
        if (type == FieldType.DATE) {
            if (tally.min == null || value.compareTo(tally.min) < 0) {
                tally.min = value;
            }
            if (tally.max == null || value.compareTo(tally.max) > 0) {
                tally.max = value;
            }
            return;
        }
        double number = Double.parseDouble(value);
        if (number < tally.minNumber) {
            tally.minNumber = number;
            tally.min = value;
        }
        if (number > tally.maxNumber) {
            tally.maxNumber = number;
            tally.max = value;
        }
    }

    /**
     * The key of a row's group: its valid {@code by} values, each cut like an example value, joined;
     * or {@code null} when one is empty or invalid.
     */
    private String group(int[] by, String[] values) {
        if (by.length == 1) {
            String value = values[by[0]];
            return value.isEmpty() || !plan.valid(by[0], value) ? null : Example.cut(value);
        }
        key.setLength(0);
        for (int i = 0; i < by.length; i++) {
            String value = values[by[i]];
            if (value.isEmpty() || !plan.valid(by[i], value)) {
                return null;
            }
            if (i > 0) {
                key.append(GroupKey.SEPARATOR);
            }
            String part = Example.cut(value);
            key.append(part.indexOf(GroupKey.SEPARATOR) < 0 ? part : part.replace(GroupKey.SEPARATOR, '\uFFFD'));
        }
        return key.toString();
    }

    // ---- end of the hot loop ----------------------------------------------------------------------

    /** The measures of this share followed by the other's. */
    public ComparabilityTally combine(ComparabilityTally other) {
        if (other.plan != plan) {
            throw new IllegalArgumentException("only tallies of the same plan combine");
        }
        ComparabilityTally merged = new ComparabilityTally(plan);
        merged.rows = rows + other.rows;
        for (int i = 0; i < fields.length; i++) {
            merged.fields[i] = fields[i].combine(other.fields[i], plan.types[i]);
        }
        for (int d = 0; d < dimensions.length; d++) {
            if (dimensions[d] instanceof GroupStats stats) {
                merged.dimensions[d] = stats.combine((GroupStats) other.dimensions[d]);
            } else if (dimensions[d] instanceof HeavyHitters hitters) {
                merged.dimensions[d] = hitters.combine((HeavyHitters) other.dimensions[d]);
            }
        }
        return merged;
    }

    ComparabilityPlan plan() {
        return plan;
    }

    /** The canonical rows observed. */
    public long rows() {
        return rows;
    }

    FieldTally field(int index) {
        return fields[index];
    }

    /** The state of a dimension: {@link GroupStats}, {@link HeavyHitters} or {@code null}. */
    Object dimension(int index) {
        return dimensions[index];
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ComparabilityTally tally) || rows != tally.rows
                || !java.util.Arrays.equals(fields, tally.fields)) {
            return false;
        }
        for (int d = 0; d < dimensions.length; d++) {
            Object mine = dimensions[d];
            Object theirs = tally.dimensions[d];
            boolean same = mine instanceof HeavyHitters hitters
                    ? theirs instanceof HeavyHitters their && hitters.entries().equals(their.entries())
                            && hitters.total() == their.total()
                    : Objects.equals(mine, theirs);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(rows);
    }
}
