package ca.hvd.core.check;

import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.SourceInfo;
import ca.hvd.core.report.ValueProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run state of a compiled standard over one file (or one part of it): exact counts per slot,
 * the first examples, fill counts per field and the keys seen. Owned by one thread; never shared.
 */
public final class Tally {

    private final Slot[] slots;
    private final long[] counts;
    private final List<List<Example>> examples;
    private final int exampleLimit;
    private final long[] filled;
    private final ValueCounter[] profiles;
    private final List<Map<String, Long>> keys;
    /** Per field, the trimmed value of the current record ("" when empty or without a column); scratch for row checks. */
    final String[] values;
    private long records;

    Tally(List<Slot> slots, List<ValueProfile.Kind> kinds, int keyCount, int exampleLimit) {
        int fieldCount = kinds.size();
        this.slots = slots.toArray(new Slot[0]);
        this.counts = new long[this.slots.length];
        this.examples = new ArrayList<>(this.slots.length);
        for (int i = 0; i < this.slots.length; i++) {
            examples.add(new ArrayList<>(0));
        }
        this.exampleLimit = exampleLimit;
        this.filled = new long[fieldCount];
        this.values = new String[fieldCount];
        java.util.Arrays.fill(values, "");
        this.profiles = new ValueCounter[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            profiles[i] = new ValueCounter(kinds.get(i));
        }
        this.keys = new ArrayList<>(keyCount);
        for (int i = 0; i < keyCount; i++) {
            keys.add(new HashMap<>());
        }
    }

    /** Counts one finding and keeps it as an example while there are fewer than the limit. */
    void add(Slot slot, long line, long record, String value) {
        add(slot, line, record, value, List.of());
    }

    void add(Slot slot, long line, long record, String value, List<Object> args) {
        if (slot.severity() == null) {
            return;
        }
        int index = slot.index();
        counts[index]++;
        List<Example> kept = examples.get(index);
        if (kept.size() < exampleLimit) {
            kept.add(new Example(line, record, value, args));
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

    /**
     * Remembers a key; returns the line it was first seen on when it was seen before, else -1.
     */
    long key(int uniqueKey, String key, long line) {
        Long first = keys.get(uniqueKey).putIfAbsent(key, line);
        return first == null ? -1 : first;
    }

    long records() {
        return records;
    }

    /**
     * The report of what was tallied.
     *
     * @param source  the file as the user named it
     * @param format  how it was read
     * @param columns per field, in canonical order, the header of its column or {@code null}
     */
    DatasetReport report(String source, SourceInfo format, Map<String, String> columns) {
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
            fields.put(column.getKey(), new FieldStats(column.getValue(), filled[i], records - filled[i], profiles[i].profile()));
            i++;
        }
        return new DatasetReport(source, format, records, groups, fields, exampleLimit);
    }
}
