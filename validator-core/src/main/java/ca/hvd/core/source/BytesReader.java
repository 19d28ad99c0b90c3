package ca.hvd.core.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the characters of bytes in memory without copying them whole into a string or a character
 * array: the parser's buffer is filled straight from the bytes.
 *
 * <p>Part of the hot path. UTF-8 is decoded here while it is well formed (ASCII, two- and
 * three-byte sequences, four-byte ones as surrogate pairs); at the first sequence that is not, and
 * for every other encoding, the JDK's decoder reads the rest, replacing what is malformed. Both
 * give the same characters: UTF-8 decoding starts afresh at each sequence, so handing over there
 * changes nothing.
 *
 * <p>It also notes which reads gave an {@linkplain InvalidCharacters invalid character}, so that a parser's records made only of reads without one need not be scanned for one
 * again ({@link #invalidCharacterSince}). Every read of the JDK's decoder counts as one that gave
 * an invalid character: it is not looked at.
 */
final class BytesReader extends Reader {

    /** Per ASCII byte, 1 when it is an {@linkplain InvalidCharacters invalid character}. */
    private static final byte[] INVALID_ASCII = new byte[128];
    /** 0x20 in each of eight bytes: subtracted from eight ASCII bytes, it sets the high bit of some byte when one is below 0x20. */
    private static final long BELOW_SPACE = 0x2020202020202020L;
    /** 1 in each of eight bytes: added to eight ASCII bytes, it sets the high bit of a byte that is DEL (0x7F), and of no other. */
    private static final long ONES = 0x0101010101010101L;

    static {
        for (char c = 0; c < INVALID_ASCII.length; c++) {
            INVALID_ASCII[c] = (byte) (InvalidCharacters.is(c) ? 1 : 0);
        }
    }

    private final byte[] bytes;
    private final int limit;
    private final Charset charset;
    private int position;
    /** The JDK's decoder of the rest of the bytes, once this reader has handed over. */
    private Reader rest;
    /** The index of the first byte not valid UTF-8, found when this reader hands over, or -1. */
    private int invalid = -1;
    /** How many reads gave characters; the first is read 1. */
    private int reads;
    /** The last read that gave an invalid character, or 0. */
    private int lastInvalidCharacter;
    /** Whether the characters of the last read may include an invalid one: set by every read that gives characters. */
    private boolean decodedInvalidCharacter;

    /**
     * @param bytes   the bytes
     * @param length  how many of them to read, from the first
     * @param charset their encoding
     */
    BytesReader(byte[] bytes, int length, Charset charset) {
        this.bytes = bytes;
        this.limit = length;
        this.charset = charset;
        if (!charset.equals(StandardCharsets.UTF_8)) {
            rest = jdkReader(0);
        }
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        int read = decode(into, offset, length);
        if (read > 0) {
            reads++;
            if (decodedInvalidCharacter) {
                lastInvalidCharacter = reads;
            }
        }
        return read;
    }

    /**
     * Whether some read from the given one on gave an invalid character. A parser that reads only
     * when it has used every character it read before (as FastCSV does) takes a record's characters
     * from the reads made since it took the record before: a record for which this answers
     * {@code false}, given the count of {@link #reads} when the record before it was taken (or 1
     * for the first), has no invalid character in its cells.
     */
    boolean invalidCharacterSince(int read) {
        return lastInvalidCharacter >= read;
    }

    /** How many reads gave characters so far. */
    int reads() {
        return reads;
    }

    /** Whether the JDK's decoder reads the rest of the bytes (another encoding, or a sequence not decoded here). */
    boolean handedOver() {
        return rest != null;
    }

    /**
     * Decodes UTF-8 while it is well formed, then hands over to the JDK's decoder; notes whether
     * the characters it gave may include an invalid one (always, for the JDK's decoder's).
     */
    private int decode(char[] into, int offset, int length) throws IOException {
        if (rest != null) {
            decodedInvalidCharacter = true;
            return rest.read(into, offset, length);
        }
        if (position >= limit) {
            return -1;
        }
        byte[] in = bytes;
        int at = position;
        int end = limit;
        int out = offset;
        int outEnd = offset + length;
        int invalidSeen = 0;
        while (out < outEnd && at < end) {
            int b = in[at];
            if (b >= 0) {
                // a run of ASCII: the common case, eight bytes at a time while they last (through a
                // VarHandle, which costs until the JIT has compiled it: this loop is compiled on the
                // first part's first reads)
                int stop = Math.min(end, at + (outEnd - out));
                while (at + 8 <= stop) {
                    long word = (long) LineBreaks.LONGS.get(in, at);
                    if ((word & LineBreaks.HIGHS) != 0) {
                        break;
                    }
                    for (int k = 0; k < 8; k++) {
                        into[out + k] = (char) in[at + k];
                    }
                    // some byte below 0x20 (a control character or a line break) or DEL: look at each
                    if (((word - BELOW_SPACE | word + ONES) & LineBreaks.HIGHS) != 0) {
                        for (int k = 0; k < 8; k++) {
                            invalidSeen |= INVALID_ASCII[(int) (word >>> 8 * k & 0x7F)];
                        }
                    }
                    out += 8;
                    at += 8;
                }
                if (at == stop || (b = in[at]) < 0) {
                    continue;
                }
                into[out++] = (char) b;
                invalidSeen |= INVALID_ASCII[b];
                at++;
                while (at < stop && (b = in[at]) >= 0) {
                    into[out++] = (char) b;
                    invalidSeen |= INVALID_ASCII[b];
                    at++;
                }
            } else if ((b & 0xE0) == 0xC0 && (b & 0x1E) != 0 && at + 1 < end && (in[at + 1] & 0xC0) == 0x80) {
                char c = (char) ((b & 0x1F) << 6 | in[at + 1] & 0x3F);
                into[out++] = c;
                invalidSeen |= InvalidCharacters.is(c) ? 1 : 0;
                at += 2;
            } else if ((b & 0xF0) == 0xE0 && at + 2 < end && threeBytes(b, in[at + 1], in[at + 2])) {
                char c = (char) ((b & 0x0F) << 12 | (in[at + 1] & 0x3F) << 6 | in[at + 2] & 0x3F);
                into[out++] = c;
                invalidSeen |= InvalidCharacters.is(c) ? 1 : 0;
                at += 3;
            } else if ((b & 0xF8) == 0xF0 && at + 3 < end && out + 1 < outEnd && fourBytes(b, in[at + 1], in[at + 2], in[at + 3])) {
                int codePoint = (b & 0x07) << 18 | (in[at + 1] & 0x3F) << 12 | (in[at + 2] & 0x3F) << 6 | in[at + 3] & 0x3F;
                into[out++] = Character.highSurrogate(codePoint);
                into[out++] = Character.lowSurrogate(codePoint);
                at += 4;
            } else if ((b & 0xF8) == 0xF0 && out + 1 >= outEnd && out > offset) {
                // a surrogate pair does not fit: the next call decodes it
                break;
            } else {
                // malformed, or cut by the end: the JDK's decoder takes over from this byte
                position = at;
                decodedInvalidCharacter = true;
                // usually a malformed sequence right here; else one further on, or none
                invalid = CsvFile.firstInvalidUtf8(in, at, end, true);
                rest = jdkReader(at);
                if (out > offset) {
                    return out - offset;
                }
                return rest.read(into, offset, length);
            }
        }
        position = at;
        decodedInvalidCharacter = invalidSeen != 0;
        return out - offset;
    }

    /**
     * The index of the first byte that is not valid UTF-8, or -1; found when this reader hands over
     * to the JDK's decoder, at the sequence it does not handle (malformed, or one that would not fit
     * a small read). Always -1 for another encoding.
     */
    int invalid() {
        return invalid;
    }

    /** A well-formed three-byte sequence: no overlong form, no surrogate. */
    private static boolean threeBytes(int b1, byte b2, byte b3) {
        if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) {
            return false;
        }
        int lead = b1 & 0x0F;
        int second = b2 & 0xFF;
        return !(lead == 0 && second < 0xA0) && !(lead == 0x0D && second >= 0xA0);
    }

    /** A well-formed four-byte sequence: no overlong form, nothing past U+10FFFF. */
    private static boolean fourBytes(int b1, byte b2, byte b3, byte b4) {
        if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80 || (b4 & 0xC0) != 0x80) {
            return false;
        }
        int lead = b1 & 0x07;
        int second = b2 & 0xFF;
        return lead <= 4 && !(lead == 0 && second < 0x90) && !(lead == 4 && second >= 0x90);
    }

    private Reader jdkReader(int from) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(new ByteArrayInputStream(bytes, from, limit - from), decoder);
    }

    @Override
    public void close() {
        // nothing to release: the bytes belong to the caller
    }
}
