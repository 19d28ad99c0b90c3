package ca.hvd.core.engine;

import java.nio.charset.Charset;

/**
 * How to read a file where detection should not decide. Every component is {@code null} to detect.
 *
 * @param encoding   the character encoding (default: detected from the BOM, else UTF-8 when the
 *                   bytes are valid UTF-8, else Windows-1252)
 * @param delimiter  the field delimiter (default: detected among {@code ,} {@code ;} tab and
 *                   {@code |})
 * @param headerLine the physical line of the header, 1-based (default: the first line that best
 *                   matches the standard's fields)
 */
public record SourceOptions(Charset encoding, Character delimiter, Integer headerLine) {

    /** Detect everything. */
    public static final SourceOptions DETECT = new SourceOptions(null, null, null);

    public SourceOptions {
        if (headerLine != null && headerLine < 1) {
            throw new IllegalArgumentException("the header line is 1 or more");
        }
        if (delimiter != null && (delimiter == '"' || delimiter == '\r' || delimiter == '\n')) {
            throw new IllegalArgumentException("a quote or a line break cannot be the delimiter");
        }
    }

    public SourceOptions withEncoding(Charset encoding) {
        return new SourceOptions(encoding, delimiter, headerLine);
    }

    public SourceOptions withDelimiter(Character delimiter) {
        return new SourceOptions(encoding, delimiter, headerLine);
    }

    public SourceOptions withHeaderLine(Integer headerLine) {
        return new SourceOptions(encoding, delimiter, headerLine);
    }
}
