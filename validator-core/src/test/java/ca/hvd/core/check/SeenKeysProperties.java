package ca.hvd.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SeenKeys} finds exactly the duplicates a map of every key would find, whatever the
 * fingerprint (the default one, one that collides often, one that always collides), whatever the
 * memory budget (nothing spilled, some blocks spilled, everything spilled at once), and whether the
 * keys were seen whole or in consecutive parts combined in order.
 */
class SeenKeysProperties {

    /** A record's key: the unique key it belongs to, its values, where it is. */
    record Seen(int unique, List<String> parts, long line, long record, int cell) {
    }

    /**
     * Keys in file order, how to cut them into parts, which fingerprint, how much memory, how many
     * examples, whether threads share the search.
     */
    record Case(List<Seen> keys, List<Integer> cuts, String hash, long budget, int limit, boolean threads) {
    }

    /** Threads that share the search for duplicates, for the cases that ask for them. */
    private static final java.util.concurrent.ExecutorService WORKERS = java.util.concurrent.Executors.newFixedThreadPool(3,
            task -> {
                Thread thread = new Thread(task, "seen-keys-test");
                thread.setDaemon(true);
                return thread;
            });

    private static final Map<String, KeyHash> HASHES = Map.of(
            "default", KeyHash.DEFAULT,
            "first-byte", (bytes, from, to) -> to > from + 1 ? bytes[from + 1] * 0x9E3779B97F4A7C15L : 0,
            "constant", (bytes, from, to) -> 42L);

    @Property(tries = 300)
    void duplicatesAreThoseOfAMapOfEveryKey(@ForAll("cases") Case sample) {
        KeyHash hash = HASHES.get(sample.hash());
        List<List<Seen>> parts = cut(sample.keys(), sample.cuts());
        SeenKeys whole = null;
        long lineShift = 0;
        long recordShift = 0;
        for (List<Seen> part : parts) {
            SeenKeys keys = new SeenKeys(hash, sample.budget());
            long lastLine = 0;
            long lastRecord = 0;
            for (Seen seen : part) {
                keys.add(seen.unique(), seen.parts().toArray(new String[0]), fields(seen.parts().size()),
                        seen.line() - lineShift, seen.record() - recordShift, seen.cell());
                lastLine = seen.line();
                lastRecord = seen.record();
            }
            if (whole == null) {
                whole = keys;
            } else {
                whole.combine(keys, lineShift, recordShift);
            }
            // the next part starts on the line after this one's last key, with the record after it
            lineShift = part.isEmpty() ? lineShift : lastLine;
            recordShift = part.isEmpty() ? recordShift : lastRecord;
        }

        SeenKeys.Duplicates[] found = whole.duplicates(2, sample.limit(), sample.threads() ? WORKERS : null);

        assertThat(found).containsExactly(expected(sample.keys(), sample.limit()));
    }

    @Example
    void keysWhoseFingerprintsCollideAreNotDuplicatesUnlessEqual() {
        SeenKeys keys = new SeenKeys((bytes, from, to) -> 7L, 0);
        String[][] values = {{"a"}, {"b"}, {"ab"}, {"a"}, {"b"}, {"Ω"}, {"Ω"}};
        for (int i = 0; i < values.length; i++) {
            keys.add(0, values[i], new int[] {0}, 10 + i, 1 + i, 0);
        }
        for (int i = 0; i < 300; i++) {
            // distinct keys, enough to fill blocks, which a budget of 0 bytes spills
            keys.add(0, new String[] {"filler " + i}, new int[] {0}, 100 + i, 100 + i, 0);
        }

        assertThat(keys.spilled()).isTrue();
        SeenKeys.Duplicates found = keys.duplicates(1, 5, null)[0];

        assertThat(found).isEqualTo(new SeenKeys.Duplicates(3, List.of(
                new SeenKeys.Duplicate(13, 4, 0, "a", 10),
                new SeenKeys.Duplicate(14, 5, 0, "b", 11),
                new SeenKeys.Duplicate(16, 7, 0, "Ω", 15))));
    }

    @Example
    void noMorePartitionsAreDecidedAtOnceThanHalfTheHeapHolds() {
        SeenKeys keys = new SeenKeys(KeyHash.DEFAULT, 1 << 20);
        for (int i = 0; i < 64_000; i++) {
            keys.add(0, new String[] {"key " + i}, new int[] {0}, 2 + i, 1 + i, 0);
        }
        // about a thousand entries of some 40 bytes per partition, and their table
        long partition = 1_000L * (40 + SeenKeys.TABLE_BYTES_PER_ENTRY);

        assertThat(keys.concurrentPartitions(8, 1L << 30)).as("a large heap: one per thread").isEqualTo(8);
        assertThat(keys.concurrentPartitions(8, 6 * partition)).as("room for about three").isBetween(2, 3);
        assertThat(keys.concurrentPartitions(8, partition)).as("never fewer than one").isEqualTo(1);
        assertThat(new SeenKeys(KeyHash.DEFAULT, 0).concurrentPartitions(4, 1)).as("no keys").isEqualTo(4);
        keys.close();
    }

