package ca.hvd.core.standard;

/** Whether a file's columns must come in the standard's order. */
public enum ColumnOrder {
    /** Columns may come in any order (the default). */
    ANY,
    /** Columns present must come in the order the standard lists its fields. */
    CANONICAL
}
