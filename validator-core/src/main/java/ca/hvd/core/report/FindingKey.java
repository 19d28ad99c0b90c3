package ca.hvd.core.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * What findings are grouped by in a report: one code, about one field or column, for one rule.
 *
 * @param code   the finding code
 * @param field  the canonical field, or {@code null} when the finding is not about a field
 * @param column the column as its header names it in the file, or {@code null}
 * @param rule   the rule or unique key id, or {@code null}
 */
public record FindingKey(FindingCode code, String field, String column, String rule) implements Comparable<FindingKey> {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<FindingKey> ORDER = Comparator.comparing(FindingKey::code)
            .thenComparing(FindingKey::field, NULLS_FIRST)
            .thenComparing(FindingKey::column, NULLS_FIRST)
            .thenComparing(FindingKey::rule, NULLS_FIRST);

    public FindingKey {
        Objects.requireNonNull(code, "code");
    }

    public static FindingKey of(FindingCode code) {
        return new FindingKey(code, null, null, null);
    }

    @Override
    public int compareTo(FindingKey other) {
        return ORDER.compare(this, other);
    }
}
