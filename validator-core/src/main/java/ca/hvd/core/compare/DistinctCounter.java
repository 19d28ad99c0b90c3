package ca.hvd.core.compare;

import java.util.Arrays;

/**
 * The number of distinct values of a field: exact while there are at most {@value #EXACT_LIMIT}
 * (a set of their 64-bit hashes, so exact but for a hash collision, whose chance is below one in
 * 10^11 at that size), then approximate with a {@link HyperLogLog} of all of them (relative standard
 * error about {@value HyperLogLog#RELATIVE_ERROR_PERCENT}%). Memory: at most 128 KiB of hashes, then
 * 16 KiB of registers.
 *
 * <p>The state is a function of the set of hashes seen alone (that set while it is small, else its
 * sketch), so {@link #combine} is associative and commutative, and counting a file whole equals
 * combining the counters of its parts.
 */
final class DistinctCounter {

    /** The most distinct values counted exactly. */
    static final int EXACT_LIMIT = 8192;

    /** Open addressing, 0 meaning empty; {@code null} once the sketch took over. */
    private long[] table = new long[16];
    private int size;
    private HyperLogLog sketch;

    /** Counts a value. */
    void add(String value) {
        add(ValueHash.of(value));
    }

    private void add(long hash) {
        if (sketch != null) {
            sketch.add(hash);
        } else if (!contains(hash)) {
            if (size == EXACT_LIMIT) {
                sketch = toSketch();
                sketch.add(hash);
                table = null;
            } else {
                insert(hash);
            }
        }
    }

    private int slot(long hash) {
        int mask = table.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[slot] != 0 && table[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean contains(long hash) {
        return table[slot(hash)] == hash;
    }

    /** Inserts a hash that is not in the table, growing it to keep it at most half full. */
    private void insert(long hash) {
        if (2 * (size + 1) > table.length) {
            long[] old = table;
            table = new long[old.length * 2];
            for (long kept : old) {
                if (kept != 0) {
                    table[slot(kept)] = kept;
                }
            }
        }
        table[slot(hash)] = hash;
        size++;
    }

    private HyperLogLog toSketch() {
        HyperLogLog built = new HyperLogLog();
        for (long hash : table) {
            if (hash != 0) {
                built.add(hash);
            }
        }
        return built;
    }

    /** Whether {@link #count} is exact. */
    boolean exact() {
        return sketch == null;
    }

    /** The number of distinct values: exact, or the sketch's estimate. */
    long count() {
        return sketch == null ? size : sketch.estimate();
    }

    /** The counter of both parts. */
    DistinctCounter combine(DistinctCounter other) {
        DistinctCounter merged = new DistinctCounter();
        if (sketch == null && other.sketch == null) {
            merged.addAll(this);
            merged.addAll(other);
            return merged;
        }
        HyperLogLog mine = sketch != null ? sketch : toSketch();
        HyperLogLog theirs = other.sketch != null ? other.sketch : other.toSketch();
        merged.sketch = mine.combine(theirs);
        merged.table = null;
        return merged;
    }

    private void addAll(DistinctCounter other) {
        for (long hash : other.table) {
            if (hash != 0) {
                add(hash);
            }
        }
    }

    private long[] sortedHashes() {
        return Arrays.stream(table).filter(hash -> hash != 0).sorted().toArray();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DistinctCounter counter) || exact() != counter.exact()) {
            return false;
        }
        return exact() ? Arrays.equals(sortedHashes(), counter.sortedHashes()) : sketch.equals(counter.sketch);
    }

    @Override
    public int hashCode() {
        return exact() ? Arrays.hashCode(sortedHashes()) : sketch.hashCode();
    }
}
