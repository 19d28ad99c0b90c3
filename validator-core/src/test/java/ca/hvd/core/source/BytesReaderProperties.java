package ca.hvd.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link BytesReader} reads the characters the JDK's replacing decoder reads (what reading a file as
 * a stream gives), whatever the bytes (well-formed UTF-8 of one to four bytes, cut and malformed
 * sequences, surrogates written in UTF-8, overlong forms) and however many characters are asked
 * for at a time; it and {@link Utf8Watch} find the first invalid byte where the JDK does.
 */
class BytesReaderProperties {

    private static final List<byte[]> PIECES = List.of(
            bytes(0x41), bytes(0x0A), bytes(0x22), bytes(0xC3, 0xA9), bytes(0xC2, 0xBD), bytes(0xC2, 0x85),
            bytes(0xE2, 0x82, 0xAC), bytes(0xEF, 0xBF, 0xBD), bytes(0xF0, 0x9F, 0x98, 0x80), bytes(0xF4, 0x8F, 0xBF, 0xBF),
            bytes(0xC3), bytes(0xE2, 0x82), bytes(0xF0, 0x9F, 0x98), bytes(0x80), bytes(0xBF), bytes(0xFF), bytes(0xC0, 0x80),
            bytes(0xC1, 0xBF), bytes(0xE0, 0x80, 0x80), bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80),
            bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80));

    @Property(tries = 1000)
    void utf8IsReadAsTheReplacingDecoderReadsIt(@ForAll("texts") byte[] bytes, @ForAll @IntRange(min = 1, max = 9) int chunk)
            throws IOException {
        assertThat(read(new BytesReader(bytes, bytes.length, StandardCharsets.UTF_8), chunk))
                .isEqualTo(read(jdk(bytes, StandardCharsets.UTF_8), 8192));
    }

    /**
     * The first byte that is not valid UTF-8 is the one the JDK's reporting decoder stops at,
     * whether it is found by the reader of a part in memory or by the watch of a stream, read in
     * chunks of any size.
     */
    @Property(tries = 1000)
    void theFirstInvalidByteIsTheOneTheJdkReports(@ForAll("texts") byte[] bytes, @ForAll @IntRange(min = 1, max = 9) int chunk)
            throws IOException {
        int expected = CsvFile.firstInvalidUtf8(bytes, 0, true);
        BytesReader reader = new BytesReader(bytes, bytes.length, StandardCharsets.UTF_8);
        read(reader, chunk);
        Utf8Watch watch = new Utf8Watch(new ByteArrayInputStream(bytes), 100);
        byte[] buffer = new byte[chunk];
        while (watch.read(buffer, 0, chunk) >= 0) {
            // the watch looks at the bytes as they pass
        }

        assertThat(reader.invalid()).isEqualTo(expected);
        assertThat(watch.invalid()).as("offsets counted from the stream's start").isEqualTo(expected < 0 ? -1 : expected + 100);
    }

    @Property(tries = 200)
    void otherEncodingsAreReadByTheJdk(@ForAll("texts") byte[] bytes) throws IOException {
        Charset windows1252 = Charset.forName("windows-1252");

        assertThat(read(new BytesReader(bytes, bytes.length, windows1252), 7)).isEqualTo(read(jdk(bytes, windows1252), 8192));
    }

    @Provide
    Arbitrary<byte[]> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            pieces.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    private static Reader jdk(byte[] bytes, Charset charset) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static String read(Reader reader, int chunk) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[chunk];
        for (int n; (n = reader.read(buffer, 0, chunk)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
