package ca.hvd.core.engine;

import ca.hvd.core.check.CellValues;
import ca.hvd.core.standard.FieldType;

/**
 * Keeps spreadsheets from running a harmonized file's values as formulas (CSV injection): a value
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written
 * with an apostrophe before it, which spreadsheets show as text and hide. A valid number of a
 * numeric field is left as it is, so a longitude {@code -114.3} or a count {@code +5} stays a
 * number; anything else is neutralised, whatever its field.
 */
final class Formulas {

    private Formulas() {
    }

    /** The value to write in a CSV file meant for spreadsheets. */
    static String neutralised(String value, FieldType type) {
        if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0) {
            return value;
        }
        boolean number = type == FieldType.INTEGER ? CellValues.isInteger(value)
                : type == FieldType.NUMBER && CellValues.isNumber(value);
        return number ? value : "'" + value;
    }
}
