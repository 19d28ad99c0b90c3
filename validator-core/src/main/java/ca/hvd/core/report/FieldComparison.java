package ca.hvd.core.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field of the standard across the datasets of a comparison: where each takes it from, how
 * fully and with what values it is filled, and its findings.
 *
 * @param field    the canonical field
 * @param datasets its facts per dataset, in the comparison's order
 */
public record FieldComparison(String field, List<Facts> datasets) {

    public FieldComparison {
        Objects.requireNonNull(field, "field");
        datasets = List.copyOf(datasets);
    }

    /** Where a dataset's values of a field come from. */
    public enum Origin {
        /** A column of the file. */
        COLUMN,
        /** The spread columns of a wide layout (the year of each column, its cells' counts). */
        SPREAD,
        /** One value for every record: a profile's constant or {@code --set}. */
        CONSTANT,
        /** Nowhere: the file has no such column. */
        ABSENT;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A field in one dataset, over its canonical rows.
     *
     * @param origin        where its values come from
     * @param column        the file's header for it (or the spread columns, e.g. {@code 1915…2014}), else {@code null}
     * @param filled        canonical rows that fill it
     * @param rows          canonical rows
     * @param distinct      its distinct values
     * @param distinctExact whether {@code distinct} is exact (else a HyperLogLog estimate, about 0.8% standard error)
     * @param min           its smallest valid number or date, as written, else {@code null}
     * @param max           its largest, else {@code null}
     * @param codes         rows per value of the field's domain (codes of its code list, {@code true}
     *                      and {@code false}, valid values), for code-list and yes/no fields; else {@code null}
     * @param others        the values of such a field outside its domain, counted with a few examples;
     *                      {@code null} when {@code codes} is
     * @param findings      its findings per severity, every severity present
     * @param topFindings   the codes of its most frequent findings, most frequent first (at most 3)
     */
    public record Facts(Origin origin, String column, long filled, long rows, long distinct, boolean distinctExact,
                        String min, String max, Map<String, Long> codes, OtherValues others, Map<Severity, Long> findings,
                        List<String> topFindings) {

        public Facts {
            Objects.requireNonNull(origin, "origin");
            if ((codes == null) != (others == null)) {
                throw new IllegalArgumentException("codes and others come together");
            }
            codes = codes == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codes));
            findings = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(findings));
            topFindings = List.copyOf(topFindings);
        }

        /** The share of canonical rows that fill the field, from 0 to 1; 0 without rows. */
        public double fillRate() {
            return rows == 0 ? 0 : (double) filled / rows;
        }
    }
}
