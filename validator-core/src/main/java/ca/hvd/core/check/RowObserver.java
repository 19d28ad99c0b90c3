package ca.hvd.core.check;

import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severity;

/**
 * Hears the canonical rows of one share of a file as the hot loop makes them, for work beyond
 * conformance done in the same single pass: comparability measures ({@code hvd compare}) and the
 * harmonized export ({@code hvd harmonize}). Like a {@link Tally}, an observer belongs to one
 * thread; the shares of a file are combined in file order by whoever owns the observers.
 *
 * <p>A file read in parts (a large one, on several threads) has an observer per part, which hears
 * that part only, its line and record numbers counted from the part's start (the part's first line
 * is line 1) as its tally counts them; an observer that needs the file's own numbers, or every row
 * in order, makes the engine read the file in one pass on one thread.
 *
 * <p>An observer is optional: a tally without one costs the hot loop one {@code null} check per
 * canonical row.
 */
public interface RowObserver {

    /**
     * One canonical row, after its cell and row checks (and its unique keys): once per record of a
     * long layout, once per spread cell that is not suppressed of a wide one. Blank rows, rows a
     * profile's filter leaves out and a totals row are not canonical rows.
     *
     * @param line   the physical line the record starts on (in the observer's share of the file)
     * @param record the record's 1-based number (in the observer's share of the file)
     * @param values per field of the standard, in canonical order, the value trimmed and transformed
     *               by the profile ({@code ""} when empty); valid or not. The array is reused for the
     *               next row: copy what must be kept.
     */
    void row(long line, long record, String[] values);

    /**
     * A finding counted while records are read, before the row it is about is passed to
     * {@link #row}; and, once every row is heard, each {@code duplicate-key} finding, which is
     * decided on the whole file: the observer of the whole file (the parts' observers combined)
     * hears every duplicate, not in file order, the file's own line and record numbers. Other
     * findings decided once the whole file is read (the less common case style, a totals row) are
     * not heard. Findings of a severity turned off are not heard. Does nothing unless overridden.
     *
     * @param key      what the finding is about
     * @param severity its severity in this run
     * @param line     the physical line (0 for the whole file)
     * @param record   the record's number (0 for the header or the file)
     * @param value    the offending value, or {@code null}
     */
    default void finding(FindingKey key, Severity severity, long line, long record, String value) {
    }
}
