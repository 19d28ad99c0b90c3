package ca.hvd.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.report.ValueProfile;
import ca.hvd.core.standard.Constraints;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The value profile counts exactly within its bound, and combines like the data it describes. */
class ValueCounterTest {

    private static ValueProfile profile(List<String> values, ValueProfile.Kind kind) {
        ValueCounter counter = new ValueCounter(kind);
        for (String value : values) {
            counter.add(value);
            if (kind.isNumeric() && CellValues.isNumber(value)) {
                counter.number(value);
            }
        }
        return counter.profile();
    }

    @Provide
    Arbitrary<List<String>> values() {
        Arbitrary<String> few = Arbitraries.of("2018", "2019", "2020", "F", "M", "+7", "-3", "10", "9");
        Arbitrary<String> many = Arbitraries.integers().between(0, 400).map(String::valueOf);
        return Arbitraries.oneOf(few, many).list().ofMaxSize(600);
    }

    @Property(tries = 200)
    void profilingAFileWholeEqualsCombiningItsParts(@ForAll("values") List<String> values,
                                                    @ForAll @IntRange(min = 0, max = 600) int cut1,
                                                    @ForAll @IntRange(min = 0, max = 600) int cut2) {
        int a = Math.min(Math.min(cut1, cut2), values.size());
        int b = Math.min(Math.max(cut1, cut2), values.size());
        ValueProfile.Kind kind = ValueProfile.Kind.INTEGER;
        ValueProfile first = profile(values.subList(0, a), kind);
        ValueProfile second = profile(values.subList(a, b), kind);
        ValueProfile third = profile(values.subList(b, values.size()), kind);

        ValueProfile whole = profile(values, kind);

        assertThat(first.combine(second).combine(third)).isEqualTo(whole);
        assertThat(first.combine(second.combine(third))).isEqualTo(whole);
        assertThat(third.combine(first).combine(second)).as("order of parts does not matter").isEqualTo(whole);
        assertThat(whole.total()).isEqualTo(values.size());
    }

    @Property(tries = 100)
    void theEmptyProfileOfAnyKindIsTheIdentity(@ForAll("values") List<String> values) {
        ValueProfile profile = profile(values, ValueProfile.Kind.CODE);

        assertThat(ValueProfile.empty(ValueProfile.Kind.TEXT).combine(profile)).isEqualTo(profile);
        assertThat(profile.combine(ValueProfile.empty(ValueProfile.Kind.TEXT))).isEqualTo(profile);
    }

    @Test
    void aFieldWithFewValuesIsCountedCompletely() {
        ValueProfile profile = profile(List.of("2019", "2018", "2019", "2019"), ValueProfile.Kind.INTEGER);

        assertThat(profile.counts()).containsExactly(Map.entry("2018", 1L), Map.entry("2019", 3L));
        assertThat(profile.complete()).isTrue();
        assertThat(profile.min()).isEqualByComparingTo("2018");
        assertThat(profile.max()).isEqualByComparingTo(new BigDecimal("2019"));
    }

    @Test
    void pastTheBoundTheSmallestValuesAreKeptExactlyAndTheRestCountedAsOther() {
        List<String> values = new java.util.ArrayList<>();
        for (int i = 999; i >= 100; i--) {
            values.add(String.valueOf(i));
            values.add(String.valueOf(i));
        }

        ValueProfile profile = profile(values, ValueProfile.Kind.INTEGER);

        assertThat(profile.counts()).hasSize(ValueProfile.MAX_VALUES);
        assertThat(profile.counts().keySet()).first().isEqualTo("100");
        assertThat(profile.counts().keySet()).last().isEqualTo("299");
        assertThat(profile.counts().values()).containsOnly(2L);
        assertThat(profile.otherCount()).isEqualTo(1800 - 400);
        assertThat(profile.complete()).isFalse();
        assertThat(profile.min()).isEqualByComparingTo("100");
        assertThat(profile.max()).isEqualByComparingTo("999");
    }

