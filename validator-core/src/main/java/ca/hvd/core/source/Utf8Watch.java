package ca.hvd.core.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through unchanged and notes the first that is not valid UTF-8: a byte that starts no
 * sequence, a sequence cut short, an overlong form, a surrogate, a code point past U+10FFFF (what
 * the JDK's decoder reports as malformed). For a file whose encoding was guessed from its first
 * bytes, so that one that turns out not to be UTF-8 further on is said to be.
 *
 * <p>Used only when a file read as UTF-8 was not wholly in the detection sample, on a stream read
 * once (a compressed file, a part too large for memory): a part in memory is watched by
 * {@link BytesReader} itself.
 */
final class Utf8Watch extends FilterInputStream {

    /** The offset of the next byte, counted as the caller counts (from the top of the file). */
    private long position;
    /** Continuation bytes the current sequence still needs, and the range its next one must be in. */
    private int need;
    private int low = 0x80;
    private int high = 0xBF;
    private long sequenceStart;
    private long invalid = -1;

    /**
     * @param in    the bytes
     * @param start the offset of their first byte
     */
    Utf8Watch(InputStream in, long start) {
        super(in);
        this.position = start;
    }

    /** The offset of the first byte not valid UTF-8 (the start of its sequence), or -1. */
    long invalid() {
        return invalid;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            byte[] one = {(byte) b};
            scan(one, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = super.read(bytes, offset, length);
        if (n < 0) {
            end();
        } else {
            scan(bytes, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes are not looked at: a sequence cannot be followed across them
        long skipped = super.skip(n);
        position += skipped;
        need = 0;
        return skipped;
    }

    private void end() {
        if (need > 0 && invalid < 0) {
            invalid = sequenceStart;
        }
        need = 0;
    }

    private void scan(byte[] bytes, int offset, int length) {
        if (invalid >= 0) {
            position += length;
            return;
        }
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (need == 0) {
                // ASCII, the common case, eight bytes at a time
                while (i + 8 <= end && ((long) LineBreaks.LONGS.get(bytes, i) & LineBreaks.HIGHS) == 0) {
                    i += 8;
                }
                if (i == end) {
                    break;
                }
            }
            int b = bytes[i] & 0xFF;
            if (need == 0) {
                if (b < 0x80) {
                    continue;
                }
                if (!lead(b)) {
                    invalid = position + (i - offset);
                    break;
                }
                sequenceStart = position + (i - offset);
            } else if (b < low || b > high) {
                invalid = sequenceStart;
                break;
            } else {
                need--;
                low = 0x80;
                high = 0xBF;
            }
        }
        position += length;
    }

    /** Starts the sequence a lead byte opens, or says it opens none. */
    private boolean lead(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            return expect(1, 0x80, 0xBF);
        }
        if (b == 0xE0) {
            return expect(2, 0xA0, 0xBF);
        }
        if (b == 0xED) {
            return expect(2, 0x80, 0x9F);
        }
        if (b >= 0xE1 && b <= 0xEF) {
            return expect(2, 0x80, 0xBF);
        }
        if (b == 0xF0) {
            return expect(3, 0x90, 0xBF);
        }
        if (b == 0xF4) {
            return expect(3, 0x80, 0x8F);
        }
        if (b >= 0xF1 && b <= 0xF3) {
            return expect(3, 0x80, 0xBF);
        }
        return false;
    }

    private boolean expect(int continuations, int first, int last) {
        need = continuations;
        low = first;
        high = last;
        return true;
    }
}
