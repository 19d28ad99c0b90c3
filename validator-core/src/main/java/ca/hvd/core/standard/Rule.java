package ca.hvd.core.standard;

import ca.hvd.core.i18n.Message;
import java.util.List;

/**
 * A cross-field rule a record must satisfy. Each rule has a stable id used in findings.
 */
public sealed interface Rule permits Rule.Requires {

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
}