    /**
     * Counts as Ontario publishes them, 6 and up: the smallest whole numbers are kept, by value, not
     * the texts that sort first ({@code "10"}, {@code "100"}, {@code "1000"}…), which would leave out
     * the commonest counts; decimal numbers, which rarely repeat, only have a range.
     */
    @Test
    void wholeNumbersAreKeptAndListedByTheirValue() {
        List<String> values = new java.util.ArrayList<>();
        for (int i = 3000; i >= 6; i--) {
            values.add(String.valueOf(i));
        }
        values.addAll(List.of("6", "6", "7", "-1.5", "+8", "08", "6.0"));

        ValueProfile integers = profile(values.stream().filter(CellValues::isInteger).toList(), ValueProfile.Kind.INTEGER);
        ValueProfile numbers = profile(values, ValueProfile.Kind.NUMBER);

        assertThat(integers.counts().keySet()).startsWith("6", "7", "+8", "08", "8", "9", "10", "11");
        assertThat(integers.counts().keySet()).last().isEqualTo("203");
        assertThat(integers.counts().get("6")).isEqualTo(3L);
        assertThat(numbers.counts()).as("decimal numbers are described by their range, not listed").isEmpty();
        assertThat(numbers.otherCount()).isEqualTo(values.size());
        assertThat(numbers.min()).isEqualByComparingTo("-1.5");
        assertThat(numbers.max()).isEqualByComparingTo("3000");
    }

    /**
     * The counter keeps what a map of every value would say: the exact counts of the
     * {@value ValueProfile#MAX_VALUES} smallest distinct values of the field's domain (here a code
     * list that leaves some of the values out) and the rest as other, whether the values were
     * counted in one counter or in consecutive counters combined. The values collide on purpose in
     * the counter's table (same length, same first, middle and last characters), so that evictions
     * move values along runs of slots.
     */
    @Property(tries = 300)
    void theCounterKeepsTheSmallestValuesExactlyEvenWhenTheirHashesCollide(
            @ForAll("colliding") List<String> values, @ForAll @IntRange(min = 0, max = 400) int cut) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (char a = 'a'; a <= 'h'; a++) {
            for (char b = 'a'; b <= 'h'; b++) {
                if (a != 'h') {
                    codes.add("X" + a + "Y" + b + "Z");
                }
            }
        }
        for (int i = 0; i <= 250; i++) {
            codes.add("v" + i);
        }
        java.util.TreeMap<String, Long> all = new java.util.TreeMap<>();
        values.forEach(value -> all.merge(value, 1L, Long::sum));
        java.util.TreeMap<String, Long> kept = new java.util.TreeMap<>();
        long other = 0;
        for (Map.Entry<String, Long> entry : all.entrySet()) {
            if (codes.contains(entry.getKey()) && kept.size() < ValueProfile.MAX_VALUES) {
                kept.put(entry.getKey(), entry.getValue());
            } else {
                other += entry.getValue();
            }
        }
        ValueProfile expected = new ValueProfile(ValueProfile.Kind.CODE, kept, other, null, null);
        ValueCounter.Domain domain = new ValueCounter.Domain(ValueProfile.Kind.CODE, codes, Constraints.NONE);
        int at = Math.min(cut, values.size());
        ValueCounter whole = new ValueCounter(domain);
        values.forEach(whole::add);
        ValueCounter first = new ValueCounter(domain);
        values.subList(0, at).forEach(first::add);
        ValueCounter second = new ValueCounter(domain);
        values.subList(at, values.size()).forEach(second::add);
        first.combine(second);

