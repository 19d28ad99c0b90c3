package ca.hvd.core.check;

import ca.hvd.core.standard.Constraints;
import ca.hvd.core.standard.FieldType;
import ca.hvd.core.standard.LinearPattern;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every cell check of one field, compiled against the column that holds it: the pattern compiled,
 * the bounds parsed, the code list turned into a set and the profile's transform built before the
 * first row. Configuration only; findings go to the caller's {@link Tally}. A {@code null} slot
 * means the check does not apply.
 */
final class FieldCheck {

    final int field;
    final int column;
    private final FieldType type;
    private final FieldSlots slots;
    private final ValueTransform transform;
    private final FieldCheck fallback;
    private final CharPattern simplePattern;
    private final LinearPattern pattern;
    private final CodeSet codes;
    private final Set<String> placeholders;
    private final Constraints constraints;
    private final BigDecimal smallCountLimit;
    private final int caseField;
    /** The character between the values of a multi-valued field; {@code null} for one value per cell. */
    private final String separator;
    /** The least and greatest whole numbers in range (integer fields; clamped to the range of long). */
    private final long lowest;
    private final long highest;
    /** The bounds of a decimal field as unscaled value and scale, or {@code null} when absent or too large. */
    private final Decimal minimum;
    private final Decimal maximum;
    /** Positive values below it are small counts; 0 for none. */
    private final long smallCount;

    /**
     * @param field      the field's index in the standard
     * @param column     the column read, or -1 for a value that is not read from the file
     * @param type       the field's type
     * @param constraints its constraints
     * @param codes      its code list's codes, or {@code null}
     * @param separator  the character between the values of a multi-valued field, or {@code null}
     * @param placeholders normalised placeholder values ({@link ValueTransform#fold}), or {@code null}
     * @param smallCountThreshold positive values below it are small counts, or {@code null}
     * @param caseField  the field's index among those whose case style is tallied, or -1
     * @param transform  what the profile does to the trimmed value, or {@code null}
     * @param fallback   the check of the column read when this one is empty, or {@code null}
     * @param slots      where findings go
     */
    FieldCheck(int field, int column, FieldType type, Constraints constraints, Set<String> codes, String separator,
               Set<String> placeholders,
               Integer smallCountThreshold, int caseField, ValueTransform transform, FieldCheck fallback, FieldSlots slots) {
        this.field = field;
        this.column = column;
        this.type = type;
        this.constraints = constraints;
        this.slots = slots;
        this.transform = transform;
        this.fallback = fallback;
        this.pattern = constraints.pattern() == null ? null : LinearPattern.compile(constraints.pattern());
        this.simplePattern = constraints.pattern() == null ? null : CharPattern.compile(constraints.pattern()).orElse(null);
        this.lowest = type == FieldType.INTEGER ? lowestInteger(constraints) : Long.MIN_VALUE;
        this.highest = type == FieldType.INTEGER ? highestInteger(constraints) : Long.MAX_VALUE;
        this.minimum = type == FieldType.NUMBER ? Decimal.of(constraints.minimum()) : null;
        this.maximum = type == FieldType.NUMBER ? Decimal.of(constraints.maximum()) : null;
        this.codes = codes == null ? null : new CodeSet(codes);
        this.placeholders = placeholders == null ? null : Set.copyOf(placeholders);
        this.smallCountLimit = smallCountThreshold == null ? null : BigDecimal.valueOf(smallCountThreshold);
        this.smallCount = smallCountThreshold == null ? 0 : smallCountThreshold;
        this.caseField = caseField;
        this.separator = separator;
    }

    /**
     * The slots of a field's findings in one column, each {@code null} when its check does not
     * apply to the field.
     */
    record FieldSlots(Slot requiredMissing, Slot space, Slot invalidCharacter, Slot typeMismatch,
                      Slot patternMismatch, Slot notInCodeList, Slot outOfRange, Slot lengthOutOfRange,
                      Slot smallCount, Slot digitOrSymbol, Slot placeholder, Slot mojibake) {
    }

