package ca.hvd.core.report;

import java.util.Map;
import java.util.Objects;

/**
 * One dataset of a comparison: how it was named and read, and its conformance.
 *
 * @param label       the short name the user gave it (e.g. {@code NS})
 * @param profile     the publisher's layout it was read in, or {@code null}
 * @param constants   the values given for every record ({@code sex=F}), sorted by field
 * @param conformance its validation report
 * @param rows        its canonical rows: one per record, or one per spread cell that is not
 *                    suppressed in a wide layout
 */
public record ComparedDataset(String label, String profile, Map<String, String> constants, DatasetReport conformance,
                              long rows) {

    public ComparedDataset {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(conformance, "conformance");
        constants = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(constants));
    }
}
