package ca.hvd.core.standard;

import ca.hvd.core.i18n.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A field's constraints in words, for findings, {@code standards show} and data dictionaries. */
public final class ConstraintWords {

    private ConstraintWords() {
    }

    /** Every constraint of a field, type first, each as a message. */
    public static List<Message> of(Standard standard, Field field) {
        List<Message> words = new ArrayList<>();
        words.add(Message.of(field.required() ? "constraint.required" : "constraint.optional"));
        words.add(type(field.type()));
        if (field.multiValued()) {
            words.add(Message.of("constraint.separator", field.separator()));
        }
        Constraints c = field.constraints();
        if (c.hasRange()) {
            words.add(Message.of("constraint.range", range(c)));
        }
        if (c.hasLength()) {
            words.add(length(c));
        }
        if (c.pattern() != null) {
            words.add(Message.of("constraint.pattern", c.pattern()));
        }
        standard.codeListOf(field).ifPresent(list -> words.add(Message.of("constraint.codelist", list.title(), list.name())));
        if (field.suppressionThreshold() != null) {
            words.add(Message.of("constraint.suppression", field.suppressionThreshold(), field.suppressionThreshold() - 1));
        }
        TextChecks text = field.text();
        if (text.nameCharacters()) {
            words.add(Message.of("constraint.name-characters"));
        }
        if (text.placeholders() != null) {
            words.add(Message.of("constraint.placeholders", standard.codeLists().get(text.placeholders()).title()));
        }
        if (text.consistentCase()) {
            words.add(Message.of("constraint.consistent-case"));
        }
        if (text.mojibake()) {
            words.add(Message.of("constraint.mojibake"));
        }
        return words;
    }

    /** The type as words, e.g. "a whole number". */
    public static Message type(FieldType type) {
        return Message.of("type." + type.label());
    }

    /** The allowed range as symbols, e.g. {@code ≥ 1900, ≤ 2100}: the same in both languages. */
    public static String range(Constraints c) {
        List<String> parts = new ArrayList<>();
        if (c.minimum() != null) {
            parts.add((c.exclusiveMinimum() ? "> " : "≥ ") + plain(c.minimum()));
        }
        if (c.maximum() != null) {
            parts.add((c.exclusiveMaximum() ? "< " : "≤ ") + plain(c.maximum()));
        }
        return String.join(", ", parts);
    }

    /** The allowed length, e.g. "1 to 60 characters". */
    public static Message length(Constraints c) {
        if (c.minLength() != null && c.maxLength() != null) {
            return Message.of("length.between", c.minLength(), c.maxLength());
        }
        if (c.minLength() != null) {
            return Message.of("length.at-least", c.minLength());
        }
        return Message.of("length.at-most", c.maxLength());
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
