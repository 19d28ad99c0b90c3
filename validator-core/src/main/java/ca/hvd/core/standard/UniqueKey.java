package ca.hvd.core.standard;

import java.util.List;

/**
 * Fields whose values together must not repeat across the records of a file.
 *
 * @param fields the field names, in key order
 */
public record UniqueKey(List<String> fields) {

    public UniqueKey {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a unique key names at least one field");
        }
    }

    /** The key's name as shown in reports, e.g. {@code year+sex+name}. */
    public String label() {
        return String.join("+", fields);
    }
}
