package ca.hvd.core.standard;

import java.math.BigDecimal;

/**
 * The JSON Schema constraints of one field, each {@code null} when the standard does not set it.
 *
 * @param pattern          an ECMA-262 regular expression the text must contain a match of (strings)
 * @param minimum          the smallest allowed number (integers and numbers)
 * @param exclusiveMinimum whether {@code minimum} itself is excluded
 * @param maximum          the largest allowed number
 * @param exclusiveMaximum whether {@code maximum} itself is excluded
 * @param minLength        the fewest characters (Unicode code points) of a text
 * @param maxLength        the most characters of a text
 */
public record Constraints(
        String pattern,
        BigDecimal minimum,
        boolean exclusiveMinimum,
        BigDecimal maximum,
        boolean exclusiveMaximum,
        Integer minLength,
        Integer maxLength) {

    /** No constraint at all. */
    public static final Constraints NONE = new Constraints(null, null, false, null, false, null, null);

    /** Whether a range of numbers is set. */
    public boolean hasRange() {
        return minimum != null || maximum != null;
    }

    /** Whether a range of lengths is set. */
    public boolean hasLength() {
        return minLength != null || maxLength != null;
    }
}
