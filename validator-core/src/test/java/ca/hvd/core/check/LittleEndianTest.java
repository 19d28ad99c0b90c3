package ca.hvd.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Longs are read and written as a little-endian byte buffer reads and writes them, anywhere in an array. */
class LittleEndianTest {

    @Property(tries = 500)
    void aLongIsReadAsALittleEndianBufferReadsIt(@ForAll @Size(16) byte[] bytes, @ForAll @IntRange(max = 8) int at) {
        assertThat(LittleEndian.readLong(bytes, at)).isEqualTo(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong(at));
    }

    @Property(tries = 500)
    void aLongWrittenIsTheBytesALittleEndianBufferWrites(@ForAll long value, @ForAll @IntRange(max = 8) int at) {
        byte[] written = new byte[16];
        LittleEndian.writeLong(written, at, value);
        byte[] expected = new byte[16];
        ByteBuffer.wrap(expected).order(ByteOrder.LITTLE_ENDIAN).putLong(at, value);

        assertThat(written).isEqualTo(expected);
        assertThat(LittleEndian.readLong(written, at)).isEqualTo(value);
    }
}
