package ca.hvd.core.source;

import java.util.List;
import java.util.Objects;

/**
 * A column a layout expects in a file's header.
 *
 * @param role     what the column is for
 * @param field    the canonical field it holds ({@code FIELD}, {@code FALLBACK}), or {@code null}
 * @param names    the header names that stand for it
 * @param required whether a file without it has a {@code missing-column} finding (else, for a
 *                 field, {@code missing-optional-column})
 */
public record Wanted(Role role, String field, List<String> names, boolean required) {

    public Wanted {
        Objects.requireNonNull(role, "role");
        names = List.copyOf(names);
    }

    /** What a wanted column is for. */
    public enum Role {
        /** Holds a canonical field. */
        FIELD,
        /** Holds a canonical field when the field's own column is empty. */
        FALLBACK,
        /** Known to the layout but not part of the standard: neither checked nor reported. */
        IGNORED,
        /** The row totals of a wide layout. */
        TOTAL,
        /** The column that decides which records are kept. */
        FILTER
    }
}
