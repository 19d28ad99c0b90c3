package ca.hvd.core.report;

import java.util.List;

/**
 * One occurrence of a finding, kept as an example.
 *
 * @param line   the physical line of the file (1-based), or 0 when the finding is about the file
 * @param record the data record number (1-based, the header excluded), or 0 for the header or file
 * @param value  the offending value, at most {@link #MAX_VALUE_LENGTH} characters, or {@code null}
 * @param args   details of this occurrence for its message (e.g. the line a key was first seen on)
 */
public record Example(long line, long record, String value, List<Object> args) {

    /** Values longer than this are cut, and end with an ellipsis. */
    public static final int MAX_VALUE_LENGTH = 200;

    public Example {
        value = cut(value);
        args = List.copyOf(args);
    }

    public Example(long line, long record, String value) {
        this(line, record, value, List.of());
    }

    /** A value as reports keep it: unchanged up to {@link #MAX_VALUE_LENGTH} characters, else cut with an ellipsis. */
    public static String cut(String value) {
        if (value == null || value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        int end = MAX_VALUE_LENGTH - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