    /**
     * Reads and checks the field's cell of a record, or its fallback column's when the cell is
     * empty.
     *
     * @param noInvalidCharacter whether the record's cells are known to hold no invalid character
     * @return the value (trimmed, transformed), {@code ""} when empty
     */
    String read(CsvRecord cells, int width, boolean noInvalidCharacter, long line, long record, Tally tally) {
        String raw = column < width ? cells.getField(column) : "";
        if (fallback != null && CellValues.trim(raw).isEmpty()) {
            return fallback.read(cells, width, noInvalidCharacter, line, record, tally);
        }
        return check(raw, noInvalidCharacter, line, record, tally);
    }

    /**
     * Checks one cell.
     *
     * @return the value without surrounding spaces and transformed, {@code ""} when empty
     */
    String check(String raw, long line, long record, Tally tally) {
        return check(raw, false, line, record, tally);
    }

    /**
     * Checks one cell, not scanned for invalid characters when it is known to hold none.
     *
     * @param noInvalidCharacter whether the cell is known to hold no invalid character
     * @return the value without surrounding spaces and transformed, {@code ""} when empty
     */
    String check(String raw, boolean noInvalidCharacter, long line, long record, Tally tally) {
        boolean invalid = !noInvalidCharacter && CellValues.hasInvalidCharacter(raw);
        if (invalid) {
            tally.add(slots.invalidCharacter(), line, record, raw);
        }
        String value = CellValues.trim(raw);
        if (!value.isEmpty() && value != raw) {
            tally.add(slots.space(), line, record, raw);
        }
        if (transform != null && !value.isEmpty()) {
            value = transform.apply(value);
        }
        if (value.isEmpty()) {
            if (slots.requiredMissing() != null) {
                tally.add(slots.requiredMissing(), line, record, raw);
            }
            return value;
        }
        switch (type) {
            case INTEGER -> checkInteger(value, line, record, tally);
            case NUMBER -> {
                if (checkDecimal(value, line, record, tally)) {
                    return value;
                }
                if (!CellValues.isNumber(value)) {
                    tally.add(slots.typeMismatch(), line, record, value);
                } else if (slots.outOfRange() != null && !CellValues.inRange(value, constraints)) {
                    tally.add(slots.outOfRange(), line, record, value);
                } else {
                    tally.number(field, value);
                }
            }
            case BOOLEAN -> {
                if (!CellValues.isBoolean(value)) {
                    tally.add(slots.typeMismatch(), line, record, value);
                }
            }
            case DATE -> {
                if (!CellValues.isDate(value)) {
                    tally.add(slots.typeMismatch(), line, record, value);
                }
            }
            case STRING -> {
                if (separator == null) {
                    checkText(value, invalid, line, record, tally);
                } else {
                    checkParts(value, line, record, tally);
                }
            }
        }
        return value;
    }

    private void checkInteger(String value, long line, long record, Tally tally) {
        if (value.length() <= 18) {
            long number = wholeNumber(value);
            if (number == Long.MIN_VALUE) {
                tally.add(slots.typeMismatch(), line, record, value);
                return;
            }
            if (slots.outOfRange() != null && (number < lowest || number > highest)) {
                tally.add(slots.outOfRange(), line, record, value);
                return;
            }
            tally.number(field, value, number);
            if (smallCountLimit != null && number > 0 && number < smallCount) {
                tally.add(slots.smallCount(), line, record, value);
            }
            return;
        }
        // a long text, maybe of a million digits: decided in time linear in its length (CellValues.compare)
        if (!CellValues.isInteger(value)) {
            tally.add(slots.typeMismatch(), line, record, value);
            return;
        }
        if (slots.outOfRange() != null && !CellValues.inRange(value, constraints)) {
            tally.add(slots.outOfRange(), line, record, value);
            return;
        }
        tally.number(field, value);
        if (smallCountLimit != null && CellValues.compare(value, BigDecimal.ZERO) > 0
                && CellValues.compare(value, smallCountLimit) < 0) {
            tally.add(slots.smallCount(), line, record, value);
        }
    }

    /**
     * The value of an integer of at most 18 characters (an optional sign, then digits, as
     * {@link CellValues#isInteger} reads it), or {@link Long#MIN_VALUE} when it is not one.
     */
    private static long wholeNumber(String value) {
        int length = value.length();
        char first = length == 0 ? 0 : value.charAt(0);
        int i = first == '-' || first == '+' ? 1 : 0;
        if (i == length) {
            return Long.MIN_VALUE;
        }
        long number = 0;
        for (; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
            number = number * 10 + (c - '0');
        }
        return first == '-' ? -number : number;
    }

