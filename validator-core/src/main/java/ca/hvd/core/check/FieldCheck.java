package ca.hvd.core.check;

import ca.hvd.core.standard.Constraints;
import ca.hvd.core.standard.FieldType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every cell check of one field, compiled against the column that holds it: the pattern compiled,
 * the bounds parsed and the code list turned into a set before the first row. Configuration only;
 * findings go to the caller's {@link Tally}. A {@code null} slot means the check does not apply.
 */
final class FieldCheck {

    final int field;
    final int column;
    private final FieldType type;
    private final Slot requiredMissing;
    private final Slot space;
    private final Slot invalidCharacter;
    private final Slot typeMismatch;
    private final Slot patternMismatch;
    private final Slot notInCodeList;
    private final Slot outOfRange;
    private final Slot lengthOutOfRange;
    private final Pattern pattern;
    private final Set<String> codes;
    private final Constraints constraints;

    FieldCheck(int field, int column, FieldType type, Constraints constraints, Set<String> codes, FieldSlots slots) {
        this.field = field;
        this.column = column;
        this.type = type;
        this.constraints = constraints;
        this.requiredMissing = slots.requiredMissing();
        this.space = slots.space();
        this.invalidCharacter = slots.invalidCharacter();
        this.typeMismatch = slots.typeMismatch();
        this.patternMismatch = slots.patternMismatch();
        this.notInCodeList = slots.notInCodeList();
        this.outOfRange = slots.outOfRange();
        this.lengthOutOfRange = slots.lengthOutOfRange();
        this.pattern = constraints.pattern() == null ? null : Pattern.compile(constraints.pattern());
        this.codes = codes == null ? null : Set.copyOf(codes);
    }

    /** The slots of a field's findings, each {@code null} when its check does not apply to the field. */
    record FieldSlots(Slot requiredMissing, Slot space, Slot invalidCharacter, Slot typeMismatch,
                      Slot patternMismatch, Slot notInCodeList, Slot outOfRange, Slot lengthOutOfRange) {
    }

    /**
     * Checks one cell.
     *
     * @return the value without surrounding spaces, {@code ""} when empty
     */
    String check(String raw, long line, long record, Tally tally) {
        for (int i = 0; i < raw.length(); i++) {
            if (CellValues.isInvalidCharacter(raw.charAt(i))) {
                tally.add(invalidCharacter, line, record, raw);
                break;
            }
        }
        String value = CellValues.trim(raw);
        if (value.isEmpty()) {
            if (requiredMissing != null) {
                tally.add(requiredMissing, line, record, raw);
            }
            return value;
        }
        tally.filled(field, value);
        if (value != raw) {
            tally.add(space, line, record, raw);
        }
        switch (type) {
            case INTEGER -> {
                if (!CellValues.isInteger(value)) {
                    tally.add(typeMismatch, line, record, value);
                } else {
                    tally.number(field, value);
                    if (outOfRange != null && !inRange(new BigDecimal(CellValues.integer(value)))) {
                        tally.add(outOfRange, line, record, value);
                    }
                }
            }
            case NUMBER -> {
                if (!CellValues.isNumber(value)) {
                    tally.add(typeMismatch, line, record, value);
                } else {
                    tally.number(field, value);
                    if (outOfRange != null && !inRange(CellValues.number(value))) {
                        tally.add(outOfRange, line, record, value);
                    }
                }
            }
            case BOOLEAN -> {
                if (!CellValues.isBoolean(value)) {
                    tally.add(typeMismatch, line, record, value);
                }
            }
            case DATE -> {
                if (!CellValues.isDate(value)) {
                    tally.add(typeMismatch, line, record, value);
                }
            }
            case STRING -> checkText(value, line, record, tally);
        }
        return value;
    }

    private void checkText(String value, long line, long record, Tally tally) {
        if (pattern != null && !pattern.matcher(value).find()) {
            tally.add(patternMismatch, line, record, value);
        }
        if (codes != null && !codes.contains(value)) {
            tally.add(notInCodeList, line, record, value);
        }
        if (lengthOutOfRange != null) {
            int length = CellValues.length(value);
            Integer min = constraints.minLength();
            Integer max = constraints.maxLength();
            if (min != null && length < min || max != null && length > max) {
                tally.add(lengthOutOfRange, line, record, value, List.of(length));
            }
        }
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
