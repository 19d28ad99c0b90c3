package ca.hvd.core.compare;

/**
 * A 64-bit hash of a value for the distinct-value counters: FNV-1a over the UTF-16 code units,
 * then MurmurHash3's 64-bit finalizer so that every bit depends on every character (HyperLogLog
 * reads the leading bits). Never 0, which the exact counter keeps for "empty slot".
 */
final class ValueHash {

    private ValueHash() {
    }

    static long of(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
