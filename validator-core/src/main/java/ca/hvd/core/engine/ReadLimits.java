package ca.hvd.core.engine;

/**
 * How much of a file hvd agrees to hold or inflate at once, so that memory and time stay bounded
 * whatever the file. A record beyond a size limit stops reading with a {@code limit-exceeded}
 * finding at its line; a compressed file beyond a decompression limit is refused as unreadable.
 * Build it from {@link #DEFAULTS} with the {@code with…} methods.
 *
 * @param maxFieldSize        the most characters of one value (default
 *                            {@value #DEFAULT_FIELD_SIZE}, 1 Mi); a quote that is never closed
 *                            is caught by this limit
 * @param maxRecordSize       the most characters of one record, all its values together, at least
 *                            {@code maxFieldSize} (default {@value #DEFAULT_RECORD_SIZE}, 4 Mi)
 * @param maxColumns          the most values of one record (default {@value #DEFAULT_COLUMNS})
 * @param maxDecompressedSize the most bytes a gzip-compressed file may inflate to (default
 *                            {@value #DEFAULT_DECOMPRESSED_SIZE}, 8 GiB)
 * @param maxCompressionRatio the most bytes of inflated data per byte of compressed data, checked
 *                            once a file has inflated past {@value #RATIO_FLOOR} bytes (default
 *                            {@value #DEFAULT_COMPRESSION_RATIO})
 */
public record ReadLimits(int maxFieldSize, int maxRecordSize, int maxColumns, long maxDecompressedSize,
                         int maxCompressionRatio) {

    public static final int DEFAULT_FIELD_SIZE = 1 << 20;
    public static final int DEFAULT_RECORD_SIZE = 4 << 20;
    public static final int DEFAULT_COLUMNS = 10_000;
    public static final long DEFAULT_DECOMPRESSED_SIZE = 8L << 30;
    public static final int DEFAULT_COMPRESSION_RATIO = 100;

    /** Inflated bytes below which the compression ratio is not checked: small files of one repeated line are fine. */
    public static final long RATIO_FLOOR = 1 << 20;

    /** The documented defaults. */
    public static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_FIELD_SIZE, DEFAULT_RECORD_SIZE, DEFAULT_COLUMNS,
            DEFAULT_DECOMPRESSED_SIZE, DEFAULT_COMPRESSION_RATIO);

    public ReadLimits {
        if (maxFieldSize < 1 || maxRecordSize < 1 || maxColumns < 1 || maxDecompressedSize < 1 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("every limit is 1 or more");
        }
        if (maxRecordSize < maxFieldSize) {
            throw new IllegalArgumentException("the record size limit is at least the field size limit");
        }
    }

    /** These limits with another field size; the record size is raised to it when smaller. */
    public ReadLimits withMaxFieldSize(int size) {
        return new ReadLimits(size, Math.max(size, maxRecordSize), maxColumns, maxDecompressedSize, maxCompressionRatio);
    }

    public ReadLimits withMaxRecordSize(int size) {
        return new ReadLimits(maxFieldSize, size, maxColumns, maxDecompressedSize, maxCompressionRatio);
    }

    public ReadLimits withMaxColumns(int columns) {
        return new ReadLimits(maxFieldSize, maxRecordSize, columns, maxDecompressedSize, maxCompressionRatio);
    }

    public ReadLimits withMaxDecompressedSize(long bytes) {
        return new ReadLimits(maxFieldSize, maxRecordSize, maxColumns, bytes, maxCompressionRatio);
    }

    public ReadLimits withMaxCompressionRatio(int ratio) {
        return new ReadLimits(maxFieldSize, maxRecordSize, maxColumns, maxDecompressedSize, ratio);
    }
}
