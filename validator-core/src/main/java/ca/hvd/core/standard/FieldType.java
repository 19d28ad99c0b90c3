package ca.hvd.core.standard;

import java.util.Locale;

/**
 * The type of a field's values, as its JSON Schema declares it. Every cell is text in a CSV file;
 * the type says which texts are valid (see {@code docs/standard-format.md}, "From cells to JSON").
 */
public enum FieldType {
    /** Any text. JSON Schema {@code "type": "string"}. */
    STRING,
    /** A whole number: optional sign and digits, e.g. {@code 2019}, {@code -3}. {@code "type": "integer"}. */
    INTEGER,
    /** A decimal number, e.g. {@code 62.47255}, {@code -1.5e3}. {@code "type": "number"}. */
    NUMBER,
    /** {@code true} or {@code false}, in any case. {@code "type": "boolean"}. */
    BOOLEAN,
    /** A calendar date {@code YYYY-MM-DD}. {@code "type": "string", "format": "date"}. */
    DATE;

    /** The lower-case name used in messages and documentation. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code minimum}/{@code maximum} apply to this type. */
    public boolean isNumeric() {
        return this == INTEGER || this == NUMBER;
    }
}
