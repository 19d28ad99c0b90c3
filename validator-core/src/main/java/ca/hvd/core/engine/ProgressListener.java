package ca.hvd.core.engine;

/**
 * Hears how far a validation run has read, e.g. to draw a progress bar. It is called on the thread
 * that called {@link Validator#validate}: once when a file is opened, then no more often than every
 * {@value #INTERVAL_MILLIS} ms, and once when the file is done. A file read in one pass is heard at
 * most every {@value #RECORD_INTERVAL} records (the hot loop pays one counter check per record); a
 * file read in parts ({@link ValidationRequest#chunkSize()}) is heard after a part is checked and
 * combined, with the bytes and records of the parts combined so far. A listener must be quick and
 * must not throw.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Hears nothing: the default, and free. */
    ProgressListener NONE = progress -> { };

    /** How many records pass between two looks at the clock. */
    int RECORD_INTERVAL = 4096;

    /** The least time between two calls while a file is read. */
    long INTERVAL_MILLIS = 200;

    /** Takes the progress of the file being read. */
    void progress(Progress progress);

    /**
     * Where a run is.
     *
     * @param dataset    the file being read
     * @param index      its position among the run's files, 0-based
     * @param datasets   how many files the run has
     * @param bytesRead  bytes of it read so far (the reader reads ahead by a buffer)
     * @param totalBytes its size when it was opened
     * @param records    data records checked so far
     * @param done       whether the file is finished
     */
    record Progress(DatasetInput dataset, int index, int datasets, long bytesRead, long totalBytes, long records,
                    boolean done) {

        /** The share of the file read, from 0 to 1 (1 for an empty file). */
        public double fraction() {
            return totalBytes <= 0 ? 1 : Math.min(1, (double) bytesRead / totalBytes);
        }
    }
}
