package ca.hvd.core.source;

import ca.hvd.core.report.FindingCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a file holds what the layout wants: each {@link Wanted} column's index (or -1
 * when the file lacks it), the spread columns of a wide layout with their key values, and what is
 * wrong with the header.
 *
 * @param header        the header cells as written in the file
 * @param wanted        the columns the layout wants, in the matcher's order
 * @param columnOfWanted per wanted column (same order), its index in the file, or -1
 * @param spread        the indexes of a wide layout's spread columns, in file order (empty when
 *                      the layout is not wide)
 * @param spreadKeys    per spread column, the key value its header gives (e.g. the year)
 * @param issues        what is wrong with the header
 */
public record ColumnBinding(List<String> header, List<Wanted> wanted, int[] columnOfWanted, int[] spread,
                            List<String> spreadKeys, List<Issue> issues) {

    public ColumnBinding {
        header = List.copyOf(header);
        wanted = List.copyOf(wanted);
        columnOfWanted = columnOfWanted.clone();
        spread = spread.clone();
        spreadKeys = List.copyOf(spreadKeys);
        issues = List.copyOf(issues);
    }

    @Override
    public int[] columnOfWanted() {
        return columnOfWanted.clone();
    }

    @Override
    public int[] spread() {
        return spread.clone();
    }

    /** The column of a wanted column of some role and field (the field {@code null} for roles without one), or -1. */
    public int columnOf(Wanted.Role role, String field) {
        for (int i = 0; i < wanted.size(); i++) {
            Wanted w = wanted.get(i);
            if (w.role() == role && java.util.Objects.equals(w.field(), field)) {
                return columnOfWanted[i];
            }
        }
        return -1;
    }

    /** The header of a column, or {@code null} for -1. */
    public String name(int column) {
        return column < 0 ? null : header.get(column);
    }

    /**
     * Per field read from a column, the header of the column it is read from (its first column
     * present, for a field with a fallback), or {@code null} when the file has none; for reports.
     *
     * @param fields the canonical fields, in order
     */
    public Map<String, String> columnNames(List<String> fields) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String field : fields) {
            int column = columnOf(Wanted.Role.FIELD, field);
            if (column < 0) {
                column = columnOf(Wanted.Role.FALLBACK, field);
            }
            names.put(field, name(column));
        }
        return names;
    }

    /**
     * One thing wrong with the header.
     *
     * @param code       the finding code
     * @param column     the column index, or -1 for a missing column
     * @param columnName the header cell, or {@code null}
     * @param field      the field concerned, or {@code null}
     */
    public record Issue(FindingCode code, int column, String columnName, String field) {
    }
}
