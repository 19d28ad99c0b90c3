package ca.hvd.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.standard.Constraints;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link CellValues#compare}, which reads a long number in linear time, decides as
 * {@link BigDecimal#compareTo} does: on random numeric texts (signs, leading and trailing zeros,
 * fractions, exponents), and on texts made to sit on a bound or just past it.
 */
class NumberComparisonProperties {

    @Property(tries = 3000)
    void aNumberComparesWithABoundAsBigDecimalCompares(@ForAll("numbers") String text, @ForAll("bounds") BigDecimal bound) {
        assertThat(CellValues.isNumber(text)).as(text).isTrue();

        assertThat(CellValues.compare(text, bound)).as("%s against %s", text, bound).isEqualTo(reference(text, bound));
    }

    @Property(tries = 3000)
    void aNumberWrittenAsTheBoundOrJustPastItComparesAsBigDecimalCompares(
            @ForAll("bounds") BigDecimal bound, @ForAll @IntRange(max = 120) int leadingZeros,
            @ForAll @IntRange(max = 120) int trailingZeros, @ForAll @IntRange(min = -1, max = 9) int lastDigit,
            @ForAll @IntRange(min = -40, max = 40) int shift, @ForAll boolean plus) {
        String text = near(bound, leadingZeros, trailingZeros, lastDigit, shift, plus);

        assertThat(CellValues.isNumber(text)).as(text).isTrue();
        assertThat(CellValues.compare(text, bound)).as("%s against %s", text, bound).isEqualTo(reference(text, bound));
    }

    @Property(tries = 2000)
    void aRangeHoldsTheNumbersBigDecimalSaysItHolds(@ForAll("numbers") String text, @ForAll("bounds") BigDecimal low,
                                                    @ForAll("bounds") BigDecimal high, @ForAll boolean exclusiveLow,
                                                    @ForAll boolean exclusiveHigh) {
        Constraints range = new Constraints(null, low, exclusiveLow, high, exclusiveHigh, null, null);
        int above = reference(text, low);
        int below = reference(text, high);
        boolean expected = (exclusiveLow ? above > 0 : above >= 0) && (exclusiveHigh ? below < 0 : below <= 0);

        assertThat(CellValues.inRange(text, range)).as("%s in %s", text, range).isEqualTo(expected);
    }

    @Property(tries = 300)
    void anIntegerOfAnyLengthIsComparedAsBigIntegerCompares(@ForAll("integers") String text, @ForAll("bounds") BigDecimal bound) {
        assertThat(CellValues.isInteger(text)).as(text).isTrue();

        int expected = Integer.signum(new BigDecimal(new BigInteger(text.startsWith("+") ? text.substring(1) : text))
                .compareTo(bound));
        assertThat(CellValues.compare(text, bound)).isEqualTo(expected);
    }

    private static int reference(String text, BigDecimal bound) {
        return Integer.signum(CellValues.number(text).compareTo(bound));
    }

    /**
     * The bound written with leading zeros, zeros after its last digit (then a last digit, if not
     * -1), its point moved by {@code shift} places and put back by an exponent.
     */
    private static String near(BigDecimal bound, int leadingZeros, int trailingZeros, int lastDigit, int shift, boolean plus) {
        BigDecimal magnitude = bound.abs();
        String digits = magnitude.unscaledValue().toString();
        int scale = magnitude.scale();
        // digits × 10^-scale, written as digits with a point
        StringBuilder mantissa = new StringBuilder("0".repeat(leadingZeros));
        int pointAt;
        if (scale <= 0) {
            mantissa.append(digits).append("0".repeat(-scale));
            pointAt = mantissa.length();
        } else if (scale >= digits.length()) {
            mantissa.append("0".repeat(scale - digits.length() + 1)).append(digits);
            pointAt = mantissa.length() - scale;
        } else {
            mantissa.append(digits);
            pointAt = mantissa.length() - scale;
        }
        mantissa.append("0".repeat(trailingZeros));
        if (lastDigit >= 0) {
            mantissa.append(lastDigit);
        }
        // moving the point left by shift places multiplies by 10^-shift: the exponent puts it back
        int at = Math.max(0, Math.min(mantissa.length(), pointAt - shift));
        int exponent = pointAt - at;
        String number = mantissa.substring(0, at) + "." + mantissa.substring(at);
        if (number.equals(".")) {
            number = "0";
        }
        String sign = bound.signum() < 0 ? "-" : plus ? "+" : "";
        return sign + number + (exponent == 0 ? "" : "e" + exponent);
    }

    @Provide
    Arbitrary<BigDecimal> bounds() {
        Arbitrary<BigDecimal> any = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-30, 30))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
        Arbitrary<BigDecimal> usual = Arbitraries.of("0", "1", "-1", "1900", "2100", "5", "-90", "90", "0.001", "99.5", "1e30",
                "-1e-30").map(BigDecimal::new);
        return Arbitraries.oneOf(any, usual);
    }

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> sign = Arbitraries.of("", "+", "-");
        Arbitrary<String> zeros = Arbitraries.integers().between(0, 150).map("0"::repeat);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(90);
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMaxLength(90).map(f -> "." + f));
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("e", "E", "e+", "e-", "E-"),
                        Arbitraries.oneOf(Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 999_999_999)))
                        .as((e, n) -> e + n));
        Arbitrary<String> whole = Combinators.combine(sign, zeros, digits, fraction, exponent)
                .as((s, z, d, f, e) -> s + z + d + f + e);
        Arbitrary<String> fractionOnly = Combinators.combine(sign, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(150))
                .as((s, f) -> s + "." + f);
        return Arbitraries.oneOf(whole, fractionOnly);
    }

    @Provide
    Arbitrary<String> integers() {
        return Combinators.combine(Arbitraries.of("", "+", "-"), Arbitraries.integers().between(0, 300).map("0"::repeat),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3000)).as((s, z, d) -> s + z + d);
    }
}
