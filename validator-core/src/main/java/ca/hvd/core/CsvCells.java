package ca.hvd.core;

import ca.hvd.core.check.CellValues;

/**
 * Makes values safe in a CSV file hvd writes (a harmonized file and its rejects, a template): a cell
 * a spreadsheet would take for a formula ({@code =HYPERLINK(…)}, {@code @SUM(…)}, {@code +cmd|…})
 * is written as text. The one place CSV writers neutralise cells; quoting is the writer's job.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * The cell as a spreadsheet will show it as text: a value starting with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which
     * spreadsheets read as "text follows" (the OWASP advice on CSV injection). A plain decimal
     * number such as {@code -63.57} or {@code +1e3} is left alone: it cannot be a formula, and an
     * export must keep it a number.
     */
    public static String neutralize(String cell) {
        return neutralize(cell, true);
    }

    /**
     * The cell as {@link #neutralize(String)} makes it, except that a plain number is kept only when
     * {@code keepNumbers} says so: a harmonized file keeps the numbers of numeric fields numbers, and
     * writes a text field's {@code +1} as text.
     *
     * @param keepNumbers whether a plain number is written as it is (a value of a numeric field)
     */
    public static String neutralize(String cell, boolean keepNumbers) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || keepNumbers && (first == '+' || first == '-') && CellValues.isNumber(cell)) {
            return cell;
        }
        return "'" + cell;
    }
}
