package ca.hvd.core.source;

import ca.hvd.core.SourceException;
import ca.hvd.core.engine.ReadLimits;
import ca.hvd.core.i18n.Message;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The bytes of an input file: read as they are, or inflated when the file starts with gzip's magic
 * bytes (whatever its name), under the decompression limits of {@link ReadLimits}. Counts the bytes
 * taken from the file itself, compressed or not, for progress reports. Several gzip members one
 * after another (files compressed apart, then joined) are read as one; bytes after the last member
 * that do not start another are refused ({@link TrailingData}), where {@link GZIPInputStream} alone
 * would drop them without a word.
 */
final class FileBytes implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Counting raw;
    private final InputStream data;
    private final boolean compressed;

    private FileBytes(Counting raw, InputStream data, boolean compressed) {
        this.raw = raw;
        this.data = data;
        this.compressed = compressed;
    }

    /**
     * Opens a regular file.
     *
     * @throws SourceException when it is missing, a directory, not a regular file (a pipe, a
     *                         device) or cannot be opened
     */
    static FileBytes open(Path path, ReadLimits limits) {
        if (Files.isDirectory(path)) {
            throw new SourceException(Message.of("source.directory", path.toString()));
        }
        if (!Files.exists(path)) {
            throw new SourceException(Message.of("source.missing", path.toString()));
        }
        if (!Files.isRegularFile(path)) {
            throw new SourceException(Message.of("source.not-regular", path.toString()));
        }
        InputStream in = null;
        try {
            in = Files.newInputStream(path);
            BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
            buffered.mark(2);
            boolean gzip = buffered.read() == 0x1F && buffered.read() == 0x8B;
            buffered.reset();
            Counting raw = new Counting(buffered);
            if (!gzip) {
                return new FileBytes(raw, raw, false);
            }
            return new FileBytes(raw, new Inflated(new Members(raw), raw, limits), true);
        } catch (IOException e) {
            closeQuietly(in);
            throw failure(path, e);
        }
    }

    /** The bytes of the file, inflated when it is compressed. */
    InputStream data() {
        return data;
    }

    /** Whether the file is gzip-compressed. */
    boolean compressed() {
        return compressed;
    }

    /** The bytes taken from the file so far (compressed bytes for a compressed file). */
    long rawBytesRead() {
        return raw.count;
    }

    @Override
    public void close() throws IOException {
        data.close();
    }

    /** The refusal of a file that failed while being read: what went wrong, in the user's terms. */
    static SourceException failure(Path path, IOException e) {
        if (e instanceof TrailingData) {
            return new SourceException(Message.of("source.gzip.trailing", path.toString()), e);
        }
        if (e instanceof DecompressionLimit limit) {
            return new SourceException(limit.ratio
                    ? Message.of("source.gzip.ratio", path.toString(), limit.limit, ReadLimits.RATIO_FLOOR)
                    : Message.of("source.gzip.size", path.toString(), limit.limit), e);
        }
        // The JDK's own texts (English only) stay in the cause, shown with --verbose.
        if (e instanceof EOFException) {
            return new SourceException(Message.of("source.gzip.truncated", path.toString()), e);
        }
        if (e instanceof ZipException) {
            return new SourceException(Message.of("source.gzip.damaged", path.toString()), e);
        }
        if (e instanceof NoSuchFileException) {
            return new SourceException(Message.of("source.missing", path.toString()), e);
        }
        if (e instanceof AccessDeniedException) {
            return new SourceException(Message.of("source.denied", path.toString()), e);
        }
        return new SourceException(Message.of("source.unreadable", path.toString(), String.valueOf(e.getMessage())), e);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the failure being reported matters more
            }
        }
    }

    /** Counts the bytes read through it: once per buffer fill, never per record. */
    private static class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        /** Takes note of bytes read. */
        void counted(long n) throws IOException {
            count += n;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /** Bytes follow the last gzip member that do not start another: the file is not what it says it is. */
    static final class TrailingData extends IOException {
        private static final long serialVersionUID = 1L;

        TrailingData() {
            super("data that is not gzip follows the gzip data");
        }
    }

    /**
     * The inflated bytes of gzip members one after another. Each member is read by a
     * {@link GZIPInputStream} that is never told more bytes are available, so that it stops at the
     * end of its member (it reads on only when its buffer holds a whole header); at that end, the
     * bytes it buffered past its trailer and the rest of the file are another member, or nothing.
     */
    private static final class Members extends InputStream {
        private final InputStream compressed;
        private Member member;

        Members(InputStream compressed) throws IOException {
            this.compressed = compressed;
            this.member = new Member(compressed);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            while (true) {
                int n = member.read(buffer, offset, length);
                if (n >= 0 || length == 0) {
                    return n;
                }
                PushbackInputStream next = new PushbackInputStream(member.rest(compressed), 1);
                int first = next.read();
                if (first < 0 || first == 0 && onlyZeros(next)) {
                    // the end, or the zeros that tape and block writers pad a file with (gzip ignores them too)
                    return -1;
                }
                next.unread(first);
                try {
                    member = new Member(next);
                } catch (ZipException | EOFException e) {
                    throw new TrailingData();
                }
            }
        }

        /** Whether the rest of a stream is zero bytes, reading it to its end; any other byte is data that is not gzip. */
        private static boolean onlyZeros(InputStream rest) throws IOException {
            byte[] chunk = new byte[BUFFER];
            for (int n = rest.read(chunk); n >= 0; n = rest.read(chunk)) {
                for (int i = 0; i < n; i++) {
                    if (chunk[i] != 0) {
                        throw new TrailingData();
                    }
                }
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            compressed.close();
        }
    }

    /** One gzip member, and the bytes read past its end. */
    private static final class Member extends GZIPInputStream {

        Member(InputStream compressed) throws IOException {
            super(new FilterInputStream(compressed) {
                @Override
                public int available() {
                    return 0;
                }

                @Override
                public void close() {
                    // the file is closed by its owner, not by a member
                }
            }, BUFFER);
        }

        /** Once the member has ended: what follows it, the bytes buffered past its 8-byte trailer first. */
        InputStream rest(InputStream compressed) {
            int past = inf.getRemaining() - 8;
            return past <= 0 ? compressed
                    : new SequenceInputStream(new ByteArrayInputStream(buf, len - past, past), compressed);
        }
    }

    /** A decompression limit was reached: the file is refused before it can take the time or space it asks for. */
    static final class DecompressionLimit extends IOException {
        private static final long serialVersionUID = 1L;

        final boolean ratio;
        final long limit;

        DecompressionLimit(boolean ratio, long limit) {
            super(ratio ? "the compression ratio exceeds " + limit : "the inflated data exceeds " + limit + " bytes");
            this.ratio = ratio;
            this.limit = limit;
        }
    }

    /** Inflated bytes, stopped at the limits of size and of ratio to the compressed bytes read. */
    private static final class Inflated extends Counting {
        private final Counting compressed;
        private final long maxSize;
        private final long maxRatio;

        Inflated(InputStream in, Counting compressed, ReadLimits limits) {
            super(in);
            this.compressed = compressed;
            this.maxSize = limits.maxDecompressedSize();
            this.maxRatio = limits.maxCompressionRatio();
        }

        @Override
        void counted(long n) throws IOException {
            super.counted(n);
            if (count > maxSize) {
                throw new DecompressionLimit(false, maxSize);
            }
            if (count > ReadLimits.RATIO_FLOOR && count / maxRatio > compressed.count) {
                throw new DecompressionLimit(true, maxRatio);
            }
        }
    }
}
