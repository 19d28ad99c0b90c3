package ca.hvd.core.check;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A cross-field rule of a standard compiled against a file's layout: {@link #violated} reads a
 * record's values, indexed by field. Part of the hot loop ({@link CompiledStandard#check}).
 */
sealed interface RowRule {

    /** Whether the record's values break the rule. */
    boolean violated(String[] values);

    /** The field a finding names, whose value it shows. */
    int subject();

    /** Where its findings go. */
    Slot slot();

    /** Every field the rule reads. */
    Set<Integer> fields();

    /** A value of {@code subject} requires a value of each of {@code requires}. */
    record Requires(int subject, int[] requires, Slot slot) implements RowRule {
        @Override
        public boolean violated(String[] values) {
            if (values[subject].isEmpty()) {
                return false;
            }
            for (int field : requires) {
                if (values[field].isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Set<Integer> fields() {
            Set<Integer> fields = new HashSet<>();
            fields.add(subject);
            for (int field : requires) {
                fields.add(field);
            }
            return fields;
        }
    }

    /**
     * A value of {@code subject} starts (ignoring case) with one of the prefixes listed for the
     * value of field {@code of}; values of {@code of} not listed allow anything.
     */
    record Prefix(int subject, int of, Map<String, String[]> prefixes, Slot slot) implements RowRule {
        @Override
        public boolean violated(String[] values) {
            String value = values[subject];
            String[] allowed = value.isEmpty() ? null : prefixes.get(values[of]);
            if (allowed == null) {
                return false;
            }
            for (String prefix : allowed) {
                if (value.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Set<Integer> fields() {
            return Set.of(subject, of);
        }
    }
}
