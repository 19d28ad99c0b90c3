package ca.hvd.core.compare;

import ca.hvd.core.check.CellValues;
import ca.hvd.core.report.Example;
import ca.hvd.core.standard.CodeList;
import ca.hvd.core.standard.Constraints;
import ca.hvd.core.standard.Dimension;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.FieldType;
import ca.hvd.core.standard.Standard;
import java.util.List;
import java.util.Set;

/**
 * A standard's comparability dimensions compiled once: field indexes, which values are valid (of the
 * field's type and within its range), which fields' values are counted, and which values are
 * counted one by one (its domain: codes of its code list, valid values, at most
 * {@value Example#MAX_VALUE_LENGTH} characters) rather than as other values, of which at most
 * {@link #exampleLimit} are kept as examples. Immutable and shareable; each thread observes rows
 * into its own {@link ComparabilityTally}.
 */
public final class ComparabilityPlan {

    /** The most distinct values of a field counted per value (codes, years). */
    static final int VALUE_LIMIT = 10_000;
    /** The most groups a minimum or top share keeps exact statistics for. */
    static final int GROUP_LIMIT = 10_000;
    /** The most groups a measure keeps exactly, then the heaviest by Space-Saving. */
    static final int MEASURE_CAPACITY = 2_000;

    final Standard standard;
    final FieldType[] types;
    final double[] lower;
    final boolean[] lowerExclusive;
    final double[] upper;
    final boolean[] upperExclusive;
    /** Per field, whether its values are counted one by one (code lists, booleans, ranges, codes). */
    final boolean[] countValues;
    /** Per field, the codes of its code list, or {@code null} when it has none. */
    final Set<String>[] codes;
    /** The most values outside a counted field's domain kept as examples (the smallest). */
    final int exampleLimit;
    final List<Dimension> dimensions;
    /** Per dimension, the index of the field it measures ({@code range}, {@code codes}, {@code minimum}, {@code of}), or -1. */
    final int[] subject;
    /** Per dimension, the indexes of its {@code by} fields (empty when none). */
    final int[][] by;

    @SuppressWarnings("unchecked")
    private ComparabilityPlan(Standard standard, int exampleLimit) {
        if (exampleLimit < 0) {
            throw new IllegalArgumentException("the example limit is 0 or more");
        }
        this.standard = standard;
        this.exampleLimit = exampleLimit;
        List<Field> fields = standard.fields();
        int count = fields.size();
        types = new FieldType[count];
        lower = new double[count];
        upper = new double[count];
        lowerExclusive = new boolean[count];
        upperExclusive = new boolean[count];
        countValues = new boolean[count];
        codes = new Set[count];
        for (int i = 0; i < count; i++) {
            Field field = fields.get(i);
            Constraints c = field.constraints();
            types[i] = field.type();
            lower[i] = c.minimum() == null ? Double.NEGATIVE_INFINITY : c.minimum().doubleValue();
            upper[i] = c.maximum() == null ? Double.POSITIVE_INFINITY : c.maximum().doubleValue();
            lowerExclusive[i] = c.exclusiveMinimum();
            upperExclusive[i] = c.exclusiveMaximum();
            countValues[i] = field.codeList() != null || field.type() == FieldType.BOOLEAN;
            codes[i] = standard.codeListOf(field).map(CodeList::codes).orElse(null);
        }
        dimensions = standard.comparability();
        subject = new int[dimensions.size()];
        by = new int[dimensions.size()][];
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dimension = dimensions.get(d);
            subject[d] = dimension instanceof Dimension.Coverage ? -1
                    : dimension instanceof Dimension.Measure measure && measure.of() == null ? -1
                    : index(dimension.fields().get(0));
            List<String> groups = dimension instanceof Dimension.Minimum minimum ? minimum.by()
                    : dimension instanceof Dimension.TopShare top ? top.by()
                    : dimension instanceof Dimension.Measure measure ? measure.by()
                    : List.of();
            by[d] = groups.stream().mapToInt(this::index).toArray();
            if (dimension instanceof Dimension.Range || dimension instanceof Dimension.Codes) {
                countValues[subject[d]] = true;
            }
        }
    }

    /**
     * The plan of a standard's dimensions.
     *
     * @param exampleLimit the most values outside a counted field's domain kept as examples
     */
    public static ComparabilityPlan of(Standard standard, int exampleLimit) {
        return new ComparabilityPlan(standard, exampleLimit);
    }

    /** A new, empty tally for one thread's share of one dataset. */
    public ComparabilityTally newTally() {
        return new ComparabilityTally(this);
    }

    int index(String field) {
        List<Field> fields = standard.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(field)) {
                return i;
            }
        }
        throw new IllegalStateException("the loader checked that " + field + " exists");
    }

    /** Whether a filled value is valid for its field: of its type, and within its range for numbers. */
    boolean valid(int field, String value) {
        return switch (types[field]) {
            case STRING -> true;
            case BOOLEAN -> CellValues.isBoolean(value);
            case DATE -> CellValues.isDate(value);
            case INTEGER -> CellValues.isInteger(value) && inRange(field, value);
            case NUMBER -> CellValues.isNumber(value) && inRange(field, value);
        };
    }

    /**
     * Whether a filled value of a field whose values are counted is counted on its own: valid, a
     * code of the field's code list when it has one, and at most {@value Example#MAX_VALUE_LENGTH}
     * characters. Other values are counted together, with a few as examples.
     */
    boolean inDomain(int field, String value, boolean valid) {
        return valid && value.length() <= Example.MAX_VALUE_LENGTH && (codes[field] == null || codes[field].contains(value));
    }

    private boolean inRange(int field, String value) {
        double number = Double.parseDouble(value);
        return (lowerExclusive[field] ? number > lower[field] : number >= lower[field])
                && (upperExclusive[field] ? number < upper[field] : number <= upper[field]);
    }

    /**
     * The value of a valid whole number as a {@code long}, or {@link Long#MIN_VALUE} when it is not a
     * valid whole number of the field or does not fit.
     */
    long wholeNumber(int field, String value) {
        if (value.isEmpty() || value.length() > 18 || !valid(field, value) || types[field] != FieldType.INTEGER) {
            return Long.MIN_VALUE;
        }
        return Long.parseLong(value.charAt(0) == '+' ? value.substring(1) : value);
    }
}
