package ca.hvd.core.report;

import ca.hvd.core.i18n.LocalizedText;
import ca.hvd.core.standard.StandardRef;
import java.util.List;
import java.util.Objects;

/**
 * Whether the files of several publishers can be merged and compared: their conformance side by
 * side, each field's coverage and values, and a verdict with its reason along each comparability
 * dimension the standard declares. Built by {@code ca.hvd.core.engine.Comparer}.
 *
 * @param toolVersion   the version of hvd that wrote it
 * @param standard      the exact standard version
 * @param standardTitle its title
 * @param datasets      the datasets, in the order given
 * @param fields        every field of the standard, in canonical order
 * @param dimensions    the standard's comparability dimensions, in declaration order
 */
public record ComparisonReport(String toolVersion, StandardRef standard, LocalizedText standardTitle,
                               List<ComparedDataset> datasets, List<FieldComparison> fields,
                               List<DimensionResult> dimensions) {

    public ComparisonReport {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(standardTitle, "standardTitle");
        datasets = List.copyOf(datasets);
        fields = List.copyOf(fields);
        dimensions = List.copyOf(dimensions);
    }

    /** The worst verdict of the dimensions that have one; comparable when none has. */
    public Verdict verdict() {
        Verdict worst = Verdict.COMPARABLE;
        for (DimensionResult dimension : dimensions) {
            worst = worst.worst(dimension.verdict());
        }
        return worst;
    }

    /** Whether no dimension is {@link Verdict#NOT_COMPARABLE}. */
    public boolean comparable() {
        return verdict() != Verdict.NOT_COMPARABLE;
    }

    /** How many dimensions have a verdict. */
    public long count(Verdict verdict) {
        return dimensions.stream().filter(dimension -> dimension.verdict() == verdict).count();
    }
}
