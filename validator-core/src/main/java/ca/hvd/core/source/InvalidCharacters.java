package ca.hvd.core.source;

/**
 * The characters that should never appear in a value: C0 control characters other than tab and
 * line breaks, DEL and the C1 control characters, and U+FFFD, which decoding puts in place of
 * bytes that are not valid in the file's encoding. Defined here, where bytes are decoded
 * ({@link BytesReader} notes them as it decodes), and used by the cell checks.
 */
public final class InvalidCharacters {

    private InvalidCharacters() {
    }

    /** Whether a character should never appear in a value. */
    public static boolean is(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || c == '\uFFFD';
    }
}
