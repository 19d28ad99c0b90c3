package ca.hvd.core.source;

import ca.hvd.core.SourceException;
import ca.hvd.core.i18n.Message;
import java.nio.file.Path;

/**
 * Refuses files that are not text: data compressed in a format hvd does not inflate (saying how to
 * inflate it), known binary formats, or text made mostly of control characters.
 */
final class BinaryContent {

    /**
     * A format known by its first bytes.
     *
     * @param kind    what it is, as the key of a noun phrase with its article ({@code source.kind.elf}:
     *                "an ELF executable"), or the name of a compression format
     * @param bytes   its first bytes, -1 for any byte
     * @param command the command that inflates it, for a compression format; else {@code null}
     */
    private record Magic(String kind, int[] bytes, String command) {
    }

    private static final Magic[] MAGICS = {
        new Magic("zstd", new int[] {0x28, 0xB5, 0x2F, 0xFD}, "zstd -d"),
        new Magic("bzip2", new int[] {'B', 'Z', 'h', -1, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59}, "bunzip2"),
        new Magic("xz", new int[] {0xFD, '7', 'z', 'X', 'Z', 0x00}, "unxz"),
        new Magic("source.kind.png", new int[] {0x89, 'P', 'N', 'G'}, null),
        new Magic("source.kind.jpeg", new int[] {0xFF, 0xD8, 0xFF}, null),
        new Magic("source.kind.gif", new int[] {'G', 'I', 'F', '8'}, null),
        new Magic("source.kind.pdf", new int[] {'%', 'P', 'D', 'F'}, null),
        new Magic("source.kind.zip", new int[] {'P', 'K', 3, 4}, null),
        new Magic("source.kind.gzip", new int[] {0x1F, 0x8B}, null),
        new Magic("source.kind.7z", new int[] {'7', 'z', 0xBC, 0xAF}, null),
        new Magic("source.kind.elf", new int[] {0x7F, 'E', 'L', 'F'}, null),
    };

    /** Share of control characters above which decoded text is taken for binary data. */
    private static final double CONTROL_SHARE = 0.05;

    private BinaryContent() {
    }

    static void check(byte[] sample, String text, Path path) {
        for (Magic magic : MAGICS) {
            if (startsWith(sample, magic.bytes())) {
                throw new SourceException(magic.command() != null
                        ? Message.of("source.compressed", path.toString(), magic.kind(), magic.command())
                        : Message.of("source.binary.format", path.toString(), Message.of(magic.kind())));
            }
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (controls >= 8 && controls > text.length() * CONTROL_SHARE) {
            throw new SourceException(Message.of("source.binary.controls", path.toString(), controls));
        }
    }

    private static boolean startsWith(byte[] data, int[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (prefix[i] >= 0 && (data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
