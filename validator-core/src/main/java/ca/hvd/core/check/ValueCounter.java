package ca.hvd.core.check;

import ca.hvd.core.report.Example;
import ca.hvd.core.report.ValueProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run state behind a {@link ValueProfile}: a small map of the smallest distinct values of one
 * field and their counts, and the extreme numbers. Part of the hot loop: once
 * {@value ValueProfile#MAX_VALUES} distinct values are kept, one string comparison with the largest
 * kept value, and a lookup only for a value that is not larger; a value that displaces the largest
 * kept one costs a scan of the map, which grows rarer as the file goes on.
 *
 * <p>The map always holds the exact counts of the smallest distinct values seen (a value dropped is
 * larger than every value kept after it, so it is never kept again), which is why counters of
 * consecutive parts {@link #combine} into the counter of the whole.
 */
final class ValueCounter {

    private final ValueProfile.Kind kind;
    private final HashMap<String, long[]> counts = new HashMap<>();
    /** The largest kept value, once the map is full; else {@code null}. */
    private String largest;
    private long other;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private String minText;
    private String maxText;

    ValueCounter(ValueProfile.Kind kind) {
        this.kind = kind;
    }

    /** Counts one filled value (already trimmed). */
    void add(String raw) {
        String value = raw.length() > Example.MAX_VALUE_LENGTH ? Example.cut(raw) : raw;
        if (largest != null && value.compareTo(largest) > 0) {
            // the map is full and holds only smaller values
            other++;
            return;
        }
        long[] count = counts.get(value);
        if (count != null) {
            count[0]++;
            return;
        }
        if (counts.size() < ValueProfile.MAX_VALUES) {
            counts.put(value, new long[] {1});
            if (counts.size() == ValueProfile.MAX_VALUES) {
                largest = largestKey();
            }
            return;
        }
        if (value.compareTo(largest) < 0) {
            other += counts.remove(largest)[0];
            counts.put(value, new long[] {1});
            largest = largestKey();
        } else {
            other++;
        }
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

    /**
     * Adds the counts of the next part of the file: the union of the kept values with summed
     * counts, the smallest {@value ValueProfile#MAX_VALUES} kept, and the extreme numbers (of equal
     * numbers, this part's text, as if the parts had been read in order).
     */
    void combine(ValueCounter later) {
        later.counts.forEach((value, count) -> {
            long[] mine = counts.get(value);
            if (mine == null) {
                counts.put(value, new long[] {count[0]});
            } else {
                mine[0] += count[0];
            }
        });
        other += later.other;
        if (counts.size() > ValueProfile.MAX_VALUES) {
            List<String> values = new ArrayList<>(counts.keySet());
            values.sort(null);
            for (String value : values.subList(ValueProfile.MAX_VALUES, values.size())) {
                other += counts.remove(value)[0];
            }
        }
        largest = counts.size() == ValueProfile.MAX_VALUES ? largestKey() : null;
        if (later.minText == null) {
            return;
        }
        if (minText == null) {
            min = later.min;
            max = later.max;
            minText = later.minText;
            maxText = later.maxText;
            return;
        }
        if (later.min < min || later.min == min && smaller(later.minText, minText)) {
            min = later.min;
            minText = later.minText;
        }
        if (later.max > max || later.max == max && smaller(maxText, later.maxText)) {
            max = later.max;
            maxText = later.maxText;
        }
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
