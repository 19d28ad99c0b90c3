package ca.hvd.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weights per key (records or a summed count per group), exact while there are at most
 * {@code capacity} keys, then the largest keys by weighted Space-Saving (Metwally, Agrawal and El
 * Abbadi, 2005): a new key takes the place of the lightest one and inherits its weight as its
 * possible error. In that approximate mode, for a stream of total weight {@code N}:
 * <ul>
 *   <li>a kept key's weight is at least its true weight and at most its true weight plus its
 *       {@link Entry#error}, itself at most {@code N / capacity};</li>
 *   <li>a key left out weighs at most the lightest kept key, so every key heavier than
 *       {@code N / capacity} is kept.</li>
 * </ul>
 *
 * <p>{@link #combine} adds the weights of two summaries, a key missing from a full one counting as
 * that one's lightest weight, and keeps the {@code capacity} heaviest (the merge of Agarwal et al.,
 * "Mergeable summaries", 2012): exact, associative and commutative while the keys fit, and keeping
 * the two guarantees above in any order of merging beyond that. Weights must not be negative.
 */
final class HeavyHitters {

    /** One key's weight, and how much of it may be over-counted (0 when exact). */
    record Entry(String key, long weight, long error) {
    }

    private static final Comparator<Entry> HEAVIEST_FIRST = Comparator.comparingLong(Entry::weight).reversed()
            .thenComparing(Entry::key);

    private final int capacity;
    private final Map<String, Counter> counters = new HashMap<>();
    /** The counters as a binary min-heap on weight. */
    private final List<Counter> heap = new ArrayList<>();
    private long total;
    private boolean approximate;

    private static final class Counter {
        String key;
        long weight;
        long error;
        int position;

        Counter(String key, long weight, long error) {
            this.key = key;
            this.weight = weight;
            this.error = error;
        }
    }

    HeavyHitters(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the capacity is 1 or more");
        }
        this.capacity = capacity;
    }

    /** Adds a weight (0 or more) to a key. */
    void add(String key, long weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("weights are never negative");
        }
        total += weight;
        Counter counter = counters.get(key);
        if (counter != null) {
            counter.weight += weight;
            down(counter.position);
        } else if (heap.size() < capacity) {
            counter = new Counter(key, weight, 0);
            counters.put(key, counter);
            counter.position = heap.size();
            heap.add(counter);
            up(counter.position);
        } else {
            Counter lightest = heap.get(0);
            counters.remove(lightest.key);
            lightest.key = key;
            lightest.error = lightest.weight;
            lightest.weight += weight;
            counters.put(key, lightest);
            down(0);
            approximate = true;
        }
    }

    /** The total weight added, exact. */
    long total() {
        return total;
    }

    /** Whether every key and weight is exact: no key was ever displaced. */
    boolean exact() {
        return !approximate;
    }

    /** The most any kept weight is over-counted (0 when exact). */
    long maxError() {
        long max = 0;
        for (Counter counter : heap) {
            max = Math.max(max, counter.error);
        }
        return max;
    }

    /** The weight a key left out may have had at most: the lightest kept weight when full, else 0. */
    private long floor() {
        return heap.size() < capacity ? 0 : heap.get(0).weight;
    }

    /** The kept keys, heaviest first (ties by key). */
    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(heap.size());
        for (Counter counter : heap) {
            entries.add(new Entry(counter.key, counter.weight, counter.error));
        }
        entries.sort(HEAVIEST_FIRST);
        return entries;
    }

    /** The summary of both streams. */
    HeavyHitters combine(HeavyHitters other) {
        if (capacity != other.capacity) {
            throw new IllegalArgumentException("only summaries of the same capacity combine");
        }
        HeavyHitters merged = new HeavyHitters(capacity);
        merged.total = total + other.total;
        Set<String> keys = new HashSet<>(counters.keySet());
        keys.addAll(other.counters.keySet());
        if (!approximate && !other.approximate && keys.size() <= capacity) {
            for (String key : keys) {
                Counter mine = counters.get(key);
                Counter theirs = other.counters.get(key);
                merged.put(key, (mine == null ? 0 : mine.weight) + (theirs == null ? 0 : theirs.weight), 0);
            }
            return merged;
        }
        long myFloor = floor();
        long theirFloor = other.floor();
        List<Entry> candidates = new ArrayList<>(keys.size());
        for (String key : keys) {
            Counter mine = counters.get(key);
            Counter theirs = other.counters.get(key);
            candidates.add(new Entry(key,
                    (mine == null ? myFloor : mine.weight) + (theirs == null ? theirFloor : theirs.weight),
                    (mine == null ? myFloor : mine.error) + (theirs == null ? theirFloor : theirs.error)));
        }
        candidates.sort(HEAVIEST_FIRST);
        for (Entry entry : candidates.subList(0, Math.min(capacity, candidates.size()))) {
            merged.put(entry.key(), entry.weight(), entry.error());
        }
        merged.approximate = true;
        return merged;
    }

    private void put(String key, long weight, long error) {
        Counter counter = new Counter(key, weight, error);
        counters.put(key, counter);
        counter.position = heap.size();
        heap.add(counter);
        up(counter.position);
    }

    private void up(int position) {
        while (position > 0) {
            int parent = (position - 1) / 2;
            if (heap.get(parent).weight <= heap.get(position).weight) {
                return;
            }
            swap(position, parent);
            position = parent;
        }
    }

    private void down(int position) {
        int size = heap.size();
        while (true) {
            int left = 2 * position + 1;
            if (left >= size) {
                return;
            }
            int child = left + 1 < size && heap.get(left + 1).weight < heap.get(left).weight ? left + 1 : left;
            if (heap.get(position).weight <= heap.get(child).weight) {
                return;
            }
            swap(position, child);
            position = child;
        }
    }

    private void swap(int a, int b) {
        Counter first = heap.get(a);
        Counter second = heap.get(b);
        heap.set(a, second);
        heap.set(b, first);
        first.position = b;
        second.position = a;
    }
}
