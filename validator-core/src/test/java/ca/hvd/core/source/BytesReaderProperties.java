package ca.hvd.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.check.CellValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import net.jqwik.api.Tuple;
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

    /**
     * A read is noted as giving an invalid character exactly when one of the characters it gave is
     * one ({@link CellValues#isInvalidCharacter}), whatever the read's size and where the character
     * falls in a run of ASCII; once the JDK's decoder has taken over, every read is noted.
     */
    @Property(tries = 2000)
    void theReadsThatGiveAnInvalidCharacterAreNoted(@ForAll("controlTexts") byte[] bytes,
                                                    @ForAll @IntRange(min = 1, max = 40) int chunk) throws IOException {
        BytesReader reader = new BytesReader(bytes, bytes.length, StandardCharsets.UTF_8);
        char[] buffer = new char[chunk];
        int read;
        while ((read = reader.read(buffer, 0, chunk)) > 0) {
            boolean given = false;
            for (int i = 0; i < read; i++) {
                given |= CellValues.isInvalidCharacter(buffer[i]);
            }
            boolean noted = reader.invalidCharacterSince(reader.reads());
            if (!reader.handedOver()) {
                assertThat(noted).as("read %d", reader.reads()).isEqualTo(given);
            } else {
                assertThat(noted).as("read %d, after the JDK's decoder took over", reader.reads()).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<byte[]> controlTexts() {
        List<byte[]> pieces = List.of(bytes(0x41), "abcdefghijklmnopq".getBytes(StandardCharsets.US_ASCII), bytes(0x2C),
                bytes(0x00), bytes(0x01), bytes(0x08), bytes(0x09), bytes(0x0A), bytes(0x0B), bytes(0x0C), bytes(0x0D),
                bytes(0x1F), bytes(0x20), bytes(0x7E), bytes(0x7F), bytes(0xC3, 0xA9), bytes(0xC2, 0x80), bytes(0xC2, 0x9F),
                bytes(0xC2, 0xA0), bytes(0xEF, 0xBF, 0xBD), bytes(0xEF, 0xBF, 0xBC), bytes(0xE2, 0x80, 0x99),
                bytes(0xF0, 0x9F, 0x98, 0x80), bytes(0xFF));
        return Arbitraries.frequencyOf(
                        Tuple.of(12, Arbitraries.of(pieces.subList(0, 3))),
                        Tuple.of(1, Arbitraries.of(pieces)))
                .list().ofMaxSize(60).map(BytesReaderProperties::joined);
    }

    @Property(tries = 200)
    void otherEncodingsAreReadByTheJdk(@ForAll("texts") byte[] bytes) throws IOException {
        Charset windows1252 = Charset.forName("windows-1252");

        assertThat(read(new BytesReader(bytes, bytes.length, windows1252), 7)).isEqualTo(read(jdk(bytes, windows1252), 8192));
    }

    @Provide
    Arbitrary<byte[]> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(BytesReaderProperties::joined);
    }

    private static byte[] joined(List<byte[]> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        return out.toByteArray();
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
