package ca.hvd.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The fast path of decimal cells reads the double {@link Double#parseDouble} reads. */
class DecimalProperties {

    @Property(tries = 3000)
    void aDecimalOfAtMostEighteenDigitsIsReadAsParseDoubleReadsIt(
            @ForAll @LongRange(min = 0, max = (1L << 53) - 1) long unscaled, @ForAll @IntRange(min = 0, max = 18) int scale,
            @ForAll boolean negative) {
        String digits = Long.toString(unscaled);
        String padded = "0".repeat(Math.max(0, scale + 1 - digits.length())) + digits;
        String text = (negative ? "-" : "") + padded.substring(0, padded.length() - scale) + "." + padded.substring(padded.length() - scale);

        assertThat(FieldCheck.decimal(unscaled, scale, negative)).isEqualTo(Double.parseDouble(text));
    }
}
