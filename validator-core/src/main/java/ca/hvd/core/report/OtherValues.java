package ca.hvd.core.report;

import java.util.List;

/**
 * The values of a counted field that are not in its domain (not a code of its code list, not a
 * valid value, or longer than {@value Example#MAX_VALUE_LENGTH} characters): counted exactly, and
 * shown by a few examples only, so a comparison report holds no more of them than a validation
 * report's examples.
 *
 * @param rows     canonical rows holding such a value
 * @param examples the smallest of them in {@link String} order, each cut like an example value; at
 *                 most the comparison's example limit
 */
public record OtherValues(long rows, List<String> examples) {

    /** No value outside the domain. */
    public static final OtherValues NONE = new OtherValues(0, List.of());

    public OtherValues {
        if (rows < examples.size()) {
            throw new IllegalArgumentException("each example is in at least one row");
        }
        examples = List.copyOf(examples);
    }
}
