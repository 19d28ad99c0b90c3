package ca.hvd.core.check;

import ca.hvd.core.report.Example;
import ca.hvd.core.report.ValueProfile;
import ca.hvd.core.standard.Constraints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The run state behind a {@link ValueProfile}: a small map of the smallest distinct values of one
 * field (in the {@linkplain ValueProfile.Kind#order order} of its kind) and their counts, and the
 * extreme numbers. Part of the hot loop: once {@value ValueProfile#MAX_VALUES} distinct values are
 * kept, one comparison with the largest kept value, and a lookup only for a value that is not
 * larger; a value that displaces the largest kept one costs a few comparisons in a heap of the kept
 * values, and grows rarer as the file goes on. The map is an open-addressing table hashed on the
 * length and three characters of a value ({@link CodeSet#hash}), not on {@link String#hashCode}
 * (which reads every character of every new string); equal hashes only cost an
 * {@link String#equals}.
 *
 * <p>Only values of the field's domain are listed: codes of its code list, {@code true} and
 * {@code false}, dates, and whole numbers within its range and of at most
 * {@value Example#MAX_VALUE_LENGTH} characters. Free text, decimal numbers (which rarely repeat)
 * and values that fail their type, range or code list are only counted (as other values), so that
 * a report holds no more of the data than its capped examples. Whether a value is listed depends on
 * the value alone, and is decided when it is first met, after the lookup: a kept value costs no
 * test. The extreme numbers are taken from the valid numbers ({@link #number}).
 *
 * <p>The map always holds the exact counts of the smallest distinct listed values seen (a value
 * dropped is larger than every value kept after it, so it is never kept again), which is why
 * counters of consecutive parts {@link #combine} into the counter of the whole.
 */
final class ValueCounter {

    /** Slots of the table of kept values: a power of two, at least twice {@link ValueProfile#MAX_VALUES}. */
    private static final int SLOTS = 512;

    /**
     * The values a field's profile may list.
     *
     * @param kind  how the field's values are read
     * @param codes the codes of its code list, or {@code null} when it has none
     * @param range the field's constraints, whose range numbers must be within
     */
    record Domain(ValueProfile.Kind kind, CodeSet codes, Constraints range) {

        Domain(ValueProfile.Kind kind, Set<String> codes, Constraints range) {
            this(kind, codes == null ? null : new CodeSet(codes), range);
        }
    }

    private final ValueProfile.Kind kind;
    /** The order of the kind's values: the smallest are kept. */
    private final Comparator<String> order;
    private final CodeSet codes;
    private final Constraints range;
    private final String[] values = new String[SLOTS];
    private final long[] counts = new long[SLOTS];
    private int size;
    /** The largest kept value, once the table is full; else {@code null}. */
    private String largest;
    /**
     * The kept values as a binary max-heap in the kind's order, so that the largest is known at
     * once and replaced in a few comparisons when a smaller value displaces it; room for the values
     * of two counters while {@link #combine} merges them.
     */
    private final String[] heap = new String[2 * ValueProfile.MAX_VALUES];
    private int heapSize;
    private long other;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private String minText;
    private String maxText;

    ValueCounter(Domain domain) {
        this.kind = domain.kind();
        this.order = kind.order();
        this.codes = domain.codes();
        this.range = domain.range();
    }

    /** A counter of a field without a code list or range. */
    ValueCounter(ValueProfile.Kind kind) {
        this(new Domain(kind, (CodeSet) null, Constraints.NONE));
    }

    /** Counts one filled value (already trimmed). */
    void add(String raw) {
        if (!kind.isListed()) {
            other++;
            return;
        }
        String value = raw.length() > Example.MAX_VALUE_LENGTH ? Example.cut(raw) : raw;
        if (largest != null && order.compare(value, largest) > 0) {
            // the table is full and holds only smaller values
            other++;
            return;
        }
        int slot = slot(value);
        if (values[slot] != null) {
            counts[slot]++;
            return;
        }
        if (!listed(raw)) {
            other++;
            return;
        }
        if (size < ValueProfile.MAX_VALUES) {
            put(slot, value, 1);
            push(value);
            if (size == ValueProfile.MAX_VALUES) {
                largest = heap[0];
            }
            return;
        }
        // not kept, and not larger than the largest kept value: smaller than it
        other += remove(popLargest());
        put(slot(value), value, 1);
        push(value);
        largest = heap[0];
    }

    // ---- the heap of kept values: the largest first ---------------------------------------------

    private void push(String value) {
        int at = heapSize++;
        heap[at] = value;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (order.compare(heap[at], heap[parent]) <= 0) {
                break;
            }
            swap(at, parent);
            at = parent;
        }
    }

    private String popLargest() {
        String top = heap[0];
        heap[0] = heap[--heapSize];
        heap[heapSize] = null;
        siftDown(0);
        return top;
    }

    private void siftDown(int from) {
        int at = from;
        while (true) {
            int child = 2 * at + 1;
            if (child >= heapSize) {
                return;
            }
            if (child + 1 < heapSize && order.compare(heap[child + 1], heap[child]) > 0) {
                child++;
            }
            if (order.compare(heap[child], heap[at]) <= 0) {
                return;
            }
            swap(at, child);
            at = child;
        }
    }

    private void swap(int a, int b) {
        String kept = heap[a];
        heap[a] = heap[b];
        heap[b] = kept;
    }

    /** The heap of the values in the table, made again after {@link #combine} changed them. */
    private void heapify() {
        heapSize = 0;
        for (String value : values) {
            if (value != null) {
                heap[heapSize++] = value;
            }
        }
        for (int i = heapSize / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    /** Whether a value belongs to the field's domain, and so may be listed. */
    private boolean listed(String value) {
        return switch (kind) {
            case CODE -> codes != null && codes.contains(value);
            case INTEGER -> value.length() <= Example.MAX_VALUE_LENGTH && CellValues.isInteger(value)
                    && CellValues.inRange(value, range);
            case BOOLEAN -> CellValues.isBoolean(value);
            case DATE -> CellValues.isDate(value);
            // never asked: these kinds are not listed (ValueProfile.Kind#isListed)
            case NUMBER, TEXT -> false;
        };
    }

    /** The slot that holds a value, or the empty slot where it would go. */
    private int slot(String value) {
        int slot = CodeSet.hash(value) & (SLOTS - 1);
        while (true) {
            String kept = values[slot];
            if (kept == null || kept.equals(value)) {
                return slot;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }

    private void put(int slot, String value, long count) {
        values[slot] = value;
        counts[slot] = count;
        size++;
    }

    /**
     * Removes a kept value and returns its count. The values after it in its run of slots move back
     * into the gap when it is their place or before it (deletion by backward shift), so that every
     * value stays reachable from its hash slot.
     */
    private long remove(String value) {
        int gap = slot(value);
        long count = counts[gap];
        values[gap] = null;
        size--;
        for (int next = (gap + 1) & (SLOTS - 1); values[next] != null; next = (next + 1) & (SLOTS - 1)) {
            int home = CodeSet.hash(values[next]) & (SLOTS - 1);
            // move the value back when its home is not in the cyclic range (gap, next]
            if (gap <= next ? home <= gap || home > next : home <= gap && home > next) {
                values[gap] = values[next];
                counts[gap] = counts[next];
                values[next] = null;
                gap = next;
            }
        }
        return count;
    }

    /**
     * Takes a number of a numeric field that passed its checks (type and range) into the minimum and
     * maximum; one longer than {@value Example#MAX_VALUE_LENGTH} characters is left out, as it is
     * never listed.
     */
    void number(String value) {
        if (value.length() <= Example.MAX_VALUE_LENGTH) {
            number(value, parse(value));
        }
    }

    /** Takes a number that passed its checks into the minimum and maximum, its double already read (as {@link Double#parseDouble} reads it). */
    void number(String value, double number) {
        // no test for the first number (min and max start at infinity): every part's counter takes a
        // first number, after the JIT has compiled this, and such a test would have it compiled again
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

    /**
     * For two texts of equal double value (rare unless equal): whether the first is the smaller
     * number; {@code true} when either is {@code null}, the extreme not taken yet (the first number
     * infinite, as a valid number of more than 308 digits is read).
     */
    private static boolean smaller(String a, String b) {
        return a == null || b == null || !a.equals(b) && CellValues.number(a).compareTo(CellValues.number(b)) < 0;
    }

    /**
     * Adds the counts of the next part of the file: the union of the kept values with summed
     * counts, the smallest {@value ValueProfile#MAX_VALUES} kept, and the extreme numbers (of equal
     * numbers, this part's text, as if the parts had been read in order).
     */
    void combine(ValueCounter later) {
        for (int i = 0; i < SLOTS; i++) {
            String value = later.values[i];
            if (value != null) {
                int slot = slot(value);
                if (values[slot] != null) {
                    counts[slot] += later.counts[i];
                } else {
                    put(slot, value, later.counts[i]);
                }
            }
        }
        other += later.other;
        if (size > ValueProfile.MAX_VALUES) {
            List<String> kept = new ArrayList<>();
            for (String value : values) {
                if (value != null) {
                    kept.add(value);
                }
            }
            kept.sort(order);
            for (String value : kept.subList(ValueProfile.MAX_VALUES, kept.size())) {
                other += remove(value);
            }
        }
        heapify();
        largest = size == ValueProfile.MAX_VALUES ? heap[0] : null;
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

    ValueProfile profile() {
        Map<String, Long> kept = new HashMap<>();
        for (int i = 0; i < SLOTS; i++) {
            if (values[i] != null) {
                kept.put(values[i], counts[i]);
            }
        }
        BigDecimal low = minText == null ? null : CellValues.number(minText);
        BigDecimal high = maxText == null ? null : CellValues.number(maxText);
        return new ValueProfile(kind, kept, other, low, high);
    }
}
