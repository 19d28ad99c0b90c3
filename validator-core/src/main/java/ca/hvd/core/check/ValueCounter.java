package ca.hvd.core.check;

import ca.hvd.core.report.Example;
import ca.hvd.core.report.ValueProfile;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The run state behind a {@link ValueProfile}: a small map of the smallest distinct values of one
 * field and their counts, and the extreme numbers. Part of the hot loop: a lookup per filled cell,
 * and past {@value ValueProfile#MAX_VALUES} distinct values one string comparison; a value that
 * displaces the largest kept one costs a scan of the map, which grows rarer as the file goes on.
 *
 * <p>Only values of the field's domain are listed: codes of its code list, {@code true} and
 * {@code false}, valid numbers and dates. Free text and values that fail their type or code list
 * are data, not a domain, and are only counted (as other values), so that a report holds no more
 * of the data than its capped examples. Deciding this per value when it is first met keeps the
 * profile exactly mergeable.
 */
final class ValueCounter {

    /**
     * The values a field's profile may list.
     *
     * @param kind  how the field's values are read
     * @param codes the codes of its code list, or {@code null} when it has none
     */
    record Domain(ValueProfile.Kind kind, Set<String> codes) {
    }

    private final ValueProfile.Kind kind;
    private final Set<String> codes;
    private final HashMap<String, long[]> counts = new HashMap<>();
    /** The largest kept value, once the map is full; else {@code null}. */
    private String largest;
    private long other;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private String minText;
    private String maxText;

    ValueCounter(Domain domain) {
        this.kind = domain.kind();
        this.codes = domain.codes();
    }

    /** A counter of a field without a code list. */
    ValueCounter(ValueProfile.Kind kind) {
        this(new Domain(kind, null));
    }

    /** Counts one filled value (already trimmed). */
    void add(String raw) {
        if (kind == ValueProfile.Kind.TEXT) {
            other++;
            return;
        }
        String value = raw.length() > Example.MAX_VALUE_LENGTH ? Example.cut(raw) : raw;
        long[] count = counts.get(value);
        if (count != null) {
            count[0]++;
            return;
        }
        if (largest != null && value.compareTo(largest) >= 0 || !listed(raw)) {
            other++;
            return;
        }
        if (counts.size() < ValueProfile.MAX_VALUES) {
            counts.put(value, new long[] {1});
            if (counts.size() == ValueProfile.MAX_VALUES) {
                largest = largestKey();
            }
            return;
        }
        other += counts.remove(largest)[0];
        counts.put(value, new long[] {1});
        largest = largestKey();
    }

    /** Whether a value belongs to the field's domain, and so may be listed. */
    private boolean listed(String value) {
        return switch (kind) {
            case CODE -> codes != null && codes.contains(value);
            case INTEGER -> CellValues.isInteger(value);
            case NUMBER -> CellValues.isNumber(value);
            case BOOLEAN -> CellValues.isBoolean(value);
            case DATE -> CellValues.isDate(value);
            case TEXT -> false;
        };
    }

    /** Takes a valid number of a numeric field into the minimum and maximum. */
    void number(String value) {
        double number = parse(value);
        if (minText == null) {
            min = max = number;
            minText = maxText = value;
            return;
        }
        if (number > min && number < max) {
            return;
        }
        if (number < min || number == min && smaller(value, minText)) {
            min = number;
            minText = value;
        }
        if (number > max || number == max && smaller(maxText, value)) {
            max = number;
            maxText = value;
        }
    }

    /** A number's value as a double; whole numbers of up to 15 characters without the cost of {@link Double#parseDouble}. */
    private static double parse(String value) {
        int length = value.length();
        if (length == 0 || length > 15) {
            return Double.parseDouble(value);
        }
        char first = value.charAt(0);
        int i = first == '-' || first == '+' ? 1 : 0;
        if (i == length) {
            return Double.parseDouble(value);
        }
        long whole = 0;
        for (; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return Double.parseDouble(value);
            }
            whole = whole * 10 + (c - '0');
        }
        return first == '-' ? -whole : whole;
    }

    /** For two texts of equal double value (rare unless equal): whether the first is the smaller number. */
    private static boolean smaller(String a, String b) {
        return !a.equals(b) && CellValues.number(a).compareTo(CellValues.number(b)) < 0;
    }

    private String largestKey() {
        String found = null;
        for (String key : counts.keySet()) {
            if (found == null || key.compareTo(found) > 0) {
                found = key;
            }
        }
        return found;
    }

    ValueProfile profile() {
        Map<String, Long> values = new TreeMap<>();
        counts.forEach((value, count) -> values.put(value, count[0]));
        BigDecimal low = minText == null ? null : CellValues.number(minText);
        BigDecimal high = maxText == null ? null : CellValues.number(maxText);
        return new ValueProfile(kind, values, other, low, high);
    }
}
