package ca.hvd.core.source;

import ca.hvd.core.report.FindingCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a file holds which field of the standard.
 *
 * @param header       the header cells as written in the file
 * @param fields       the canonical fields, in order
 * @param columnOfField per field (same order), the column index, or -1 when the file lacks it
 * @param issues       what is wrong with the header
 */
public record ColumnBinding(List<String> header, List<String> fields, int[] columnOfField, List<Issue> issues) {

    public ColumnBinding {
        header = List.copyOf(header);
        fields = List.copyOf(fields);
        columnOfField = columnOfField.clone();
        issues = List.copyOf(issues);
    }

    /** A copy of the column indexes, one per field. */
    @Override
    public int[] columnOfField() {
        return columnOfField.clone();
    }

    /** The column of a field by its index, or -1. */
    public int columnOf(int fieldIndex) {
        return columnOfField[fieldIndex];
    }

    /** Per field, the header of its column or {@code null}: what a report shows. */
    public Map<String, String> columnNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            names.put(fields.get(i), columnOfField[i] < 0 ? null : header.get(columnOfField[i]));
        }
        return names;
    }

    /**
     * One thing wrong with the header.
     *
     * @param code       the finding code
     * @param column     the column index, or -1 for a missing field
     * @param columnName the header cell, or {@code null}
     * @param field      the field concerned, or {@code null}
     */
    public record Issue(FindingCode code, int column, String columnName, String field) {
    }
}
