package ca.hvd.core.check;

/**
 * Eight bytes of an array as a little-endian long, and back, for the entries of {@link SeenKeys}
 * and the fingerprints of {@link KeyHash}.
 *
 * <p>With shifts rather than a byte-array view {@code VarHandle}: C2 compiles both to much the
 * same, but until it has, each access through a {@code VarHandle} goes through method-handle
 * linkage, in the interpreter and in C1's code. Keys are written from a file's first rows and
 * decided after its last, in code the JIT has not compiled yet: deciding 1,000,000 keys took 70 ms
 * with a {@code VarHandle} and takes 55 ms so (docs/benchmarks.md). The part reader's scan of
 * bytes, a loop compiled on its first long run, keeps its {@code VarHandle}.
 */
final class LittleEndian {

    private LittleEndian() {
    }

    static void writeLong(byte[] bytes, int at, long value) {
        for (int i = 0; i < 8; i++) {
            bytes[at + i] = (byte) (value >>> 8 * i);
        }
    }

    static long readLong(byte[] bytes, int at) {
        return (bytes[at] & 0xFFL) | (bytes[at + 1] & 0xFFL) << 8 | (bytes[at + 2] & 0xFFL) << 16 | (bytes[at + 3] & 0xFFL) << 24
                | (bytes[at + 4] & 0xFFL) << 32 | (bytes[at + 5] & 0xFFL) << 40 | (bytes[at + 6] & 0xFFL) << 48
                | (bytes[at + 7] & 0xFFL) << 56;
    }
}
