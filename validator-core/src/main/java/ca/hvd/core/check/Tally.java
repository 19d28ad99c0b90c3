package ca.hvd.core.check;

import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.SourceInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run state of a compiled standard over one file (or one part of it): exact counts per slot,
 * the first examples, fill counts per field, the keys seen, and the evidence of dataset-level
 * checks that are decided once the whole file is read (duplicate keys, case styles, column sums
 * of a wide layout, its totals row). Used by one thread at a time (the first part's tally goes from
 * the calling thread to a worker and back); never by two at once.
 *
 * <p>Tallies of consecutive parts of a file {@link #combine} into the tally of the whole: counts
 * add up, the later part's examples come after the earlier's, and its lines and record numbers,
 * counted from its own start, are counted on from the earlier part's {@link #extent}. What is
 * decided on the whole (duplicates, the less common case style, the totals row) is decided on the
 * combined tally, by {@link CompiledStandard#report}.
 */
public final class Tally {

    private final Slot[] slots;
    private final long[] counts;
    private final List<List<Example>> examples;
    private final int exampleLimit;
    private final long[] filled;
    private final long[] empty;
    private final ValueCounter[] profiles;
    private final long keyMemory;
    /** The keys seen: made with the tally when records have keys ({@code keyed}); {@code null} once decided or released. */
    private SeenKeys keys;
    private final CaseStyles[] cases;
    private final long[] spreadSums;
    /** Per spread column, whether a cell was suppressed by a token that is not a number, making its sum a lower bound. */
    private final boolean[] spreadBounded;
    /** Per field, the value of the current record ("" when empty or without a column); scratch for row checks. */
    final String[] values;
    private long records;
    /** Whether reading stopped before the end of the file (malformed CSV, a reading limit). */
    private boolean cutShort;
    private TotalsRow totalsRow;
    /** The offset of the first byte not valid in the file's encoding that reading noticed, or -1: see {@link #invalidByte}. */
    private long firstInvalidByte = -1;
    /** The physical lines of the part of the file this tally covers, and the records read in it. */
    private long lines;
    private long reads;
    /**
     * Hears every canonical row and finding of this tally, or {@code null}: see {@link RowObserver}.
     * Not combined with the tally: observers of parts are combined by their owner.
     */
    final RowObserver observer;

    /** The capitals and non-capitals values of one field: counts and first examples of each. */
    private static final class CaseStyles {
        final long[] counts = new long[2];
        final List<List<Example>> examples = List.of(new ArrayList<>(), new ArrayList<>());

        void combine(CaseStyles later, int exampleLimit, long lineShift, long recordShift) {
            for (int style = 0; style < 2; style++) {
                counts[style] += later.counts[style];
                append(examples.get(style), later.examples.get(style), exampleLimit, lineShift, recordShift);
            }
        }
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

    /**
     * @param keyed whether records have keys to remember ({@link #key}); the keys are then made at
     *              once, so that the check loop, compiled while the first part is read, does not
     *              meet a tally without them when the next part starts (and is not compiled again)
     */
    Tally(List<Slot> slots, List<ValueCounter.Domain> domains, int caseFieldCount, int spreadCount, int exampleLimit,
          long keyMemory, boolean keyed, RowObserver observer) {
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
        this.keyMemory = keyMemory;
        this.keys = keyed ? new SeenKeys(KeyHash.DEFAULT, keyMemory) : null;
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

    /** Whether a finding of a slot would be kept as an example now (its code on, fewer examples than the limit). */
    boolean keepsExample(Slot slot) {
        return slot.severity() != null && examples.get(slot.index()).size() < exampleLimit;
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

    /**
     * Notes where reading found a byte not valid in the file's encoding (the offset in the file, or
     * in its inflated bytes for a compressed one), or nothing for -1; the first such byte is kept.
     * See {@link ca.hvd.core.source.CsvFile#encodingMismatch}.
     */
    public void invalidByte(long offset) {
        if (offset >= 0 && (firstInvalidByte < 0 || offset < firstInvalidByte)) {
            firstInvalidByte = offset;
        }
    }

    /** The offset of the first byte not valid in the file's encoding that reading noticed, or -1. */
    public long firstInvalidByte() {
        return firstInvalidByte;
    }

    /** Notes that reading stopped before the end of the file. */
    void cutShort() {
        cutShort = true;
    }

    boolean isCutShort() {
        return cutShort;
    }

    void record() {
        records++;
    }

    /** Counts a filled cell of a field and its value (trimmed). */
    void filled(int field, String value) {
        filled[field]++;
        profiles[field].add(value);
    }

    /** Takes a number of a numeric field that passed its checks (type and range) into its minimum and maximum. */
    void number(int field, String value) {
        profiles[field].number(value);
    }

    /** Takes a number of a numeric field that passed its checks, already read as the double {@link Double#parseDouble} gives, into its minimum and maximum. */
    void number(int field, String value, double number) {
        profiles[field].number(value, number);
    }

    /** Counts a field as empty where it is not counted once per record (the cells of a wide layout). */
    void empty(int field) {
        empty[field]++;
    }

    /**
     * Remembers the key of a record, the values of the given fields, each non-empty; whether it
     * repeats an earlier one is decided on the whole file ({@link #duplicates}). Only for a tally
     * made {@code keyed}, before its keys are decided or released.
     *
     * @param uniqueKey the unique key's index
     * @param values    the record's values, per field
     * @param fields    the key's fields
     * @param line      the line of the record
     * @param record    its record number
     * @param cell      the cell of a wide row the record comes from, else 0
     */
    void key(int uniqueKey, String[] values, int[] fields, long line, long record, int cell) {
        keys.add(uniqueKey, values, fields, line, record, cell);
    }

    /**
     * The duplicates of each unique key among the keys remembered; then forgets them.
     *
     * @param workers threads that share the work, or {@code null}
     * @param every   hears every duplicate, or {@code null} (see {@link SeenKeys#duplicates(int, int,
     *                java.util.concurrent.ExecutorService, SeenKeys.Sink)})
     */
    SeenKeys.Duplicates[] duplicates(int uniqueKeys, java.util.concurrent.ExecutorService workers, SeenKeys.Sink every) {
        if (keys == null) {
            SeenKeys.Duplicates[] none = new SeenKeys.Duplicates[uniqueKeys];
            Arrays.fill(none, new SeenKeys.Duplicates(0, List.of()));
            return none;
        }
        SeenKeys.Duplicates[] found = keys.duplicates(uniqueKeys, exampleLimit, workers, every);
        keys = null;
        return found;
    }

    /** Forgets the keys and deletes their temporary file, if any: for a tally given up before its report. */
    public void release() {
        if (keys != null) {
            keys.close();
            keys = null;
        }
    }

    /**
     * Says which part of the file the tally covers, for {@link #combine}.
     *
     * @param lines the physical lines from the part's start to the next part's
     * @param reads the records read in it (the record number of its last record, counted from its
     *              start)
     */
    public void extent(long lines, long reads) {
        this.lines = lines;
        this.reads = reads;
    }

    /**
     * The tally of this part of a file followed by the next part: counts, fill counts, value
     * profiles, keys, case styles and column sums add up, the later part's examples (their lines
     * and record numbers counted on from this part's {@link #extent}) come after this one's up to
     * the example limit, and the first totals row is kept. Associative; {@code later} must not be
     * used afterwards.
     *
     * @return this tally, now of both parts
     */
    public Tally combine(Tally later) {
        if (later.slots.length != slots.length || later.filled.length != filled.length) {
            throw new IllegalArgumentException("only tallies of one compiled standard combine");
        }
        long lineShift = lines;
        long recordShift = reads;
        for (int i = 0; i < slots.length; i++) {
            counts[i] += later.counts[i];
            append(examples.get(i), later.examples.get(i), exampleLimit, lineShift, recordShift);
        }
        for (int i = 0; i < filled.length; i++) {
            filled[i] += later.filled[i];
            empty[i] += later.empty[i];
            profiles[i].combine(later.profiles[i]);
        }
        if (later.keys != null) {
            if (keys == null) {
                keys = new SeenKeys(KeyHash.DEFAULT, keyMemory);
            }
            keys.combine(later.keys, lineShift, recordShift);
            later.keys = null;
        }
        for (int i = 0; i < cases.length; i++) {
            cases[i].combine(later.cases[i], exampleLimit, lineShift, recordShift);
        }
        for (int i = 0; i < spreadSums.length; i++) {
            spreadSums[i] += later.spreadSums[i];
            spreadBounded[i] |= later.spreadBounded[i];
        }
        if (totalsRow == null && later.totalsRow != null) {
            TotalsRow row = later.totalsRow;
            totalsRow = new TotalsRow(shift(row.line(), lineShift), shift(row.record(), recordShift), row.cells());
        }
        invalidByte(later.firstInvalidByte);
        records += later.records;
        cutShort |= later.cutShort;
        lines += later.lines;
        reads += later.reads;
        return this;
    }

    /** Appends a later part's examples, moved to their place in the whole file, while there are fewer than the limit. */
    private static void append(List<Example> kept, List<Example> later, int limit, long lineShift, long recordShift) {
        for (Example example : later) {
            if (kept.size() >= limit) {
                return;
            }
            kept.add(new Example(shift(example.line(), lineShift), shift(example.record(), recordShift), example.value(),
                    example.args()));
        }
    }

    /** A line or record number of a later part counted on from an earlier part; 0 (the file) stays 0. */
    private static long shift(long number, long by) {
        return number > 0 ? number + by : number;
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
