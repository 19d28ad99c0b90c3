package ca.hvd.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The order in which a profile keeps numbers ({@link ValueProfile.Kind#order}) is their value's,
 * and a total order of their texts: only equal texts compare equal, as a sorted map's keys must.
 */
class NumericTextOrderProperties {

    private static final NumericTextOrder ORDER = NumericTextOrder.INSTANCE;

    @Property(tries = 2000)
    void numbersOfDifferentValuesAreInTheOrderOfTheirValues(@ForAll("numbers") String a, @ForAll("numbers") String b) {
        int byValue = new BigDecimal(a).compareTo(new BigDecimal(b));
        if (byValue != 0) {
            assertThat(Integer.signum(ORDER.compare(a, b))).isEqualTo(byValue);
        }
    }

    @Property(tries = 2000)
    void onlyEqualTextsCompareEqualAndTheOrderIsAntisymmetric(@ForAll("numbers") String a, @ForAll("numbers") String b) {
        assertThat(ORDER.compare(a, b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(ORDER.compare(a, b))).isEqualTo(-Integer.signum(ORDER.compare(b, a)));
    }

    @Property(tries = 1000)
    void theOrderIsTransitive(@ForAll("numbers") String a, @ForAll("numbers") String b, @ForAll("numbers") String c) {
        if (ORDER.compare(a, b) <= 0 && ORDER.compare(b, c) <= 0) {
            assertThat(ORDER.compare(a, c)).isLessThanOrEqualTo(0);
        }
    }

    @Example
    void textsThatAreNotNumbersComeAfterEveryNumber() {
        assertThat(ORDER.compare("12", "twelve")).isNegative();
        assertThat(ORDER.compare("abc", "abd")).isNegative();
    }

    /** Numbers as files write them: signs, leading zeros, fractions alone, trailing zeros, exponents, zeros of both signs. */
    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> sign = Arbitraries.of("", "", "-", "+");
        Arbitrary<String> zeros = Arbitraries.of("", "", "", "0", "00");
        Arbitrary<String> whole = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(6);
        Arbitrary<String> fraction = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(4)
                .map(digits -> digits.isEmpty() ? "" : "." + digits);
        Arbitrary<String> exponent = Arbitraries.of("", "", "", "", "e3", "E-2", "e+0");
        return Combinators.combine(sign, zeros, whole, fraction, exponent)
                .as((s, z, w, f, e) -> s + z + w + f + e)
                .filter(text -> text.matches("[-+]?(\\d+(\\.\\d+)?|\\.\\d+)([eE][-+]?\\d+)?"));
    }
}
