package ca.hvd.core.check;

import ca.hvd.core.standard.Constraints;
import ca.hvd.core.standard.FieldType;
import ca.hvd.core.standard.LinearPattern;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.math.BigInteger;
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
    private final LinearPattern pattern;
    private final Set<String> codes;
    private final Set<String> placeholders;
    private final Constraints constraints;
    private final BigInteger smallCountLimit;
    private final int caseField;
    /** The character between the values of a multi-valued field; {@code null} for one value per cell. */
    private final String separator;

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
        this.codes = codes == null ? null : Set.copyOf(codes);
        this.placeholders = placeholders == null ? null : Set.copyOf(placeholders);
        this.smallCountLimit = smallCountThreshold == null ? null : BigInteger.valueOf(smallCountThreshold);
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
     * @return the value (trimmed, transformed), {@code ""} when empty
     */
    String read(CsvRecord cells, int width, long line, long record, Tally tally) {
        String raw = column < width ? cells.getField(column) : "";
        if (fallback != null && CellValues.trim(raw).isEmpty()) {
            return fallback.read(cells, width, line, record, tally);
        }
        return check(raw, line, record, tally);
    }

    /**
     * Checks one cell.
     *
     * @return the value without surrounding spaces and transformed, {@code ""} when empty
     */
    String check(String raw, long line, long record, Tally tally) {
        boolean invalid = false;
        for (int i = 0; i < raw.length(); i++) {
            if (CellValues.isInvalidCharacter(raw.charAt(i))) {
                tally.add(slots.invalidCharacter(), line, record, raw);
                invalid = true;
                break;
            }
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
                if (!CellValues.isNumber(value)) {
                    tally.add(slots.typeMismatch(), line, record, value);
                } else {
                    tally.number(field, value);
                    if (slots.outOfRange() != null && !inRange(CellValues.number(value))) {
                        tally.add(slots.outOfRange(), line, record, value);
                    }
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
        if (!CellValues.isInteger(value)) {
            tally.add(slots.typeMismatch(), line, record, value);
            return;
        }
        tally.number(field, value);
        BigInteger number = CellValues.integer(value);
        if (slots.outOfRange() != null && !inRange(new BigDecimal(number))) {
            tally.add(slots.outOfRange(), line, record, value);
        } else if (smallCountLimit != null && number.signum() > 0 && number.compareTo(smallCountLimit) < 0) {
            tally.add(slots.smallCount(), line, record, value);
        }
    }

    private void checkText(String value, boolean invalid, long line, long record, Tally tally) {
        if (pattern != null && !pattern.find(value)) {
            tally.add(slots.patternMismatch(), line, record, value);
        }
        if (codes != null && !codes.contains(value)) {
            tally.add(slots.notInCodeList(), line, record, value);
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
            if (patternFailure == null && pattern != null && !pattern.find(part)) {
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
            tally.add(slots.notInCodeList(), line, record, codeFailure);
        }
        if (lengthFailure != null) {
            tally.add(slots.lengthOutOfRange(), line, record, lengthFailure, List.of(CellValues.length(lengthFailure)));
        }
    }

    private boolean lengthFits(int length) {
        Integer min = constraints.minLength();
        Integer max = constraints.maxLength();
        return (min == null || length >= min) && (max == null || length <= max);
    }

    private boolean inRange(BigDecimal number) {
        BigDecimal min = constraints.minimum();
        BigDecimal max = constraints.maximum();
        if (min != null) {
            int c = number.compareTo(min);
            if (c < 0 || c == 0 && constraints.exclusiveMinimum()) {
                return false;
            }
        }
        if (max != null) {
            int c = number.compareTo(max);
            return c < 0 || c == 0 && !constraints.exclusiveMaximum();
        }
        return true;
    }
}
