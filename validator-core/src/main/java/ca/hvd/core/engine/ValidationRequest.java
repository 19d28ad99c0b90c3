package ca.hvd.core.engine;

import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.Severities;
import ca.hvd.core.standard.Standard;
import java.util.List;
import java.util.Objects;

/**
 * Everything one validation run needs. Build it with {@link #builder(Standard)}.
 *
 * @param standard     the standard version to validate against
 * @param datasets     the files, in report order
 * @param source       how to read them where detection should not decide
 * @param severities   the severity of each finding code
 * @param failOn       the level that makes a dataset not conformant
 * @param exampleLimit the most examples kept per finding key
 * @param progress     hears how far the run has read
 */
public record ValidationRequest(
        Standard standard,
        List<DatasetInput> datasets,
        SourceOptions source,
        Severities severities,
        FailOn failOn,
        int exampleLimit,
        ProgressListener progress) {

    /** The default number of examples per finding key. */
    public static final int DEFAULT_EXAMPLES = 5;

    public ValidationRequest {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severities, "severities");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(progress, "progress");
        datasets = List.copyOf(datasets);
        if (exampleLimit < 0) {
            throw new IllegalArgumentException("the example limit is 0 or more");
        }
    }

    /**
     * A builder with the defaults: no files, everything detected, default severities, fail on
     * errors, {@value #DEFAULT_EXAMPLES} examples, no progress listener
     * ({@link ProgressListener#NONE}).
     */
    public static Builder builder(Standard standard) {
        return new Builder(standard);
    }

    /** Builds a {@link ValidationRequest}. */
    public static final class Builder {
        private final Standard standard;
        private final List<DatasetInput> datasets = new java.util.ArrayList<>();
        private SourceOptions source = SourceOptions.DETECT;
        private Severities severities = Severities.defaults();
        private FailOn failOn = FailOn.ERROR;
        private int exampleLimit = DEFAULT_EXAMPLES;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder(Standard standard) {
            this.standard = standard;
        }

        public Builder dataset(DatasetInput dataset) {
            datasets.add(dataset);
            return this;
        }

        public Builder source(SourceOptions source) {
            this.source = source;
            return this;
        }

        public Builder severities(Severities severities) {
            this.severities = severities;
            return this;
        }

        public Builder failOn(FailOn failOn) {
            this.failOn = failOn;
            return this;
        }

        public Builder exampleLimit(int exampleLimit) {
            this.exampleLimit = exampleLimit;
            return this;
        }

        public Builder progress(ProgressListener progress) {
            this.progress = progress;
            return this;
        }

        public ValidationRequest build() {
            return new ValidationRequest(standard, datasets, source, severities, failOn, exampleLimit, progress);
        }
    }
}
