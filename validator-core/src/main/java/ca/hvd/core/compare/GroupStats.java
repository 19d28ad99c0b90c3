package ca.hvd.core.compare;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Per group (the values of a dimension's {@code by} fields), exact statistics of a whole-number
 * field: how many rows, their sum, the smallest value, and the {@code n} largest values. At most
 * {@code limit} groups are kept: the smallest keys in {@link String} order, the rows of the others
 * counted as {@link #droppedRows}. As for value profiles, keeping the smallest keys (not the first
 * seen) makes {@link #combine} exact, associative and commutative: a group a part drops has
 * {@code limit} smaller groups in that part alone, so it cannot be kept in the whole.
 */
final class GroupStats {

    /** The statistics of one group. */
    static final class Group {
        long rows;
        long sum;
        long min = Long.MAX_VALUE;
        /** The largest values, ascending; at most {@code n}. */
        long[] top;
        int topSize;

        Group(int n) {
            this.top = new long[n];
        }

        void add(long value, int n) {
            rows++;
            sum += value;
            min = Math.min(min, value);
            offer(value, n);
        }

        /** Keeps a value among the {@code n} largest. */
        private void offer(long value, int n) {
            if (topSize < n) {
                insert(value);
            } else if (n > 0 && value > top[0]) {
                System.arraycopy(top, 1, top, 0, topSize - 1);
                topSize--;
                insert(value);
            }
        }

        private void insert(long value) {
            int at = topSize;
            while (at > 0 && top[at - 1] > value) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = value;
            topSize++;
        }

        /** The sum of the {@code n} largest values. */
        long topSum() {
            long sum = 0;
            for (int i = 0; i < topSize; i++) {
                sum += top[i];
            }
            return sum;
        }

        Group merged(Group other, int n) {
            Group merged = new Group(n);
            merged.rows = rows + other.rows;
            merged.sum = sum + other.sum;
            merged.min = Math.min(min, other.min);
            for (int i = 0; i < topSize; i++) {
                merged.offer(top[i], n);
            }
            for (int i = 0; i < other.topSize; i++) {
                merged.offer(other.top[i], n);
            }
            return merged;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Group group && rows == group.rows && sum == group.sum && min == group.min
                    && Arrays.equals(Arrays.copyOf(top, topSize), Arrays.copyOf(group.top, group.topSize));
        }

        @Override
        public int hashCode() {
            return Objects.hash(rows, sum, min, topSize);
        }
    }

    private final int n;
    private final int limit;
    private final TreeMap<String, Group> groups = new TreeMap<>();
    private long droppedRows;

    /**
     * @param n     how many of the largest values to keep per group (0 for none)
     * @param limit the most groups kept
     */
    GroupStats(int n, int limit) {
        this.n = n;
        this.limit = limit;
    }

    /** Counts a value in a group. */
    void add(String key, long value) {
        Group group = groups.get(key);
        if (group == null) {
            if (groups.size() == limit) {
                if (limit == 0 || key.compareTo(groups.lastKey()) > 0) {
                    droppedRows++;
                    return;
                }
                droppedRows += groups.pollLastEntry().getValue().rows;
            }
            group = new Group(n);
            groups.put(key, group);
        }
        group.add(value, n);
    }

    /** The groups kept, by key. */
    Map<String, Group> groups() {
        return java.util.Collections.unmodifiableMap(groups);
    }

    /** Rows of groups beyond the limit, left out. */
    long droppedRows() {
        return droppedRows;
    }

    /** Whether every group is kept. */
    boolean complete() {
        return droppedRows == 0;
    }

    GroupStats combine(GroupStats other) {
        GroupStats merged = new GroupStats(n, limit);
        merged.groups.putAll(groups);
        other.groups.forEach((key, group) -> merged.groups.merge(key, group, (a, b) -> a.merged(b, n)));
        merged.droppedRows = droppedRows + other.droppedRows;
        while (merged.groups.size() > limit) {
            merged.droppedRows += merged.groups.pollLastEntry().getValue().rows;
        }
        return merged;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupStats stats && droppedRows == stats.droppedRows && groups.equals(stats.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groups, droppedRows);
    }
}
