package ca.hvd.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The sketches behind the comparability measures combine like the data they describe: whole
 * equals the combination of its parts, in any grouping; exact while they fit; within their stated
 * error bounds beyond.
 */
class SketchProperties {

    /** A list cut in three consecutive parts at two points, in either order, clamped to its size. */
    static <T> List<List<T>> thirds(List<T> values, int cut1, int cut2) {
        int a = Math.min(Math.min(cut1, cut2), values.size());
        int b = Math.min(Math.max(cut1, cut2), values.size());
        return List.of(values.subList(0, a), values.subList(a, b), values.subList(b, values.size()));
    }

    // ---- distinct values ------------------------------------------------------------------------

    private static DistinctCounter distinct(List<String> values) {
        DistinctCounter counter = new DistinctCounter();
        values.forEach(counter::add);
        return counter;
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> few = Arbitraries.of("OLIVIA", "EMMA", "LIAM", "NOAH", "ZOÉ", "");
        Arbitrary<String> many = Arbitraries.integers().between(0, 12_000).map(i -> "N" + i);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, few), net.jqwik.api.Tuple.of(3, many)).list().ofMaxSize(12_000);
    }

    @Property(tries = 40)
    void countingDistinctValuesWholeEqualsCombiningThePartsInAnyGrouping(@ForAll("names") List<String> values,
                                                                         @ForAll @IntRange(max = 12_000) int cut1,
                                                                         @ForAll @IntRange(max = 12_000) int cut2) {
        List<List<String>> parts = thirds(values, cut1, cut2);
        DistinctCounter first = distinct(parts.get(0));
        DistinctCounter second = distinct(parts.get(1));
        DistinctCounter third = distinct(parts.get(2));
        DistinctCounter whole = distinct(values);

        assertThat(first.combine(second).combine(third)).isEqualTo(whole);
        assertThat(first.combine(second.combine(third))).isEqualTo(whole);
        assertThat(third.combine(first).combine(second)).isEqualTo(whole);
        assertThat(new DistinctCounter().combine(whole)).as("the empty counter is the identity").isEqualTo(whole);
        int exact = new HashSet<>(values).size();
        if (exact <= DistinctCounter.EXACT_LIMIT) {
            assertThat(whole.exact()).isTrue();
            assertThat(whole.count()).isEqualTo(exact);
        } else {
            assertThat(whole.exact()).isFalse();
            assertThat((double) whole.count()).isCloseTo(exact, org.assertj.core.data.Offset.offset(exact * 5 * HyperLogLog.relativeError()));
        }
    }

    @Property(tries = 20)
    void pastTheExactLimitCombiningPartsStillEqualsTheWhole(@ForAll @IntRange(min = 8_000, max = 30_000) int size,
                                                           @ForAll @IntRange(min = 1, max = 6) int parts,
                                                           @ForAll long seed) {
        Random random = new Random(seed);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add("N" + random.nextInt(size));
        }
        DistinctCounter combined = new DistinctCounter();
        int start = 0;
        for (int p = 0; p < parts; p++) {
            int end = p == parts - 1 ? size : start + random.nextInt(size - start + 1);
            combined = combined.combine(distinct(values.subList(start, end)));
            start = end;
        }
        DistinctCounter whole = distinct(values);
        assertThat(combined).isEqualTo(whole);
        assertThat(combined.count()).isEqualTo(whole.count());
    }

    @Test
    void pastTheExactLimitTheEstimateStaysWithinFourStandardErrors() {
        for (int size : new int[] {DistinctCounter.EXACT_LIMIT + 1, 20_000, 100_000, 1_000_000}) {
            DistinctCounter counter = new DistinctCounter();
            for (int i = 0; i < size; i++) {
                counter.add("value-" + i);
                counter.add("value-" + (i / 2));
            }
            assertThat(counter.exact()).isFalse();
            assertThat((double) counter.count()).as("%d distinct values", size)
                    .isCloseTo(size, org.assertj.core.data.Offset.offset(size * 4 * HyperLogLog.relativeError()));
        }
    }

    @Test
    void atTheExactLimitTheCountIsStillExact() {
        DistinctCounter counter = new DistinctCounter();
        for (int i = 0; i < DistinctCounter.EXACT_LIMIT; i++) {
            counter.add(String.valueOf(i));
        }
        assertThat(counter.exact()).isTrue();
        assertThat(counter.count()).isEqualTo(DistinctCounter.EXACT_LIMIT);
    }

    // ---- heavy hitters --------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Integer>> stream() {
        Arbitrary<Integer> skewed = Arbitraries.integers().between(0, 2_000).map(i -> (int) Math.sqrt(i * (double) i / 40));
        Arbitrary<Integer> uniform = Arbitraries.integers().between(0, 300);
        return Arbitraries.oneOf(skewed, uniform).list().ofMaxSize(3_000);
    }

    private static HeavyHitters hitters(List<Integer> keys, int capacity) {
        HeavyHitters summary = new HeavyHitters(capacity);
        keys.forEach(key -> summary.add("k" + key, 1 + key % 3));
        return summary;
    }

    private static Map<String, Long> truth(List<Integer> keys) {
        Map<String, Long> weights = new HashMap<>();
        keys.forEach(key -> weights.merge("k" + key, (long) (1 + key % 3), Long::sum));
        return weights;
    }

    @Property(tries = 100)
    void whileTheKeysFitHeavyHittersAreExactAndCombineInAnyGrouping(@ForAll("stream") List<Integer> keys,
                                                                    @ForAll @IntRange(max = 3_000) int cut1,
                                                                    @ForAll @IntRange(max = 3_000) int cut2) {
        List<List<Integer>> parts = thirds(keys, cut1, cut2);
        int capacity = 400;
        HeavyHitters first = hitters(parts.get(0), capacity);
        HeavyHitters second = hitters(parts.get(1), capacity);
        HeavyHitters third = hitters(parts.get(2), capacity);
        HeavyHitters whole = hitters(keys, capacity);

        assertThat(whole.exact()).isTrue();
        assertThat(first.combine(second).combine(third).entries()).isEqualTo(whole.entries());
        assertThat(first.combine(second.combine(third)).entries()).isEqualTo(whole.entries());
        assertThat(third.combine(first).combine(second).entries()).isEqualTo(whole.entries());
        Map<String, Long> truth = truth(keys);
        assertThat(whole.entries()).allSatisfy(entry -> assertThat(entry.weight()).isEqualTo(truth.get(entry.key())));
        assertThat(whole.entries()).hasSize(truth.size());
    }

    @Property(tries = 200)
    void pastTheCapacityEveryMergeOrderKeepsTheSpaceSavingGuarantees(@ForAll("stream") List<Integer> keys,
                                                                     @ForAll @IntRange(min = 1, max = 8) int parts,
                                                                     @ForAll @IntRange(min = 1, max = 40) int capacity,
                                                                     @ForAll long seed) {
        Random random = new Random(seed);
        List<HeavyHitters> summaries = new ArrayList<>();
        int start = 0;
        for (int p = 0; p < parts; p++) {
            int end = p == parts - 1 ? keys.size() : start + random.nextInt(keys.size() - start + 1);
            summaries.add(hitters(keys.subList(start, end), capacity));
            start = end;
        }
        while (summaries.size() > 1) {
            int i = random.nextInt(summaries.size() - 1);
            summaries.set(i, summaries.get(i).combine(summaries.remove(i + 1)));
        }
        HeavyHitters merged = summaries.get(0);
        Map<String, Long> truth = truth(keys);
        long total = truth.values().stream().mapToLong(Long::longValue).sum();
        assertThat(merged.total()).isEqualTo(total);
        assertThat(merged.entries()).hasSizeLessThanOrEqualTo(capacity);
        Set<String> kept = new HashSet<>();
        for (HeavyHitters.Entry entry : merged.entries()) {
            kept.add(entry.key());
            long actual = truth.get(entry.key());
            assertThat(entry.weight()).as("never under-counted").isGreaterThanOrEqualTo(actual);
            assertThat(entry.weight() - actual).as("over-counted by at most its error").isLessThanOrEqualTo(entry.error());
            assertThat(entry.error()).as("the error is at most N / capacity").isLessThanOrEqualTo(total / capacity);
        }
        truth.forEach((key, weight) -> {
            if (weight > total / capacity) {
                assertThat(kept).as("a key heavier than N / capacity is kept").contains(key);
            }
        });
    }

    // ---- statistics per group -------------------------------------------------------------------

    private static GroupStats groups(List<Integer> values, int limit) {
        GroupStats stats = new GroupStats(5, limit);
        for (int value : values) {
            stats.add("g" + value % 37, value);
        }
        return stats;
    }

    @Property(tries = 200)
    void groupStatisticsOfAWholeFileEqualCombiningItsPartsEvenPastTheirLimit(@ForAll("stream") List<Integer> values,
                                                                             @ForAll @IntRange(max = 3_000) int cut1,
                                                                             @ForAll @IntRange(max = 3_000) int cut2,
                                                                             @ForAll @IntRange(min = 1, max = 50) int limit) {
        List<List<Integer>> parts = thirds(values, cut1, cut2);
        GroupStats first = groups(parts.get(0), limit);
        GroupStats second = groups(parts.get(1), limit);
        GroupStats third = groups(parts.get(2), limit);
        GroupStats whole = groups(values, limit);

        assertThat(first.combine(second).combine(third)).isEqualTo(whole);
        assertThat(first.combine(second.combine(third))).isEqualTo(whole);
        assertThat(second.combine(third).combine(first)).isEqualTo(whole);
        long rows = whole.droppedRows() + whole.groups().values().stream().mapToLong(group -> group.rows).sum();
        assertThat(rows).isEqualTo(values.size());
    }

    @Test
    void aGroupKeepsItsRowsSumSmallestValueAndLargestValues() {
        GroupStats stats = new GroupStats(3, 10);
        for (long value : new long[] {7, 40, 6, 33, 40, 12}) {
            stats.add("2019\u001FF", value);
        }
        GroupStats.Group group = stats.groups().get("2019\u001FF");
        assertThat(group.rows).isEqualTo(6);
        assertThat(group.sum).isEqualTo(138);
        assertThat(group.min).isEqualTo(6);
        assertThat(group.topSum()).isEqualTo(113);
    }
}
