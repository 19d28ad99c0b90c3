package ca.hvd.core.check;

import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.SourceInfo;
import ca.hvd.core.report.ValueProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run state of a compiled standard over one file (or one part of it): exact counts per slot,
 * the first examples, fill counts per field, the keys seen, and the evidence of dataset-level
 * checks that are decided once the whole file is read (case styles, column sums of a wide
 * layout, its totals row). Owned by one thread; never shared.
 */
public final class Tally {

    private final Slot[] slots;
    private final long[] counts;
    private final List<List<Example>> examples;
    private final int exampleLimit;
    private final long[] filled;
    private final long[] empty;
    private final ValueCounter[] profiles;
    private final List<Map<String, Long>> keys;
    private final CaseStyles[] cases;
    private final long[] spreadSums;
    /** Per spread column, whether a cell was suppressed by a token that is not a number, making its sum a lower bound. */
    private final boolean[] spreadBounded;
    /** Per field, the value of the current record ("" when empty or without a column); scratch for row checks. */
    final String[] values;
    private long records;
    private TotalsRow totalsRow;
    /** Hears every canonical row and finding of this tally, or {@code null}: see {@link RowObserver}. */
    final RowObserver observer;

    /** The capitals and non-capitals values of one field: counts and first examples of each. */
    private static final class CaseStyles {
        final long[] counts = new long[2];
        final List<List<Example>> examples = List.of(new ArrayList<>(), new ArrayList<>());
    }

    /**
     * The totals row of a wide file.
     *
     * @param line   its physical line
     * @param record its record number
     * @param cells  its spread cells, in spread order
     */
    record TotalsRow(long line, long record, String[] cells) {
    }

    Tally(List<Slot> slots, List<ValueCounter.Domain> domains, int keyCount, int caseFieldCount, int spreadCount,
          int exampleLimit, RowObserver observer) {
        this.observer = observer;
        int fieldCount = domains.size();
        this.slots = slots.toArray(new Slot[0]);
        this.counts = new long[this.slots.length];
        this.examples = new ArrayList<>(this.slots.length);
        for (int i = 0; i < this.slots.length; i++) {
            examples.add(new ArrayList<>(0));
        }
        this.exampleLimit = exampleLimit;
        this.filled = new long[fieldCount];
        this.empty = new long[fieldCount];
        this.values = new String[fieldCount];
        Arrays.fill(values, "");
        this.profiles = new ValueCounter[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            profiles[i] = new ValueCounter(domains.get(i));
        }
        this.keys = new ArrayList<>(keyCount);
        for (int i = 0; i < keyCount; i++) {
            keys.add(new HashMap<>());
        }
        this.cases = new CaseStyles[caseFieldCount];
        for (int i = 0; i < caseFieldCount; i++) {
            cases[i] = new CaseStyles();
        }
        this.spreadSums = new long[spreadCount];
        this.spreadBounded = new boolean[spreadCount];
    }

    /** Counts one finding and keeps it as an example while there are fewer than the limit. */
    void add(Slot slot, long line, long record, String value) {
        add(slot, line, record, value, List.of());
    }

    void add(Slot slot, long line, long record, String value, List<Object> args) {
        if (slot.severity() == null) {
            return;
        }
        if (observer != null) {
            observer.finding(slot.key(), slot.severity(), line, record, value);
        }
        int index = slot.index();
        counts[index]++;
        List<Example> kept = examples.get(index);
        if (kept.size() < exampleLimit) {
            kept.add(new Example(line, record, value, args));
        }
    }

    /** Counts findings decided after reading (e.g. the less common case style), with their examples. */
    void addAll(Slot slot, long count, List<Example> found) {
        if (slot.severity() == null || count == 0) {
            return;
        }
        counts[slot.index()] += count;
        List<Example> kept = examples.get(slot.index());
        for (Example example : found) {
            if (kept.size() < exampleLimit) {
                kept.add(example);
            }
        }
    }

    void record() {
        records++;
    }

    /** Counts a filled cell of a field and its value (trimmed). */
    void filled(int field, String value) {
        filled[field]++;
        profiles[field].add(value);
    }

    /** Takes a valid number of a numeric field into its minimum and maximum. */
    void number(int field, String value) {
        profiles[field].number(value);
    }

    /** Counts a field as empty where it is not counted once per record (the cells of a wide layout). */
    void empty(int field) {
        empty[field]++;
    }

    /**
     * Remembers a key; returns the line it was first seen on when it was seen before, else -1.
     */
    long key(int uniqueKey, String key, long line) {
        Long first = keys.get(uniqueKey).putIfAbsent(key, line);
        return first == null ? -1 : first;
    }

    /** Notes the case style of a value of a field whose case must be consistent. */
    void caseStyle(int caseField, boolean capitals, long line, long record, String value) {
        CaseStyles styles = cases[caseField];
        int style = capitals ? 0 : 1;
        styles.counts[style]++;
        if (styles.examples.get(style).size() < exampleLimit) {
            styles.examples.get(style).add(new Example(line, record, value));
        }
    }

    /** The values in capitals ({@code true}) or not of a field, counted. */
    long caseCount(int caseField, boolean capitals) {
        return cases[caseField].counts[capitals ? 0 : 1];
    }

    List<Example> caseExamples(int caseField, boolean capitals) {
        return cases[caseField].examples.get(capitals ? 0 : 1);
    }

    /** Adds a cell of a wide layout's spread column to its column's sum. */
    void addToSpread(int spreadColumn, long value) {
        spreadSums[spreadColumn] += value;
    }

    /** Notes that a spread column has a suppressed cell whose value is unknown, so its sum is a lower bound. */
    void boundSpread(int spreadColumn) {
        spreadBounded[spreadColumn] = true;
    }

    long spreadSum(int spreadColumn) {
        return spreadSums[spreadColumn];
    }

    boolean spreadBounded(int spreadColumn) {
        return spreadBounded[spreadColumn];
    }

    void totalsRow(TotalsRow row) {
        if (totalsRow == null) {
            totalsRow = row;
        }
    }

    TotalsRow totalsRow() {
        return totalsRow;
    }

    long records() {
        return records;
    }

    /**
     * The report of what was tallied.
     *
     * @param source   the file as the user named it
     * @param format   how it was read
     * @param columns  per field, in canonical order, the header of its column or {@code null}
     * @param perCell  per field, whether it is counted per cell of a wide layout rather than per
     *                 record
     */
    DatasetReport report(String source, SourceInfo format, Map<String, String> columns, boolean[] perCell) {
        List<FindingGroup> groups = new ArrayList<>();
        for (Slot slot : slots) {
            if (slot.enabled() && counts[slot.index()] > 0) {
                groups.add(new FindingGroup(slot.key(), slot.severity(), slot.message(), counts[slot.index()],
                        examples.get(slot.index())));
            }
        }
        Map<String, FieldStats> fields = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> column : columns.entrySet()) {
            long none = perCell[i] ? empty[i] : records - filled[i];
            fields.put(column.getKey(), new FieldStats(column.getValue(), filled[i], none, profiles[i].profile()));
            i++;
        }
        return new DatasetReport(source, format, records, groups, fields, exampleLimit);
    }
}
