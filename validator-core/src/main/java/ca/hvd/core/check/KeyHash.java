package ca.hvd.core.check;

/**
 * A 64-bit fingerprint of a key's bytes. Fingerprints only sort keys into partitions and table
 * slots: two keys are the same only when their bytes are, so a poor or colliding hash makes
 * {@link SeenKeys} slower, never wrong (tests inject a constant one).
 */
@FunctionalInterface
interface KeyHash {

    /** The fingerprint of {@code bytes[from..to)}. */
    long hash(byte[] bytes, int from, int to);

    /** A fast 64-bit hash: eight bytes at a time, multiplied and rotated, then mixed (SplitMix64's finalizer). */
    KeyHash DEFAULT = new KeyHash() {
        private static final long M1 = 0x9E3779B97F4A7C15L;
        private static final long M2 = 0xC2B2AE3D27D4EB4FL;

        @Override
        public long hash(byte[] bytes, int from, int to) {
            long h = M1 ^ (to - from);
            int i = from;
            for (; i + 8 <= to; i += 8) {
                h = Long.rotateLeft(h ^ LittleEndian.readLong(bytes, i) * M2, 31) * M1;
            }
            long tail = 0;
            for (int shift = 0; i < to; i++, shift += 8) {
                tail |= (bytes[i] & 0xFFL) << shift;
            }
            h = Long.rotateLeft(h ^ tail * M2, 31) * M1;
            h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
            return h ^ (h >>> 31);
        }
    };
}