    @Example
    void theKeyOfSeveralFieldsIsShownAsReportsShowIt() {
        SeenKeys keys = new SeenKeys(KeyHash.DEFAULT, 1 << 20);
        String[] values = {"NS", "2019", "F", "ZOË"};
        keys.add(0, values, new int[] {0, 1, 2, 3}, 2, 1, 0);
        keys.add(0, values, new int[] {0, 1, 2, 3}, 3, 2, 0);
        keys.add(0, new String[] {"NS", "20", "19F", "ZOË"}, new int[] {0, 1, 2, 3}, 4, 3, 0);

        assertThat(keys.spilled()).isFalse();
        assertThat(keys.duplicates(1, 5, null)[0]).isEqualTo(new SeenKeys.Duplicates(1, List.of(
                new SeenKeys.Duplicate(3, 2, 0, "NS | 2019 | F | ZOË", 2))));
    }

    /** What a map from each key to its first line finds, reading the keys in order. */
    private static SeenKeys.Duplicates[] expected(List<Seen> keys, int limit) {
        Map<List<Object>, Long> first = new HashMap<>();
        long[] counts = new long[2];
        List<List<SeenKeys.Duplicate>> examples = List.of(new ArrayList<>(), new ArrayList<>());
        for (Seen seen : keys) {
            List<Object> key = List.of(seen.unique(), seen.parts());
            Long line = first.putIfAbsent(key, seen.line());
            if (line != null) {
                counts[seen.unique()]++;
                if (examples.get(seen.unique()).size() < limit) {
                    examples.get(seen.unique()).add(new SeenKeys.Duplicate(seen.line(), seen.record(), seen.cell(),
                            String.join(" | ", seen.parts()), line));
                }
            }
        }
        return new SeenKeys.Duplicates[] {
            new SeenKeys.Duplicates(counts[0], examples.get(0)), new SeenKeys.Duplicates(counts[1], examples.get(1))};
    }

    private static int[] fields(int count) {
        int[] fields = new int[count];
        for (int i = 0; i < count; i++) {
            fields[i] = i;
        }
        return fields;
    }

    /** Consecutive parts, cut before the keys at the given positions (a part never splits a line's keys). */
    private static List<List<Seen>> cut(List<Seen> keys, List<Integer> cuts) {
        TreeSet<Integer> at = new TreeSet<>();
        for (int c : cuts) {
            int position = keys.isEmpty() ? 0 : c % keys.size();
            while (position > 0 && position < keys.size() && keys.get(position).line() == keys.get(position - 1).line()) {
                position--;
            }
            if (position > 0) {
                at.add(position);
            }
        }
        List<List<Seen>> parts = new ArrayList<>();
        int from = 0;
        for (int to : at) {
            parts.add(keys.subList(from, to));
            from = to;
        }
        parts.add(keys.subList(from, keys.size()));
        return parts;
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> value = Arbitraries.of("a", "b", "ab", "Ω", "\uD83D\uDE00", "x".repeat(300), "Zoë", "1", "11");
        Arbitrary<List<String>> parts = value.list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<Object[]>> rows = Combinators.combine(Arbitraries.integers().between(0, 1), parts,
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2))
                .as((unique, key, gap, cells) -> new Object[] {unique, key, gap, cells})
                .list().ofMaxSize(120);
        Arbitrary<List<Seen>> keys = rows.map(list -> {
            List<Seen> seen = new ArrayList<>();
            long line = 1;
            long record = 0;
            for (Object[] row : list) {
                line += (int) row[2] + 1;
                record++;
                @SuppressWarnings("unchecked")
                List<String> key = (List<String>) row[1];
                for (int cell = 0; cell <= (int) row[3]; cell++) {
                    seen.add(new Seen((int) row[0], key, line, record, cell));
                }
            }
            return seen;
        });
        return Combinators.combine(keys, Arbitraries.integers().between(0, 500).list().ofMaxSize(5),
                Arbitraries.of("default", "first-byte", "constant"), Arbitraries.of(0L, 64L, 2_000L, 1L << 30),
                Arbitraries.integers().between(0, 4), Arbitraries.of(false, true)).as(Case::new);
    }
}
