package ca.hvd.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;

/**
 * Line breaks counted as the CSV parser counts lines, in bytes, text and files: a carriage return,
 * or a line feed that does not follow one (so CRLF, LF and CR alone each end one line). Every place
 * that numbers lines or finds a line start goes through here, so that reading a file in parts and in
 * one pass agree on every line number.
 *
 * <p>The byte forms hold for every encoding hvd cuts into parts (UTF-8, ASCII, single-byte code
 * pages), where bytes 10 and 13 are always line feed and carriage return.
 */
final class LineBreaks {

    /** Eight bytes of an array as one long, for scans of bytes eight at a time (here and in {@link Utf8Watch}). */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    /** The high bit of each of eight bytes: none is set in eight bytes of ASCII. */
    static final long HIGHS = 0x8080808080808080L;
    private static final int BUFFER = 1 << 16;

    private LineBreaks() {
    }

    /**
     * The line breaks in {@code bytes[from..to)}, a line feed at {@code from} counted (what comes
     * before is not looked at). Eight bytes at a time while none of them is a line break.
     */
    static int count(byte[] bytes, int from, int to) {
        int count = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(bytes, i);
            long lf = word ^ 0x0A0A0A0A0A0A0A0AL;
            long cr = word ^ 0x0D0D0D0D0D0D0D0DL;
            if ((((lf - ONES) & ~lf | (cr - ONES) & ~cr) & HIGHS) == 0) {
                continue;
            }
            for (int j = i; j < i + 8; j++) {
                count += at(bytes, from, j);
            }
        }
        for (; i < to; i++) {
            count += at(bytes, from, i);
        }
        return count;
    }

    /** 1 when byte {@code i} ends a line, else 0; a line feed at {@code from} counts. */
    private static int at(byte[] bytes, int from, int i) {
        byte b = bytes[i];
        return b == '\r' || b == '\n' && (i == from || bytes[i - 1] != '\r') ? 1 : 0;
    }

    /** The line breaks in a text. */
    static long count(CharSequence text) {
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                count++;
            }
        }
        return count;
    }

    /** The lines of a text: its line breaks, and one more when it does not end with one. */
    static long lines(CharSequence text) {
        if (text.length() == 0) {
            return 0;
        }
        char last = text.charAt(text.length() - 1);
        return count(text) + (last == '\n' || last == '\r' ? 0 : 1);
    }

    /** The 1-based line that byte {@code offset} is on (the line a CRLF ends, for its line feed). */
    static long lineOf(byte[] bytes, int offset) {
        int end = Math.min(offset, bytes.length);
        boolean insideCrLf = end > 0 && end < bytes.length && bytes[end - 1] == '\r' && bytes[end] == '\n';
        return 1 + count(bytes, 0, end) - (insideCrLf ? 1 : 0);
    }

    /** The offset of the line that follows {@code breaks} line breaks in {@code bytes[0..length)}: 0 for none, {@code length} past them. */
    static int offsetAfter(byte[] bytes, int length, long breaks) {
        long seen = 0;
        for (int i = 0; i < length && seen < breaks; i++) {
            seen += at(bytes, 0, i);
            if (seen == breaks) {
                return bytes[i] == '\r' && i + 1 < length && bytes[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }
        return breaks == 0 ? 0 : length;
    }

    /** The line breaks between two bytes of a file, {@code from} a line start; moves the channel's position. */
    static long between(FileChannel channel, long from, long to) throws IOException {
        return before(Channels.newInputStream(channel.position(from)), to - from);
    }

    /** The line breaks in the first {@code to} bytes of a stream, read from its start. */
    static long before(InputStream in, long to) throws IOException {
        long count = 0;
        byte[] buffer = new byte[BUFFER];
        byte before = 0;
        for (long position = 0; position < to; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, to - position));
            if (n <= 0) {
                break;
            }
            count += count(buffer, 0, n);
            if (before == '\r' && buffer[0] == '\n') {
                count--;
            }
            before = buffer[n - 1];
            position += n;
        }
        return count;
    }

    /**
     * The byte where the line starts that follows {@code breaks} line breaks from a line start
     * ({@code from} itself for 0), or {@code size} when the file ends first.
     */
    static long lineStart(FileChannel channel, long from, long breaks, long size) throws IOException {
        if (breaks <= 0) {
            return from;
        }
        byte[] buffer = new byte[BUFFER];
        long position = from;
        boolean afterCr = false;
        long seen = 0;
        while (position < size) {
            int n = channel.read(ByteBuffer.wrap(buffer), position);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (afterCr && b != '\n' && seen == breaks) {
                    return position + i;
                }
                if (b == '\r' || b == '\n' && !afterCr) {
                    seen++;
                }
                afterCr = b == '\r';
                if (seen == breaks && !afterCr) {
                    return position + i + 1;
                }
            }
            position += n;
        }
        return size;
    }
}
