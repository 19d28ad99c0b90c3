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
 * @param threads      how many threads read a file larger than {@code chunkSize}, in parts whose
 *                     tallies (conformance and comparability) combine in file order, so the
 *                     report is the same whatever the number (default: the available processors)
 * @param chunkSize    the bytes of a part of a file read in parts (default
 *                     {@value ValidationRequest#DEFAULT_CHUNK_SIZE})
 */
public record ComparisonRequest(Standard standard, List<LabelledDataset> datasets, Severities severities,
                                int exampleLimit, ProgressListener progress, int threads, int chunkSize) {

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
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread reads a file");
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("a part of a file is at least one byte");
        }
    }

    /** A request read on as many threads as available processors, in parts of the default size. */
    public ComparisonRequest(Standard standard, List<LabelledDataset> datasets, Severities severities, int exampleLimit,
                             ProgressListener progress) {
        this(standard, datasets, severities, exampleLimit, progress, Runtime.getRuntime().availableProcessors(),
                ValidationRequest.DEFAULT_CHUNK_SIZE);
    }

    /** This request read on another number of threads. */
    public ComparisonRequest withThreads(int threads) {
        return new ComparisonRequest(standard, datasets, severities, exampleLimit, progress, threads, chunkSize);
    }

    /** This request with parts of another size; tests make it small to cut small files into many parts. */
    public ComparisonRequest withChunkSize(int chunkSize) {
        return new ComparisonRequest(standard, datasets, severities, exampleLimit, progress, threads, chunkSize);
    }

    /**
     * A request with default severities, {@value ValidationRequest#DEFAULT_EXAMPLES} examples, no
     * progress listener, and the default threads and parts.
     */
    public static ComparisonRequest of(Standard standard, List<LabelledDataset> datasets) {
        return new ComparisonRequest(standard, datasets, Severities.defaults(), ValidationRequest.DEFAULT_EXAMPLES,
                ProgressListener.NONE);
    }
}
