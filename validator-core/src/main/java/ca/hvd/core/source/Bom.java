package ca.hvd.core.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte order marks hvd recognises at the start of a file. */
enum Bom {
    UTF_8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
    UTF_16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
    UTF_16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE);

    private final byte[] bytes;
    private final Charset charset;

    Bom(byte[] bytes, Charset charset) {
        this.bytes = bytes;
        this.charset = charset;
    }

    int length() {
        return bytes.length;
    }

    Charset charset() {
        return charset;
    }

    String label() {
        return charset.name();
    }

    /** The BOM a file starts with, or {@code null}. */
    static Bom of(byte[] start, int length) {
        for (Bom bom : values()) {
            if (length >= bom.bytes.length && startsWith(start, bom.bytes)) {
                return bom;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
