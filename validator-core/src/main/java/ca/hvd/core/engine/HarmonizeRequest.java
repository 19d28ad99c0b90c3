package ca.hvd.core.engine;

import ca.hvd.core.report.Severities;
import ca.hvd.core.standard.Standard;
import java.util.List;
import java.util.Objects;

/**
 * Everything one harmonized export needs.
 *
 * @param standard    the standard whose canonical layout the files are written in
 * @param datasets    the files, each with its label and layout, in output order
 * @param severities  the severity of each finding code: a row with an error is rejected (or kept
 *                    with {@code keepInvalid})
 * @param keepInvalid whether rows with errors are written to the output too, instead of the rejects
 * @param progress    hears how far each file has been read
 */
public record HarmonizeRequest(Standard standard, List<LabelledDataset> datasets, Severities severities,
                               boolean keepInvalid, ProgressListener progress) {

    public HarmonizeRequest {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(severities, "severities");
        Objects.requireNonNull(progress, "progress");
        datasets = List.copyOf(datasets);
        if (datasets.isEmpty()) {
            throw new IllegalArgumentException("a harmonized export needs at least one dataset");
        }
    }

    /** A request with default severities, rejecting invalid rows, without a progress listener. */
    public static HarmonizeRequest of(Standard standard, List<LabelledDataset> datasets) {
        return new HarmonizeRequest(standard, datasets, Severities.defaults(), false, ProgressListener.NONE);
    }
}
