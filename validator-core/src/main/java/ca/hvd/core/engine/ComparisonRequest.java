package ca.hvd.core.engine;

import ca.hvd.core.report.Severities;
import ca.hvd.core.standard.Standard;
import java.util.List;
import java.util.Objects;

/**
 * Everything one comparison needs.
 *
 * @param standard     the standard version every file is read against; its
 *                     {@link Standard#comparability() dimensions} are what is compared
 * @param datasets     the files, each with its label and layout, in report order (two or more to
 *                     compare anything, though one is accepted)
 * @param severities   the severity of each finding code in the conformance part
 * @param exampleLimit the most examples kept per finding key
 * @param progress     hears how far each file has been read
 */
public record ComparisonRequest(Standard standard, List<LabelledDataset> datasets, Severities severities,
                                int exampleLimit, ProgressListener progress) {

    public ComparisonRequest {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(severities, "severities");
        Objects.requireNonNull(progress, "progress");
        datasets = List.copyOf(datasets);
        if (datasets.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one dataset");
        }
        if (datasets.stream().map(LabelledDataset::label).distinct().count() != datasets.size()) {
            throw new IllegalArgumentException("every dataset needs its own label");
        }
        if (exampleLimit < 0) {
            throw new IllegalArgumentException("the example limit is 0 or more");
        }
    }

    /** A request with default severities, {@value ValidationRequest#DEFAULT_EXAMPLES} examples and no progress listener. */
    public static ComparisonRequest of(Standard standard, List<LabelledDataset> datasets) {
        return new ComparisonRequest(standard, datasets, Severities.defaults(), ValidationRequest.DEFAULT_EXAMPLES,
                ProgressListener.NONE);
    }
}
