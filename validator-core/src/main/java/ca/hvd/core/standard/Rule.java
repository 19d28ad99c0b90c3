package ca.hvd.core.standard;

import ca.hvd.core.i18n.LocalizedText;
import ca.hvd.core.i18n.Message;
import java.util.List;
import java.util.Objects;

/**
 * A cross-field rule a record must satisfy. Each rule has a stable id used in findings.
 */
public sealed interface Rule permits Rule.Requires, Rule.Prefix {

    /** The rule's id, unique within its standard. */
    String id();

    /** The field a violation is reported against. */
    String field();

    /** What the rule requires, in words. */
    Message description();

    /**
     * "If {@code field} is filled, each of {@code requires} must be filled too": JSON Schema's
     * {@code dependentRequired}.
     *
     * @param id       the rule id, {@code FIELD-requires-OTHER[-OTHER…]}
     * @param field    the field whose presence triggers the rule
     * @param requires the fields that must then be present
     */
    record Requires(String id, String field, List<String> requires) implements Rule {
        public Requires {
            requires = List.copyOf(requires);
        }

        @Override
        public Message description() {
            return Message.of("rule.requires", field, String.join(", ", requires));
        }

        /** The rule of a {@code dependentRequired} entry, with its generated id. */
        public static Requires of(String field, List<String> requires) {
            return new Requires(field + "-requires-" + String.join("-", requires), field, requires);
        }
    }

    /**
     * "The value of {@code field} starts with one of the prefixes that the code in field
     * {@code of} has in attribute {@code attribute} of its code list": a postal code's first letter
     * names its province, a census subdivision code starts with its province's SGC code. The
     * attribute holds the prefixes separated by spaces. Records where either field is empty, or
     * whose code is not in the list, are not checked by this rule.
     *
     * @param id          the rule id, unique within the standard
     * @param field       the field whose value must start with a prefix
     * @param of          the field holding a code of a code list
     * @param attribute   the code list's attribute column that holds the prefixes
     * @param text        what the rule requires, in English and French
     */
    record Prefix(String id, String field, String of, String attribute, LocalizedText text) implements Rule {
        public Prefix {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(of, "of");
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Message description() {
            return Message.of("rule.text", text);
        }
    }
}