        assertThat(whole.profile()).isEqualTo(expected);
        assertThat(first.profile()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<String>> colliding() {
        Arbitrary<String> middle = Arbitraries.strings().withChars("abcdefgh").ofLength(2);
        Arbitrary<String> value = middle.map(m -> "X" + m.charAt(0) + "Y" + m.charAt(1) + "Z");
        Arbitrary<String> other = Arbitraries.integers().between(0, 300).map(i -> "v" + i);
        return Arbitraries.oneOf(value, other).list().ofMaxSize(400);
    }

    /**
     * The extremes start from no number, without a test for the first one: a number read as an
     * infinite double (an exponent past 308) is still the extreme it is, first or not, and of two
     * such numbers the larger text is the maximum.
     */
    @Test
    void numbersBeyondTheRangeOfADoubleAreExtremesToo() {
        ValueCounter first = new ValueCounter(ValueProfile.Kind.NUMBER);
        first.number("1e400");
        first.number("-1e400");
        first.number("5.5");
        ValueCounter later = new ValueCounter(ValueProfile.Kind.NUMBER);
        later.number("7");
        later.number("2e400");

        assertThat(first.profile().min()).isEqualByComparingTo("-1e400");
        assertThat(first.profile().max()).isEqualByComparingTo("1e400");
        first.combine(later);
        assertThat(first.profile().max()).isEqualByComparingTo("2e400");
        assertThat(new ValueCounter(ValueProfile.Kind.NUMBER).profile().min()).isNull();
    }

    @Test
    void longCodesAreCutLikeExamples() {
        String code = "C".repeat(500);
        ValueCounter counter = new ValueCounter(new ValueCounter.Domain(ValueProfile.Kind.CODE, java.util.Set.of(code), Constraints.NONE));
        counter.add(code);

        assertThat(counter.profile().counts().keySet()).singleElement()
                .satisfies(value -> assertThat(value).hasSize(200).endsWith("…"));
    }

    @Test
    void aNumberLongerThanAnExampleIsCountedAsOtherAndNeverTakenForTheMinimumOrMaximum() {
        String huge = "9".repeat(900_000);
        ValueProfile profile = profile(List.of(huge, "7", "-" + huge), ValueProfile.Kind.INTEGER);

        assertThat(profile.counts()).containsExactly(Map.entry("7", 1L));
        assertThat(profile.otherCount()).isEqualTo(2);
        assertThat(profile.min()).isEqualByComparingTo("7");
        assertThat(profile.max()).isEqualByComparingTo("7");
    }

    @Test
    void numbersOutsideTheFieldsRangeAreCountedAsOtherNeverListed() {
        Constraints years = new Constraints(null, new BigDecimal("1900"), false, new BigDecimal("2100"), true, null, null);
        ValueCounter counter = new ValueCounter(new ValueCounter.Domain(ValueProfile.Kind.INTEGER, (java.util.Set<String>) null, years));
        for (String value : List.of("1234", "2019", "2100", "-7", "2019", "1900")) {
            counter.add(value);
        }

        assertThat(counter.profile().counts()).containsExactly(Map.entry("1900", 1L), Map.entry("2019", 2L));
        assertThat(counter.profile().otherCount()).isEqualTo(3);
    }

    @Test
    void onlyValuesOfTheFieldsDomainAreListedAndFreeTextNever() {
        ValueCounter codes = new ValueCounter(new ValueCounter.Domain(ValueProfile.Kind.CODE, java.util.Set.of("F", "M"), Constraints.NONE));
        ValueCounter text = new ValueCounter(ValueProfile.Kind.TEXT);
        ValueCounter whole = new ValueCounter(ValueProfile.Kind.INTEGER);
        for (String value : List.of("F", "SECRET-1", "M", "F", "123-45-678")) {
            codes.add(value);
            text.add(value);
            whole.add(value);
        }
        whole.add("2019");

        assertThat(codes.profile().counts()).containsExactly(Map.entry("F", 2L), Map.entry("M", 1L));
        assertThat(codes.profile().otherCount()).isEqualTo(2);
        assertThat(text.profile().counts()).isEmpty();
        assertThat(text.profile().otherCount()).isEqualTo(5);
        assertThat(whole.profile().counts()).containsExactly(Map.entry("2019", 1L));
        assertThat(whole.profile().otherCount()).isEqualTo(5);
    }
}
