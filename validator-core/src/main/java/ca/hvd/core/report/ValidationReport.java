package ca.hvd.core.report;

import ca.hvd.core.i18n.LocalizedText;
import ca.hvd.core.standard.StandardRef;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The conformance ("interoperability") report of one run: one {@link DatasetReport} per file, all
 * validated against the same standard version.
 *
 * @param toolVersion   the version of hvd that wrote it
 * @param standard      the exact standard version validated against
 * @param standardTitle the standard's title
 * @param profile       the name of the publishers' layout the files were read in, or {@code null}
 *                      for the standard's own
 * @param constants     per field, the value given for every record ({@code --set})
 * @param failOn        the level that makes a dataset not conformant in this run
 * @param overrides     the finding codes whose severity the run changed ({@code --severity}), beyond
 *                      what the profile expects; a code turned off finds nothing, so a report says so
 * @param datasets      the files, in the order given
 */
public record ValidationReport(
        String toolVersion,
        StandardRef standard,
        LocalizedText standardTitle,
        String profile,
        Map<String, String> constants,
        FailOn failOn,
        Severities overrides,
        List<DatasetReport> datasets) {

    public ValidationReport {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(standardTitle, "standardTitle");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(overrides, "overrides");
        constants = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(constants));
        datasets = List.copyOf(datasets);
    }

    /** The report of a run that changed no severity. */
    public ValidationReport(String toolVersion, StandardRef standard, LocalizedText standardTitle, String profile,
                            Map<String, String> constants, FailOn failOn, List<DatasetReport> datasets) {
        this(toolVersion, standard, standardTitle, profile, constants, failOn, Severities.defaults(), datasets);
    }

    /** The report of files read in the standard's own layout, without constants. */
    public ValidationReport(String toolVersion, StandardRef standard, LocalizedText standardTitle, FailOn failOn,
                            List<DatasetReport> datasets) {
        this(toolVersion, standard, standardTitle, null, Map.of(), failOn, datasets);
    }

    /** Whether every dataset is conformant at the run's level. */
    public boolean conformant() {
        return datasets.stream().allMatch(dataset -> dataset.conformant(failOn));
    }

    /** The total number of findings of a severity over all datasets. */
    public long count(Severity severity) {
        return datasets.stream().mapToLong(dataset -> dataset.count(severity)).sum();
    }
}
