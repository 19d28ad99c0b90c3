package ca.hvd.core.engine;

import ca.hvd.core.standard.Profile;
import java.nio.charset.Charset;

/**
 * How to read a file where detection should not decide. Every component is {@code null} to detect.
 *
 * @param encoding   the character encoding (default: detected from the BOM, else UTF-8 when the
 *                   bytes are valid UTF-8, else {@code fallbackEncoding})
 * @param delimiter  the field delimiter (default: detected among {@code ,} {@code ;} tab and
 *                   {@code |})
 * @param headerLine the physical line of the header, 1-based (default: the first line that best
 *                   matches the standard's fields)
 * @param fallbackEncoding the encoding of a file whose bytes are not valid UTF-8 and that has no
 *                   BOM (default: Windows-1252)
 * @param limits     how large a value, a record or an inflated gzip file may be (default:
 *                   {@link ReadLimits#DEFAULTS}); never {@code null} once built
 */
public record SourceOptions(Charset encoding, Character delimiter, Integer headerLine, Charset fallbackEncoding,
                            ReadLimits limits) {

    /** Detect everything, with the default limits. */
    public static final SourceOptions DETECT = new SourceOptions(null, null, null, null, ReadLimits.DEFAULTS);

    public SourceOptions {
        limits = limits == null ? ReadLimits.DEFAULTS : limits;
        if (headerLine != null && headerLine < 1) {
            throw new IllegalArgumentException("the header line is 1 or more");
        }
        if (delimiter != null && (delimiter == '"' || delimiter == '\r' || delimiter == '\n')) {
            throw new IllegalArgumentException("a quote or a line break cannot be the delimiter");
        }
    }

    /** Options with the default limits. */
    public SourceOptions(Charset encoding, Character delimiter, Integer headerLine, Charset fallbackEncoding) {
        this(encoding, delimiter, headerLine, fallbackEncoding, ReadLimits.DEFAULTS);
    }

    /** Options that detect the encoding's fallback (Windows-1252), with the default limits. */
    public SourceOptions(Charset encoding, Character delimiter, Integer headerLine) {
        this(encoding, delimiter, headerLine, null);
    }

    public SourceOptions withEncoding(Charset encoding) {
        return new SourceOptions(encoding, delimiter, headerLine, fallbackEncoding, limits);
    }

    public SourceOptions withDelimiter(Character delimiter) {
        return new SourceOptions(encoding, delimiter, headerLine, fallbackEncoding, limits);
    }

    public SourceOptions withHeaderLine(Integer headerLine) {
        return new SourceOptions(encoding, delimiter, headerLine, fallbackEncoding, limits);
    }

    public SourceOptions withLimits(ReadLimits limits) {
        return new SourceOptions(encoding, delimiter, headerLine, fallbackEncoding, limits);
    }

    /**
     * These options, with what a profile knows of its publisher's files where these leave it to
     * detection.
     */
    public SourceOptions orElse(Profile.SourceHints hints) {
        return new SourceOptions(encoding,
                delimiter != null ? delimiter : hints.delimiter(),
                headerLine != null ? headerLine : hints.headerLine(),
                fallbackEncoding != null ? fallbackEncoding
                        : hints.encoding() == null ? null : Charset.forName(hints.encoding()),
                limits);
    }
}
