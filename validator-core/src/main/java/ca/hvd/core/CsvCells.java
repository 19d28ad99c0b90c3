package ca.hvd.core.report.render;

/**
 * Makes values from the data safe in a CSV file hvd writes (a harmonized export, say): a cell a
 * spreadsheet would take for a formula ({@code =HYPERLINK(…)}, {@code @SUM(…)}, {@code +cmd|…})
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
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || (first == '+' || first == '-') && isPlainNumber(cell)) {
            return cell;
        }
        return "'" + cell;
    }

    /** An optional sign, digits, an optional fraction and exponent: nothing a spreadsheet could evaluate. */
    private static boolean isPlainNumber(String text) {
        int i = 1;
        int n = text.length();
        int digits = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }
}
