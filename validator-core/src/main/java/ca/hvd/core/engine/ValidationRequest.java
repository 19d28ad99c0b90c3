package ca.hvd.core.engine;

import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.Severities;
import ca.hvd.core.standard.Profile;
import ca.hvd.core.standard.Standard;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one validation run needs. Build it with {@link #builder(Standard)}.
 *
 * @param standard     the standard version to validate against
 * @param profile      the publishers' layout of the files, one of the standard's profiles, or
 *                     {@code null} for the standard's own layout
 * @param constants    per field, a value that holds for every record of every file
 *                     ({@code --set FIELD=VALUE}); it must be given for each of the profile's
 *                     parameters
 * @param datasets     the files, in report order
 * @param source       how to read them where detection should not decide
 * @param severities   the severity of each finding code
 * @param failOn       the level that makes a dataset not conformant
 * @param exampleLimit the most examples kept per finding key
 * @param progress     hears how far the run has read
 * @param threads      how many threads check a file's records: a file larger than {@code chunkSize}
 *                     is cut into parts at line breaks, checked in parallel and the parts' tallies
 *                     combined in file order, with findings identical whatever the number
 * @param chunkSize    the bytes of a part of a file read in parallel; a part is cut at the first
 *                     line break after it, and the record there is read whole
 * @param keyMemory    the bytes of unique keys (per file) kept in memory before they are written to
 *                     a temporary file; duplicates are found exactly either way
 */
public record ValidationRequest(
        Standard standard,
        Profile profile,
        Map<String, String> constants,
        List<DatasetInput> datasets,
        SourceOptions source,
        Severities severities,
        FailOn failOn,
        int exampleLimit,
        ProgressListener progress,
        int threads,
        int chunkSize,
        long keyMemory) {

    /** The default number of examples per finding key. */
    public static final int DEFAULT_EXAMPLES = 5;

    /** The default bytes of a part of a file read in parallel: 4 MiB. */
    public static final int DEFAULT_CHUNK_SIZE = 4 << 20;

    /** The default bytes of unique keys kept in memory per file: 64 MiB, about a million keys of 36 characters. */
    public static final long DEFAULT_KEY_MEMORY = 64L << 20;

    public ValidationRequest {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severities, "severities");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(progress, "progress");
        datasets = List.copyOf(datasets);
        constants = Map.copyOf(constants);
        if (profile != null && standard.profiles().get(profile.name()) != profile) {
            throw new IllegalArgumentException("the profile " + profile.name() + " is not one of " + standard.ref() + "'s");
        }
        for (String field : constants.keySet()) {
            if (standard.field(field).isEmpty()) {
                throw new IllegalArgumentException(standard.ref() + " has no field " + field);
            }
        }
        if (profile != null && !constants.keySet().containsAll(profile.parameters())) {
            throw new IllegalArgumentException("the profile " + profile.name() + " needs a value for each of "
                    + profile.parameters());
        }
        if (exampleLimit < 0) {
            throw new IllegalArgumentException("the example limit is 0 or more");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread checks records");
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("a part of a file is at least one byte");
        }
        if (keyMemory < 0) {
            throw new IllegalArgumentException("the key memory is 0 bytes or more");
        }
    }

    /**
     * The severity of each code for this run: the profile's expectations, then the run's own
     * settings on top.
     */
    public Severities effectiveSeverities() {
        return profile == null ? severities : Severities.defaults().with(profile.severities()).with(severities.overrides());
    }

    /** How to read the files: the run's options, else what the profile knows, else detection. */
    public SourceOptions effectiveSource() {
        return profile == null ? source : source.orElse(profile.source());
    }

    /**
     * A builder with the defaults: the standard's own layout, no constants, no files, everything
     * detected, default severities, fail on errors, {@value #DEFAULT_EXAMPLES} examples, no
     * progress listener ({@link ProgressListener#NONE}), as many threads as available processors,
     * parts of {@value #DEFAULT_CHUNK_SIZE} bytes and {@value #DEFAULT_KEY_MEMORY} bytes of keys in
     * memory.
     */
    public static Builder builder(Standard standard) {
        return new Builder(standard);
    }

    /** Builds a {@link ValidationRequest}. */
    public static final class Builder {
        private final Standard standard;
        private Profile profile;
        private final Map<String, String> constants = new java.util.LinkedHashMap<>();
        private final List<DatasetInput> datasets = new java.util.ArrayList<>();
        private SourceOptions source = SourceOptions.DETECT;
        private Severities severities = Severities.defaults();
        private FailOn failOn = FailOn.ERROR;
        private int exampleLimit = DEFAULT_EXAMPLES;
        private ProgressListener progress = ProgressListener.NONE;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int chunkSize = DEFAULT_CHUNK_SIZE;
        private long keyMemory = DEFAULT_KEY_MEMORY;

        private Builder(Standard standard) {
            this.standard = standard;
        }

        /** The publishers' layout, one of the standard's profiles (default: none). */
        public Builder profile(Profile profile) {
            this.profile = profile;
            return this;
        }

        /** A value of a field for every record ({@code --set FIELD=VALUE}). */
        public Builder constant(String field, String value) {
            constants.put(field, value);
            return this;
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

        /** How many threads check a file's records (default: the available processors); 1 reads each file in one pass. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * The bytes of a part of a file read in parallel (default {@value #DEFAULT_CHUNK_SIZE}); tests
         * make it small to cut small files into many parts.
         */
        public Builder chunkSize(int chunkSize) {
            this.chunkSize = chunkSize;
            return this;
        }

        /** The bytes of unique keys per file kept in memory before a temporary file takes them (default {@value #DEFAULT_KEY_MEMORY}). */
        public Builder keyMemory(long keyMemory) {
            this.keyMemory = keyMemory;
            return this;
        }

        public ValidationRequest build() {
            return new ValidationRequest(standard, profile, constants, datasets, source, severities, failOn, exampleLimit,
                    progress, threads, chunkSize, keyMemory);
        }
    }
}