    /**
     * Checks a decimal without an exponent and with at most 18 digits, in long arithmetic: its range
     * and, within it, its number for the profile (the double {@link Double#parseDouble} gives). Returns
     * {@code false}, having done nothing, for any other text: the general path decides it.
     */
    private boolean checkDecimal(String value, long line, long record, Tally tally) {
        int length = value.length();
        if (length > 19) {
            return false;
        }
        char first = value.charAt(0);
        int i = first == '-' || first == '+' ? 1 : 0;
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < length; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return false;
            }
        }
        if (digits == 0 || digits > 18) {
            return false;
        }
        scale = Math.max(scale, 0);
        boolean negative = first == '-';
        if (slots.outOfRange() != null) {
            long signed = negative ? -unscaled : unscaled;
            int low = minimum == null ? -1 : minimum.compareTo(signed, scale);
            int high = maximum == null ? 1 : maximum.compareTo(signed, scale);
            boolean outside = low == Decimal.UNKNOWN || high == Decimal.UNKNOWN ? !CellValues.inRange(value, constraints)
                    : low > 0 || low == 0 && constraints.exclusiveMinimum() || high < 0 || high == 0 && constraints.exclusiveMaximum();
            if (outside) {
                tally.add(slots.outOfRange(), line, record, value);
                return true;
            }
        }
        if (unscaled < (1L << 53)) {
            tally.number(field, value, decimal(unscaled, scale, negative));
        } else {
            tally.number(field, value);
        }
        return true;
    }

    /**
     * The double nearest to {@code ±unscaled × 10^-scale}, as {@link Double#parseDouble} gives it:
     * with {@code unscaled} below 2^53 and {@code scale} at most 18, both operands are exact doubles
     * and one division rounds correctly (Clinger's fast path).
     */
    static double decimal(long unscaled, int scale, boolean negative) {
        double number = unscaled / Decimal.POWERS_DOUBLE[scale];
        return negative ? -number : number;
    }

    /** The least whole number a field's minimum allows, clamped to the range of long. */
    private static long lowestInteger(Constraints c) {
        if (c.minimum() == null) {
            return Long.MIN_VALUE;
        }
        BigDecimal least = c.minimum().setScale(0, java.math.RoundingMode.CEILING);
        if (c.exclusiveMinimum() && least.compareTo(c.minimum()) == 0) {
            least = least.add(BigDecimal.ONE);
        }
        return clamp(least);
    }

    /** The greatest whole number a field's maximum allows, clamped to the range of long. */
    private static long highestInteger(Constraints c) {
        if (c.maximum() == null) {
            return Long.MAX_VALUE;
        }
        BigDecimal most = c.maximum().setScale(0, java.math.RoundingMode.FLOOR);
        if (c.exclusiveMaximum() && most.compareTo(c.maximum()) == 0) {
            most = most.subtract(BigDecimal.ONE);
        }
        return clamp(most);
    }

    private static long clamp(BigDecimal whole) {
        if (whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return Long.MIN_VALUE;
        }
        if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        return whole.longValueExact();
    }

    /** A bound of a decimal field as an unscaled long and a scale, compared with decimals in long arithmetic. */
    private record Decimal(long unscaled, int scale) {
        static final int UNKNOWN = Integer.MIN_VALUE;
        static final long[] POWERS = new long[19];
        static final double[] POWERS_DOUBLE = new double[19];

        static {
            long power = 1;
            for (int i = 0; i < POWERS.length; i++) {
                POWERS[i] = power;
                POWERS_DOUBLE[i] = power;
                power *= 10;
            }
        }

        /** The bound, or {@code null} when there is none or it does not fit. */
        static Decimal of(BigDecimal bound) {
            if (bound == null) {
                return null;
            }
            BigDecimal plain = bound.scale() < 0 ? bound.setScale(0) : bound;
            if (plain.scale() >= POWERS.length || plain.precision() > 18) {
                return new Decimal(0, UNKNOWN);
            }
            return new Decimal(plain.unscaledValue().longValueExact(), plain.scale());
        }

        /** The sign of this bound minus {@code unscaled × 10^-scale}, or {@link #UNKNOWN} when long arithmetic could overflow. */
        int compareTo(long unscaled, int scale) {
            if (this.scale == UNKNOWN) {
                return UNKNOWN;
            }
            int common = Math.max(scale, this.scale);
            long mine = this.unscaled;
            long theirs = unscaled;
            try {
                mine = Math.multiplyExact(mine, POWERS[common - this.scale]);
                theirs = Math.multiplyExact(theirs, POWERS[common - scale]);
            } catch (ArithmeticException e) {
                return UNKNOWN;
            }
            return Long.compare(mine, theirs);
        }
    }

    private void checkText(String value, boolean invalid, long line, long record, Tally tally) {
        if (simplePattern != null ? !simplePattern.find(value) : pattern != null && !pattern.find(value)) {
            tally.add(slots.patternMismatch(), line, record, value);
        }
        if (codes != null && !codes.contains(value)) {
            notInCodeList(value, line, record, tally);
        }
        if (slots.lengthOutOfRange() != null) {
            int length = CellValues.length(value);
            Integer min = constraints.minLength();
            Integer max = constraints.maxLength();
            if (min != null && length < min || max != null && length > max) {
                tally.add(slots.lengthOutOfRange(), line, record, value, List.of(length));
            }
        }
        checkQuality(value, invalid, line, record, tally);
    }

    /**
     * The text-quality checks: a value with invalid characters, or garbled, is reported as such, not
     * also for its odd characters.
     */
    private void checkQuality(String value, boolean invalid, long line, long record, Tally tally) {
        if (placeholders != null && placeholders.contains(ValueTransform.fold(value))) {
            tally.add(slots.placeholder(), line, record, value);
        }
        boolean garbled = false;
        if (slots.mojibake() != null) {
            Optional<String> repaired = TextQuality.ungarbled(value);
            if (repaired.isPresent()) {
                tally.add(slots.mojibake(), line, record, value, List.of(repaired.get()));
                garbled = true;
            }
        }
        if (slots.digitOrSymbol() != null && !garbled && !invalid) {
            int c = TextQuality.firstNonNameCharacter(value);
            if (c >= 0) {
                tally.add(slots.digitOrSymbol(), line, record, value, List.of(new String(Character.toChars(c))));
            }
        }
        if (caseField >= 0 && !garbled) {
            TextQuality.allCapitals(value).ifPresent(capitals -> tally.caseStyle(caseField, capitals, line, record, value));
        }
    }

    /**
     * Checks each part of a multi-valued cell, trimmed, as {@link #checkText} checks one value; an
     * empty part (as in {@code "CA,,EU"}) is a part like any other. A cell gives at most one finding
     * per check, with the first part that fails it as the value.
     */
    private void checkParts(String value, long line, long record, Tally tally) {
        String patternFailure = null;
        String codeFailure = null;
        String lengthFailure = null;
        int start = 0;
        while (start >= 0) {
            int end = value.indexOf(separator, start);
            String part = CellValues.trim(end < 0 ? value.substring(start) : value.substring(start, end));
            start = end < 0 ? -1 : end + separator.length();
            if (patternFailure == null && pattern != null
                    && !(simplePattern != null ? simplePattern.find(part) : pattern.find(part))) {
                patternFailure = part;
            }
            if (codeFailure == null && codes != null && !codes.contains(part)) {
                codeFailure = part;
            }
            if (lengthFailure == null && slots.lengthOutOfRange() != null && !lengthFits(CellValues.length(part))) {
                lengthFailure = part;
            }
        }
        if (patternFailure != null) {
            tally.add(slots.patternMismatch(), line, record, patternFailure);
        }
        if (codeFailure != null) {
            notInCodeList(codeFailure, line, record, tally);
        }
        if (lengthFailure != null) {
            tally.add(slots.lengthOutOfRange(), line, record, lengthFailure, List.of(CellValues.length(lengthFailure)));
        }
    }

    /**
     * A value that is not a code, with the code it spells in other letter case when there is one
     * (looked up only for an example that will be kept: a file of bad codes pays nothing more).
     */
    private void notInCodeList(String value, long line, long record, Tally tally) {
        String code = tally.keepsExample(slots.notInCodeList()) ? codes.inOtherCase(value) : null;
        tally.add(slots.notInCodeList(), line, record, value, code == null ? List.of() : List.of(code));
    }

    private boolean lengthFits(int length) {
        Integer min = constraints.minLength();
        Integer max = constraints.maxLength();
        return (min == null || length >= min) && (max == null || length <= max);
    }

}
