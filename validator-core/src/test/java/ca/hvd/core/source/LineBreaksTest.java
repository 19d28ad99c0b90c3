package ca.hvd.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way hvd counts lines agrees with one plain reading of the text: a line ends at CR, at LF
 * after anything but CR, and CRLF is one line end.
 */
class LineBreaksTest {

    @TempDir
    Path dir;

    /** Text of line ends and letters, the line ends often in runs, so that CRLF falls on every boundary. */
    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.of("\r", "\n", "\r\n", "a", "bc", "\n\r").list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    /** The line breaks of a text, one character at a time: the reference. */
    private static long breaks(String text, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' && (i == from || text.charAt(i - 1) != '\r')) {
                count++;
            }
        }
        return count;
    }

    @Property
    void bytesAndTextAreCountedAlike(@ForAll("lines") String text, @ForAll int cut) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        int from = text.isEmpty() ? 0 : Math.floorMod(cut, text.length() + 1);

        assertThat((long) LineBreaks.count(bytes, from, bytes.length)).isEqualTo(breaks(text, from, text.length()));
        assertThat(LineBreaks.count(text)).isEqualTo(breaks(text, 0, text.length()));
        assertThat(LineBreaks.lines(text)).isEqualTo(text.isEmpty() ? 0
                : breaks(text, 0, text.length()) + (text.endsWith("\n") || text.endsWith("\r") ? 0 : 1));
    }

    @Property
    void theLineOfAByteAndTheOffsetAfterSomeBreaksAgree(@ForAll("lines") String text, @ForAll int pick) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        long total = breaks(text, 0, text.length());
        long k = total == 0 ? 0 : Math.floorMod(pick, total + 1);

        int offset = LineBreaks.offsetAfter(bytes, bytes.length, k);

        assertThat(breaks(text, 0, offset)).as("the breaks before the offset").isEqualTo(k);
        assertThat(offset == 0 || offset == bytes.length || bytes[offset - 1] == '\n' || bytes[offset] != '\n')
                .as("never between CR and LF").isTrue();
        if (offset < bytes.length) {
            assertThat(LineBreaks.lineOf(bytes, offset)).isEqualTo(k + 1);
        }
    }

    @Test
    void theLinesOfATextCountAnUnfinishedLastLine() {
        assertThat(LineBreaks.lines("")).isZero();
        assertThat(LineBreaks.lines("a")).isEqualTo(1);
        assertThat(LineBreaks.lines("a\n")).isEqualTo(1);
        assertThat(LineBreaks.lines("a\r\nb\rc\nd")).isEqualTo(4);
        assertThat(LineBreaks.lines("a\r\n\r\n")).isEqualTo(2);
    }

    @Test
    void filesAreCountedAcrossBufferBoundariesWithCrLfSplitByThem() throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < 200_000) {
            text.append("x".repeat(text.length() % 7)).append(text.length() % 3 == 0 ? "\r\n" : text.length() % 3 == 1 ? "\r" : "\n");
        }
        // a CRLF exactly across the first 64 KiB boundary
        text.setCharAt((1 << 16) - 1, '\r');
        text.setCharAt(1 << 16, '\n');
        Path file = Files.writeString(dir.resolve("lines.csv"), text, StandardCharsets.US_ASCII);
        String all = text.toString();

        try (FileChannel channel = FileChannel.open(file)) {
            for (long[] range : new long[][] {{0, all.length()}, {0, 1 << 16}, {1000, (1 << 16) + 1}, {70_000, 190_000}}) {
                assertThat(LineBreaks.between(channel, range[0], range[1]))
                        .isEqualTo(breaks(all, (int) range[0], (int) range[1]));
            }
            long total = breaks(all, 0, all.length());
            for (long k : new long[] {0, 1, 5000, 20_000, total - 1, total, total + 3}) {
                long start = LineBreaks.lineStart(channel, 0, k, all.length());
                assertThat(breaks(all, 0, (int) start)).as("breaks before the start of line %d", k + 1).isEqualTo(Math.min(k, total));
                assertThat(start == all.length() || start == 0 || all.charAt((int) start - 1) == '\n'
                        || all.charAt((int) start) != '\n').as("a line start is never between CR and LF").isTrue();
            }
        }
    }
}
