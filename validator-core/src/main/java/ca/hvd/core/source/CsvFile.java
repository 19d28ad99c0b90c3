package ca.hvd.core.source;

import ca.hvd.core.SourceException;
import ca.hvd.core.engine.ReadLimits;
import ca.hvd.core.engine.SourceOptions;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.SourceInfo;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV file opened for validation: its encoding, byte order mark, delimiter and header line are
 * detected from its first bytes (or given), then its data records are streamed.
 *
 * <p>Detection reads a sample of at most {@value #SAMPLE_BYTES} bytes. The encoding is the BOM's,
 * else UTF-8 when the sample is valid UTF-8, else Windows-1252 (noted as
 * {@code encoding-fallback}). The delimiter is the candidate that best finds the standard's header
 * and gives rows of a consistent width. The header is the first of the sample's first
 * {@value #HEADER_SEARCH_RECORDS} records naming the most fields; records above it are preamble. A
 * file of blank lines only is empty.
 *
 * <p>A file starting with gzip's magic bytes is inflated as it is read, under the decompression
 * limits of {@link ReadLimits}; so is its sample. Values, records and columns are bounded by the
 * same limits: reading stops at the first record beyond them with a {@code limit-exceeded} notice,
 * so that no file, not even one whose first quote is never closed, is held in memory.
 */
public final class CsvFile {

    /** How many bytes detection looks at. */
    public static final int SAMPLE_BYTES = 1 << 20;

    /** How many records from the top may be preamble above the header. */
    public static final int HEADER_SEARCH_RECORDS = 50;

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");

    private final Path path;
    private final Charset charset;
    private final Bom bom;
    private final char delimiter;
    private final long headerLine;
    private final List<String> header;
    private final List<Notice> notices;
    private final long size;
    private final ReadLimits limits;
    /** Whether the file is gzip-compressed, inflated as it is read. */
    private final boolean compressed;
    /** Whether the encoding was guessed from a sample that is not the whole file (no BOM, none given). */
    private final boolean guessedFromSample;
    /** The file being read by the current {@link #read}; only the reading thread touches it. */
    private FileBytes reading;
    /** What watches the bytes of the current or last {@link #read} for UTF-8 ({@link #watchesUtf8}), or {@code null}. */
    private Utf8Watch watch;

    private CsvFile(Path path, long size, ReadLimits limits, boolean compressed, boolean guessedFromSample, Charset charset,
                    Bom bom, char delimiter, long headerLine, List<String> header, List<Notice> notices) {
        this.path = path;
        this.guessedFromSample = guessedFromSample;
        this.size = size;
        this.limits = limits;
        this.compressed = compressed;
        this.charset = charset;
        this.bom = bom;
        this.delimiter = delimiter;
        this.headerLine = headerLine;
        // a header name is data the reports repeat: cut like example values, so no header can swell them
        this.header = header.stream().map(Example::cut).toList();
        this.notices = List.copyOf(notices);
    }

    /**
     * Opens a file and detects how to read it.
     *
     * @param path    the file
     * @param options what not to detect
     * @param matcher recognises the standard's header
     * @throws SourceException when the file does not exist, is not a regular file, cannot be read, is
     *                         not text or inflates beyond the decompression limits
     */
    public static CsvFile open(Path path, SourceOptions options, HeaderMatcher matcher) {
        ReadLimits limits = options.limits();
        Sample read = readSample(path, limits);
        byte[] sample = read.bytes();
        long size = size(path);
        boolean complete = read.complete();
        List<Notice> notices = new ArrayList<>();

        Bom bom = Bom.of(sample, sample.length);
        int start = bom == null ? 0 : bom.length();
        Charset charset = options.encoding();
        if (charset == null) {
            charset = bom != null ? bom.charset() : guessUtf16(sample, start);
        }
        if (charset == null) {
            int invalid = firstInvalidUtf8(sample, start, complete);
            if (invalid < 0) {
                charset = StandardCharsets.UTF_8;
            } else {
                charset = options.fallbackEncoding() != null ? options.fallbackEncoding() : WINDOWS_1252;
                notices.add(new Notice(FindingCode.ENCODING_FALLBACK, LineBreaks.lineOf(sample, invalid), null,
                        List.of(charset.name(), String.format("%02X", sample[Math.min(invalid, sample.length - 1)] & 0xFF), invalid - lineStart(sample, start, invalid) + 1)));
            }
        }
        boolean guessed = options.encoding() == null && bom == null && !complete;
        if (start == sample.length) {
            notices.add(new Notice(FindingCode.EMPTY_FILE, 0, null, List.of()));
            char delimiter = options.delimiter() == null ? ',' : options.delimiter();
            return new CsvFile(path, size, limits, read.compressed(), guessed, charset, bom, delimiter, 0, List.of(), notices);
        }
        String text = decodeSample(sample, start, charset, complete);
        BinaryContent.check(sample, text, path);

        Layout layout = detectLayout(text, options, matcher, limits);
        if (options.headerLine() != null && layout.header().isEmpty() && layout.stop() == null) {
            long lines = complete ? LineBreaks.lines(text) : -1;
            throw new SourceException(lines >= 0 && options.headerLine() > lines
                    ? Message.of("source.header-line.beyond", path.toString(), options.headerLine(), lines)
                    : Message.of("source.header-line.no-record", path.toString(), options.headerLine()));
        }
        if (layout.header().isEmpty() && layout.stop() != null) {
            // the first record is beyond the limits: there is no header to read, and no records
            notices.add(layout.stop());
            return new CsvFile(path, size, limits, read.compressed(), guessed, charset, bom, layout.delimiter(), 0, List.of(), notices);
        }
        if (layout.header().isEmpty() && options.headerLine() == null) {
            // nothing but blank lines: no header to find, no records to read
            notices.add(new Notice(FindingCode.EMPTY_FILE, 0, null, List.of()));
            return new CsvFile(path, size, limits, read.compressed(), guessed, charset, bom, layout.delimiter(), 0, List.of(), notices);
        }
        if (layout.headerLine() > 1 && !layout.header().isEmpty()) {
            notices.add(new Notice(FindingCode.PREAMBLE_SKIPPED, 1, layout.firstPreambleLine(),
                    List.of(layout.headerLine() - 1)));
        }
        return new CsvFile(path, size, limits, read.compressed(), guessed, charset, bom, layout.delimiter(), layout.headerLine(), layout.header(),
                notices);
    }

    /** How the file is read. */
    public SourceInfo info() {
        return new SourceInfo(charset.name(), bom == null ? null : bom.label(), delimiter, headerLine);
    }

    /**
     * The header cells as written (each cut to {@value Example#MAX_VALUE_LENGTH} characters, like
     * example values); empty for an empty file (no bytes, or only blank lines), when the given
     * header line is not in the file and when the first record is beyond the limits.
     */
    public List<String> header() {
        return header;
    }

    /** The file's size in bytes when it was opened (compressed, for a gzip file). */
    public long size() {
        return size;
    }

    /**
     * How many bytes of the file {@link #read} has taken so far (read ahead of the record being
     * handled by at most a buffer), for progress reports. Call it only from the reading thread,
     * e.g. from the record sink.
     */
    public long bytesRead() {
        FileBytes current = reading;
        return current == null ? 0 : current.rawBytesRead();
    }

    /**
     * The offset of the first byte that the last {@link #read} found not valid UTF-8, when the file
     * is read as UTF-8 guessed from its first {@value #SAMPLE_BYTES} bytes; else -1. Parts say it
     * themselves ({@link Part#invalidByte}).
     */
    public long invalidByte() {
        return watch == null ? -1 : watch.invalid();
    }

    /**
     * The notice that the file is not in the encoding detected: its first {@value #SAMPLE_BYTES}
     * bytes, where the encoding is guessed, are valid UTF-8, but reading found a byte further on that
     * is not (a Windows-1252 file whose first accented letter comes late). Its line is that of the
     * byte, counted again from the top of the file.
     *
     * @param invalidByte the offset of the first byte found not valid UTF-8, or -1 for none
     * @throws SourceException when the file cannot be read again
     */
    public Optional<Notice> encodingMismatch(long invalidByte) {
        if (invalidByte < 0 || !watchesUtf8()) {
            return Optional.empty();
        }
        long line;
        try (FileBytes bytes = FileBytes.open(path, limits)) {
            line = 1 + LineBreaks.before(bytes.data(), invalidByte);
        } catch (IOException e) {
            throw FileBytes.failure(path, e);
        }
        return Optional.of(new Notice(FindingCode.ENCODING_MISMATCH, line, null, List.of(charset.name())));
    }

    /** What detection noticed: encoding fallback, preamble, emptiness. */
    public List<Notice> notices() {
        return notices;
    }

    /** Receives the data records of a file. */
    @FunctionalInterface
    public interface RecordSink {
        /**
         * Takes one data record.
         *
         * @param line   the physical line it starts on, 1-based
         * @param record its number among data records, 1-based
         * @param cells  its cells
         * @param noInvalidCharacter {@code true} when decoding found no invalid character (a C0
         *               control other than tab and line breaks, DEL, a C1 control, U+FFFD) in its
         *               cells, which then need not be scanned for one; {@code false} when it may
         *               have, or was not watched
         */
        void accept(long line, long record, CsvRecord cells, boolean noInvalidCharacter);
    }

    /**
     * Streams the data records below the header to a sink.
     *
     * @return the notice that stopped reading early (malformed CSV, a record beyond the limits), or
     *         {@code null} when the whole file was read
     * @throws SourceException when the file cannot be read any more, or inflates beyond the
     *                         decompression limits
     */
    public Notice read(RecordSink sink) {
        if (headerLine == 0) {
            return null;
        }
        long lastLine = headerLine;
        long record = 0;
        try (FileBytes bytes = FileBytes.open(path, limits);
             CsvReader<CsvRecord> reader = reader(bytes)) {
            for (CsvRecord cells : reader) {
                long line = cells.getStartingLineNumber();
                if (line <= headerLine) {
                    continue;
                }
                lastLine = line;
                sink.accept(line, ++record, cells, false);
            }
            return null;
        } catch (CsvParseException e) {
            if (e.getCause() instanceof IOException io) {
                throw FileBytes.failure(path, io);
            }
            return stop(e, lastLine + 1, limits);
        } catch (UncheckedIOException e) {
            throw FileBytes.failure(path, e.getCause());
        } catch (IOException e) {
            throw FileBytes.failure(path, e);
        } finally {
            reading = null;
        }
    }

    // ---- reading in parts ------------------------------------------------------------------------

    /**
     * Whether the file can be read in parts cut at line breaks: it is not gzip-compressed (a gzip
     * stream can only be inflated from its start, so a compressed file is read in one pass), its
     * encoding writes a line feed and a carriage return as the single bytes 10 and 13 and never uses
     * those bytes otherwise (UTF-8, ASCII, ISO-8859 and Windows code pages, not UTF-16), and it has
     * a header.
     */
    public boolean splittable() {
        return !compressed && headerLine > 0 && (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
                || charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1
                        && "\n\r".equals(new String(new byte[] {10, 13}, charset)));
    }

    /**
     * Where the parts of the file start when it is cut about every {@code partSize} bytes: the first at
     * the top of the file, each other at the start of the first line that begins at or after a
     * multiple of {@code partSize} (and after the header line), then the file's size. A line start may
     * still be inside a quoted field: {@link #readPart} finds out, and says where the next part
     * really starts.
     *
     * @param partSize the bytes of a part, at least 1
     */
    public long[] partStarts(long partSize) {
        if (partSize < 1) {
            throw new IllegalArgumentException("a part is at least a byte");
        }
        List<Long> starts = new ArrayList<>();
        long top = bom == null ? 0 : bom.length();
        starts.add(top);
        try (FileChannel channel = FileChannel.open(path)) {
            long afterHeader = LineBreaks.lineStart(channel, top, headerLine, size);
            long at = Math.max(partSize, afterHeader);
            while (at < size) {
                // the first line start at or after `at`: after the first line break from the byte before it
                long start = LineBreaks.lineStart(channel, at - 1, 1, size);
                if (start >= size) {
                    break;
                }
                starts.add(start);
                at = Math.max(start + 1, (start / partSize + 1) * partSize);
            }
        } catch (IOException e) {
            throw FileBytes.failure(path, e);
        }
        starts.add(size);
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * What reading a part found.
     *
     * @param start the byte the part was read from
     * @param next  the byte the next part starts at: where the first record not read starts, or the
     *              file's size
     * @param lines the physical lines from {@code start} to {@code next}
     * @param reads the records read
     * @param stop  the notice that stopped reading (malformed CSV, a record beyond the limits, its
     *              line counted from the part's start), or {@code null}
     * @param end   whether reading reached the end of the file or stopped: no part follows
     * @param invalidByte the offset in the file of the first byte read that is not valid UTF-8, when
     *              the file is read as UTF-8 guessed from its first bytes ({@link #encodingMismatch}),
     *              else -1
     */
    public record Part(long start, long next, long lines, long reads, Notice stop, boolean end, long invalidByte) {

        Part(long start, long next, long lines, long reads, Notice stop, boolean end) {
            this(start, next, lines, reads, stop, end, -1);
        }

        /** This part, having found a byte not valid UTF-8 at an offset (or not, for -1) besides those it found. */
        Part invalidAt(long offset) {
            if (offset < 0 || invalidByte >= 0 && invalidByte <= offset) {
                return this;
            }
            return new Part(start, next, lines, reads, stop, end, offset);
        }
    }

    /**
     * The largest part read into memory. A part in memory is parsed through a {@link java.io.Reader}
     * ({@link BytesReader}) with the same {@link ReadLimits} as a stream, so a value, a record or a
     * row beyond them stops reading at the same record, with the same notice, either way.
     */
    public static final int WHOLE_PART = 8 << 20;

    /**
     * Reads the data records that start between two bytes of the file, both line starts; the
     * last record may run on past {@code end}, and is read whole. Lines and record numbers are
     * counted from the part's start (its first line is line 1, its first record record 1); the first
     * part skips the preamble and header.
     *
     * <p>A part of at most {@value #WHOLE_PART} bytes is read into memory (into {@code buffer} when it
     * is large enough) and parsed from there, decoded as it is parsed ({@link BytesReader}); only a
     * record that runs past its end is then read from a stream, from the line it starts on.
     *
     * @param start  the byte to start from: the top of the file, or the start of a line that is
     *               taken to start a record
     * @param end    the byte where the part ends, a line start ({@link #partStarts}), or the file's
     *               size
     * @param buffer where to read the part's bytes, when it is large enough, or {@code null}
     * @param sink   receives the records
     * @throws SourceException when the file cannot be read
     */
    public Part readPart(long start, long end, byte[] buffer, RecordSink sink) {
        boolean first = start == (bom == null ? 0 : bom.length());
        boolean last = end >= size;
        long length = (last ? size : end) - start;
        try {
            if (length > WHOLE_PART) {
                long inPart = last ? Long.MAX_VALUE : lineBreaks(start, end);
                return stream(start, start, end, first, inPart, 0, 0, sink);
            }
            byte[] bytes = buffer != null && buffer.length >= length ? buffer : new byte[(int) length];
            try (FileChannel channel = FileChannel.open(path)) {
                readFully(channel, start, bytes, (int) length);
            }
            long record = 0;
            long lastLine = 0;
            CsvRecord lastCells = null;
            // the lines before the first record: a test whose both outcomes the first part shows the
            // JIT, unlike a test of `first`, which would have the loop compiled again for the second part
            long skipped = first ? headerLine : 0;
            BytesReader text = new BytesReader(bytes, (int) length, charset);
            // FastCSV (4.4: StrictCsvParser, CsvRecordIterator) reads only once it has used what it
            // read before, and takes a record only when asked, so a record's characters come from the
            // reads made since the record before it was taken. A FastCSV that read ahead would have
            // invalid characters missed: ParallelReadTest.invalidCharactersAreFoundInWhicheverReadOfAPartTheyFallIn
            // and ParallelValidationProperties compare with one pass, which scans every cell.
            int readsBefore = 1;
            try (CsvReader<CsvRecord> reader = bounded(delimiter, limits, text)) {
                for (CsvRecord cells : reader) {
                    boolean noInvalidCharacter = !text.invalidCharacterSince(readsBefore);
                    readsBefore = text.reads();
                    lastCells = cells;
                    long line = cells.getStartingLineNumber();
                    if (line <= skipped) {
                        continue;
                    }
                    lastLine = line;
                    sink.accept(line, ++record, cells, noInvalidCharacter);
                }
            } catch (CsvParseException e) {
                Notice stop = stop(e, lastLine + 1, limits);
                if (last || !String.valueOf(e.getMessage()).startsWith("Unclosed quoted field at end of input")) {
                    return new Part(start, size, 0, record, stop, true).invalidAt(invalid(start, text));
                }
                // the last record runs past the part's end: read it, and what follows it, from its line
                long line = stop.line();
                int offset = LineBreaks.offsetAfter(bytes, (int) length, line - 1);
                long inPart = line - 1 + LineBreaks.count(bytes, offset, (int) length);
                return stream(start, start + offset, end, first, inPart, line - 1, record, sink).invalidAt(invalid(start, text));
            }
            Part part = last ? new Part(start, size, 0, record, null, true)
                    : new Part(start, end, linesUpTo(lastCells), record, null, false);
            return part.invalidAt(invalid(start, text));
        } catch (UncheckedIOException e) {
            throw FileBytes.failure(path, e.getCause());
        } catch (IOException e) {
            throw FileBytes.failure(path, e);
        }
    }

    /**
     * Streams the records that start from a byte to the end of a part (or of the file); the part's
     * start is {@code lineBase} lines and {@code recordBase} records before {@code from}.
     *
     * @param inPart the line breaks in the part: a record starting on a later line is the next part's
     */
    private Part stream(long partStart, long from, long end, boolean first, long inPart, long lineBase, long recordBase,
                        RecordSink sink) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            InputStream in = Channels.newInputStream(channel.position(from));
            Utf8Watch watch = watchesUtf8() ? new Utf8Watch(in, from) : null;
            Part part = streamRecords(partStart, end, first, inPart, lineBase, recordBase,
                    new InputStreamReader(watch != null ? watch : in, decoder()), sink);
            return part.invalidAt(watch == null ? -1 : watch.invalid());
        }
    }

    /** The records of a stream, as {@link #stream} reads them. */
    private Part streamRecords(long partStart, long end, boolean first, long inPart, long lineBase, long recordBase,
                               Reader text, RecordSink sink) throws IOException {
        long record = recordBase;
        long lastLine = lineBase;
        long stopLine = -1;
        try (CsvReader<CsvRecord> reader = bounded(delimiter, limits, text)) {
            for (CsvRecord cells : reader) {
                long line = lineBase + cells.getStartingLineNumber();
                if (line > inPart) {
                    stopLine = line;
                    break;
                }
                if (first && line <= headerLine) {
                    continue;
                }
                lastLine = line;
                sink.accept(line, ++record, cells, false);
            }
        } catch (CsvParseException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            Notice relative = stop(e, lastLine - lineBase + 1, limits);
            Notice stop = new Notice(relative.code(), lineBase + relative.line(), relative.value(), relative.args());
            if (stop.line() <= inPart) {
                return new Part(partStart, size, 0, record, stop, true);
            }
            // the record that does not parse starts in the next part: it is the next part's to report
            stopLine = stop.line();
        }
        if (stopLine < 0) {
            return new Part(partStart, size, 0, record, null, true);
        }
        long next = stopLine == inPart + 1 ? end : lineStart(end, stopLine - inPart - 1);
        return new Part(partStart, next, stopLine - 1, record, null, next >= size);
    }

    /**
     * The line breaks up to the end of a record that ends with one: those before its first line,
     * those inside its quoted cells (kept as written), and the one that ends it.
     */
    private static long linesUpTo(CsvRecord cells) {
        if (cells == null) {
            return 0;
        }
        long breaks = cells.getStartingLineNumber();
        for (int i = 0; i < cells.getFieldCount(); i++) {
            breaks += LineBreaks.count(cells.getField(i));
        }
        return breaks;
    }

    /**
     * Whether reading notes the first byte that is not valid UTF-8: when the file is read as UTF-8
     * guessed from a sample that was not the whole file.
     */
    private boolean watchesUtf8() {
        return guessedFromSample && charset.equals(StandardCharsets.UTF_8);
    }

    /** The offset in the file of the first byte not valid UTF-8 that a part's reader found, when watched, else -1. */
    private long invalid(long partStart, BytesReader text) {
        return watchesUtf8() && text.invalid() >= 0 ? partStart + text.invalid() : -1;
    }

    /** The line breaks between two bytes of the file. */
    private long lineBreaks(long from, long to) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            return LineBreaks.between(channel, from, to);
        }
    }

    private CharsetDecoder decoder() {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /**
     * Reads bytes at a position, 256 KiB at a time: the JDK reads a heap buffer through a temporary
     * direct buffer of its size, which it keeps for the thread.
     */
    private static void readFully(FileChannel channel, long position, byte[] into, int length) throws IOException {
        for (int done = 0; done < length; ) {
            int n = channel.read(ByteBuffer.wrap(into, done, Math.min(1 << 18, length - done)), position + done);
            if (n < 0) {
                throw new IOException("the file became shorter while it was read");
            }
            done += n;
        }
    }

    /**
     * The byte where the line starts that follows {@code breaks} line breaks from a line start
     * (the line start itself for 0), or the file's size.
     */
    private long lineStart(long from, long breaks) throws IOException {
        if (breaks <= 0) {
            return from;
        }
        try (FileChannel channel = FileChannel.open(path)) {
            return LineBreaks.lineStart(channel, from, breaks, size);
        }
    }

    /**
     * A notice of why parsing stopped, at the line the parser names (else the line after the last
     * record): {@code malformed-csv} for text that is not CSV, {@code limit-exceeded} for a record
     * beyond the limits. The parser wraps whatever stopped it, so an error of the JVM (out of memory
     * with a limit raised past the heap) is thrown again as it is: it says nothing about the file.
     */
    static Notice stop(CsvParseException e, long fallbackLine, ReadLimits limits) {
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        String text = String.valueOf(e.getMessage());
        Matcher at = LINE_IN_MESSAGE.matcher(text);
        long line = at.find() ? Long.parseLong(at.group(1)) : fallbackLine;
        Message detail;
        if (text.contains("Unclosed quoted field")) {
            detail = Message.of("csv.unclosed-quote");
        } else if (text.contains("after closing quote")) {
            detail = Message.of("csv.after-quote");
        } else if (text.contains("maximum limit of") && text.contains("fields")) {
            detail = Message.of("csv.too-many-fields", limits.maxColumns());
        } else if (text.contains("maximum buffer size") || text.contains("max field size")) {
            detail = Message.of("csv.field-too-large", limits.maxFieldSize());
        } else if (text.contains("max record size")) {
            detail = Message.of("csv.record-too-large", limits.maxRecordSize());
        } else {
            return new Notice(FindingCode.MALFORMED_CSV, line, null, List.of(Message.of("csv.other")));
        }
        FindingCode code = detail.key().equals("csv.unclosed-quote") || detail.key().equals("csv.after-quote")
                ? FindingCode.MALFORMED_CSV : FindingCode.LIMIT_EXCEEDED;
        return new Notice(code, line, null, List.of(detail));
    }

    private CsvReader<CsvRecord> reader(FileBytes bytes) throws IOException {
        reading = bytes;
        InputStream in = bytes.data();
        if (bom != null) {
            in.skipNBytes(bom.length());
        }
        watch = watchesUtf8() ? new Utf8Watch(in, 0) : null;
        Reader text = new InputStreamReader(watch != null ? watch : in, decoder());
        return bounded(delimiter, limits, text);
    }

    /** A reader of records bounded by the limits, from text. */
    private static CsvReader<CsvRecord> bounded(char delimiter, ReadLimits limits, Reader text) {
        return csvReader(delimiter).maxBufferSize(bufferSize(limits)).build(handler(limits), text);
    }

    private static CsvReader.CsvReaderBuilder csvReader(char delimiter) {
        return CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false);
    }

    /**
     * Records bounded by the limits. The parser's buffer holds one value at a time, with room for
     * its next read; past that, it stops as for a value beyond {@code maxFieldSize}.
     */
    private static CsvRecordHandler handler(ReadLimits limits) {
        return CsvRecordHandler.builder()
                .maxFields(limits.maxColumns())
                .maxFieldSize(limits.maxFieldSize())
                .maxRecordSize(limits.maxRecordSize())
                .build();
    }

    /** The largest buffer the parser may grow for one value: the value, its quotes and one more read. */
    private static int bufferSize(ReadLimits limits) {
        return (int) Math.min(Integer.MAX_VALUE - 16, limits.maxFieldSize() + 16L * 1024 + 2);
    }

    // ---- detection ------------------------------------------------------------------------------

    /** What detection found with one delimiter; {@code stop} when the sample's first record was beyond the limits. */
    private record Layout(char delimiter, long headerLine, List<String> header, String firstPreambleLine,
                          int headerScore, int consistentRows, Notice stop) {
    }

    private static Layout detectLayout(String text, SourceOptions options, HeaderMatcher matcher, ReadLimits limits) {
        char[] candidates = options.delimiter() != null ? new char[] {options.delimiter()} : DELIMITERS;
        Layout best = null;
        for (char candidate : candidates) {
            Layout layout = layout(text, candidate, options.headerLine(), matcher, limits);
            if (best == null || layout.headerScore() > best.headerScore()
                    || layout.headerScore() == best.headerScore() && layout.consistentRows() > best.consistentRows()) {
                best = layout;
            }
        }
        return best;
    }

    private static Layout layout(String text, char delimiter, Integer givenHeaderLine, HeaderMatcher matcher,
                                 ReadLimits limits) {
        List<CsvRecord> records = new ArrayList<>();
        Notice stop = null;
        // through a reader, the parser copies only the characters it reads (a few records), not the
        // whole sample (a megabyte, for each delimiter tried)
        try (CsvReader<CsvRecord> reader = csvReader(delimiter).allowUnclosedQuote(true)
                .build(handler(limits), new StringReader(text))) {
            for (CsvRecord record : reader) {
                records.add(record);
                if (records.size() >= 4 * HEADER_SEARCH_RECORDS
                        && (givenHeaderLine == null || record.getStartingLineNumber() >= givenHeaderLine)) {
                    break;
                }
            }
        } catch (CsvParseException e) {
            // keep the records read before the problem; reading the whole file reports it
            stop = stop(e, records.isEmpty() ? 1 : records.get(records.size() - 1).getStartingLineNumber() + 1, limits);
        } catch (IOException e) {
            // a string cannot fail to be read
        }
        int headerIndex = -1;
        int bestScore = 0;
        if (givenHeaderLine != null) {
            for (int i = 0; i < records.size() && headerIndex < 0; i++) {
                if (records.get(i).getStartingLineNumber() == givenHeaderLine) {
                    headerIndex = i;
                }
            }
            bestScore = headerIndex < 0 ? 0 : matcher.score(records.get(headerIndex).getFields());
        } else {
            for (int i = 0; i < Math.min(HEADER_SEARCH_RECORDS, records.size()); i++) {
                int score = matcher.score(records.get(i).getFields());
                if (score > bestScore) {
                    bestScore = score;
                    headerIndex = i;
                }
            }
            if (headerIndex < 0) {
                headerIndex = firstNonBlank(records);
            }
        }
        if (headerIndex < 0) {
            long line = givenHeaderLine != null ? givenHeaderLine : 1;
            boolean beforeHeader = stop != null && (givenHeaderLine == null || stop.line() <= givenHeaderLine);
            return new Layout(delimiter, line, List.of(), null, 0, 0, beforeHeader ? stop : null);
        }
        CsvRecord header = records.get(headerIndex);
        int consistent = 0;
        for (int i = headerIndex + 1; i < records.size(); i++) {
            if (records.get(i).getFieldCount() == header.getFieldCount() && header.getFieldCount() > 1) {
                consistent++;
            }
        }
        String preamble = headerIndex > 0 ? String.join(String.valueOf(delimiter), records.get(0).getFields()) : null;
        return new Layout(delimiter, header.getStartingLineNumber(), header.getFields(), preamble, bestScore, consistent, null);
    }

    private static int firstNonBlank(List<CsvRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).getFields().stream().anyMatch(cell -> !cell.isBlank())) {
                return i;
            }
        }
        return -1;
    }

    /** UTF-16 without a BOM shows as a NUL byte in every other position of ASCII text. */
    private static Charset guessUtf16(byte[] sample, int start) {
        int pairs = Math.min((sample.length - start) / 2, 4096);
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            if (sample[start + 2 * i] == 0) {
                evenZeros++;
            }
            if (sample[start + 2 * i + 1] == 0) {
                oddZeros++;
            }
        }
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * The offset of the first byte that is not valid UTF-8, or -1. When the sample is not the whole
     * file, a sequence cut by its end is not an error.
     */
    /** The offset where the line holding a byte starts: after the line break before it, or at {@code start}. */
    private static int lineStart(byte[] bytes, int start, int offset) {
        int i = offset;
        while (i > start && bytes[i - 1] != '\n' && bytes[i - 1] != '\r') {
            i--;
        }
        return i;
    }

    static int firstInvalidUtf8(byte[] bytes, int start, boolean complete) {
        return firstInvalidUtf8(bytes, start, bytes.length, complete);
    }

    /** The offset of the first byte of {@code bytes[start..end)} that is not valid UTF-8, or -1: see {@link #firstInvalidUtf8(byte[], int, boolean)}. */
    static int firstInvalidUtf8(byte[] bytes, int start, int end, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isError()) {
                return in.position();
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            if (complete) {
                CoderResult flushed = decoder.flush(out);
                return flushed.isError() ? in.position() : -1;
            }
            return -1;
        }
    }

    private static String decodeSample(byte[] sample, int start, Charset charset, boolean complete) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(sample, start, sample.length - start)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder never fails", e);
        }
        if (!complete) {
            int end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            if (end > 0) {
                text = text.substring(0, end + 1);
            }
        }
        return text;
    }

    /** The first bytes of a file (inflated, for a gzip file), whether they are all of it, and whether it is compressed. */
    private record Sample(byte[] bytes, boolean complete, boolean compressed) {
    }

    private static Sample readSample(Path path, ReadLimits limits) {
        try (FileBytes file = FileBytes.open(path, limits)) {
            byte[] bytes = file.data().readNBytes(SAMPLE_BYTES);
            boolean complete = bytes.length < SAMPLE_BYTES || file.data().read() < 0;
            return new Sample(bytes, complete, file.compressed());
        } catch (IOException e) {
            throw FileBytes.failure(path, e);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw FileBytes.failure(path, e);
        }
    }
}
