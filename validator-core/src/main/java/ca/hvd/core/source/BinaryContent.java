package ca.hvd.core.source;

import ca.hvd.core.SourceException;
import ca.hvd.core.i18n.Message;
import java.nio.file.Path;

/** Refuses files that are not text: known binary formats, or text made mostly of control characters. */
final class BinaryContent {

    private record Magic(String kind, int[] bytes) {
    }

    private static final Magic[] MAGICS = {
        new Magic("PNG", new int[] {0x89, 'P', 'N', 'G'}),
        new Magic("JPEG", new int[] {0xFF, 0xD8, 0xFF}),
        new Magic("GIF", new int[] {'G', 'I', 'F', '8'}),
        new Magic("PDF", new int[] {'%', 'P', 'D', 'F'}),
        new Magic("ZIP", new int[] {'P', 'K', 3, 4}),
        new Magic("gzip", new int[] {0x1F, 0x8B}),
        new Magic("7z", new int[] {'7', 'z', 0xBC, 0xAF}),
        new Magic("ELF", new int[] {0x7F, 'E', 'L', 'F'}),
    };

    /** Share of control characters above which decoded text is taken for binary data. */
    private static final double CONTROL_SHARE = 0.05;

    private BinaryContent() {
    }

    static void check(byte[] sample, String text, Path path) {
        for (Magic magic : MAGICS) {
            if (startsWith(sample, magic.bytes())) {
                throw new SourceException(Message.of("source.binary.format", path.toString(), magic.kind()));
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
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
