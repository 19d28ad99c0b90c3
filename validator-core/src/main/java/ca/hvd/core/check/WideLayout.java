package ca.hvd.core.check;

import ca.hvd.core.standard.LinearPattern;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.Set;

/**
 * A profile's wide layout compiled against a file's header: the spread columns with their key
 * values and value checks, what means suppressed, the row total column and the totals row.
 *
 * @param keyField       the index of the field the spread columns' headers give (e.g. the year)
 * @param valueField     the index of the field their cells give (e.g. the count)
 * @param columns        the spread columns
 * @param keys           the key value of each spread column
 * @param valueChecks    the check of each spread column's cells
 * @param suppressed     the trimmed cell values that mean "suppressed"
 * @param suppressedSlot where suppressed cells are noted
 * @param totalColumn    the row total column, or -1
 * @param rowTotal       where a row total that is not the row's sum goes
 * @param markerColumn   the column that marks the totals row, or -1
 * @param marker         what that column holds on the totals row, or {@code null}
 * @param columnTotals   per spread column, where a total of the totals row that is not the column's sum goes
 */
record WideLayout(int keyField, int valueField, int[] columns, String[] keys, FieldCheck[] valueChecks,
                  Set<String> suppressed, Slot suppressedSlot, int totalColumn, Slot rowTotal,
                  int markerColumn, LinearPattern marker, Slot[] columnTotals) {

    /** Whether a record is the totals row, which is checked against the column sums and is not a record. */
    boolean isTotalsRow(CsvRecord cells, int width) {
        return marker != null && markerColumn >= 0 && markerColumn < width
                && marker.matchesWhole(CellValues.trim(cells.getField(markerColumn)));
    }

    /** Whether a trimmed cell of a spread column means "suppressed". */
    boolean isSuppressed(String trimmed) {
        return suppressed.contains(trimmed);
    }
}
