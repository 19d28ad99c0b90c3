package ca.hvd.core.report;

import java.util.Objects;

/**
 * How a file was read: detected or given by the user.
 *
 * @param encoding   the character encoding, e.g. {@code UTF-8}, {@code windows-1252}
 * @param bom        the byte order mark found, e.g. {@code UTF-8}, or {@code null} when none
 * @param delimiter  the field delimiter
 * @param headerLine the physical line of the header (1-based), 0 when the file has none
 */
public record SourceInfo(String encoding, String bom, char delimiter, long headerLine) {

    public SourceInfo {
        Objects.requireNonNull(encoding, "encoding");
    }

    /** The delimiter as text, with the tab spelled {@code \t}. */
    public String delimiterLabel() {
        return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
    }
}
