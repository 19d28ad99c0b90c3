package ca.hvd.core.engine;

import ca.hvd.core.Hvd;
import ca.hvd.core.check.CompiledStandard;
import ca.hvd.core.check.RowObserver;
import ca.hvd.core.check.Tally;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.source.ColumnBinding;
import ca.hvd.core.source.CsvFile;
import ca.hvd.core.source.HeaderMatcher;
import ca.hvd.core.source.Notice;
import ca.hvd.core.SourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates files against a standard: each file is read once, its records streamed through the
 * compiled checks, and its findings tallied into a {@link DatasetReport}.
 *
 * <p>A file larger than the request's {@link ValidationRequest#chunkSize() chunk size} is read in
 * parts, on {@link ValidationRequest#threads() several threads} when there are, when its encoding
 * allows cutting it at line breaks ({@link ParallelRead}); the parts' tallies are combined in file
 * order before anything is decided on the whole file, so the report is the same whatever the
 * number of threads. Other files are read in one pass on the calling thread: small ones,
 * gzip-compressed ones (a gzip stream can only be inflated from its start), UTF-16 ones, and those
 * whose rows an observer must hear in order ({@link Observation#inOnePass}).
 */
public final class Validator {

    private Validator() {
    }

    /**
     * Runs a validation.
     *
     * @throws SourceException when a file cannot be read at all
     */
    public static ValidationReport validate(ValidationRequest request) {
        List<DatasetReport> reports = new ArrayList<>();
        List<DatasetInput> datasets = request.datasets();
        try (Workers workers = new Workers(request.threads())) {
            for (int i = 0; i < datasets.size(); i++) {
                reports.add(validate(request, datasets.get(i), i, workers, null));
            }
        }
        return new ValidationReport(Hvd.version(), request.standard().ref(), request.standard().title(),
                request.profile() == null ? null : request.profile().name(), request.constants(), request.failOn(),
                request.severities(), reports);
    }

    /**
     * Validates one file of a request, observers hearing its canonical rows and findings in the
     * same pass: what comparing and harmonizing build on. The observation says whether the file
     * may be read in parts.
     *
     * @throws SourceException when the file cannot be read at all
     */
    static DatasetReport validate(ValidationRequest request, DatasetInput dataset, int index, Observation<?> observation) {
        try (Workers workers = new Workers(request.threads())) {
            return validate(request, dataset, index, workers, observation);
        }
    }

    /** Validates one file; {@code observation} is {@code null} when nothing observes the rows. */
    private static <T extends RowObserver> DatasetReport validate(ValidationRequest request, DatasetInput dataset, int index,
                                                                  Workers workers, Observation<T> observation) {
        HeaderMatcher matcher = HeaderMatcher.of(request.standard(), request.profile(), request.constants().keySet());
        CsvFile file = CsvFile.open(dataset.path(), request.effectiveSource(), matcher);
        ColumnBinding binding = matcher.bind(file.header());
        CompiledStandard compiled = CompiledStandard.compile(request.standard(), request.profile(), matcher, binding,
                request.effectiveSeverities(), request.constants());
        Tally tally = compiled.newTally(request.exampleLimit(), request.keyMemory(),
                observation == null ? null : observation.first());
        try {
            file.notices().forEach(notice -> compiled.notice(notice, tally));
            if (request.profile() == null && request.effectiveSeverities().of(FindingCode.KNOWN_LAYOUT).isPresent()) {
                KnownLayouts.suggestion(request.standard(), dataset.path(), request.source(), request.constants().keySet(),
                        matcher, file.header(), binding).ifPresent(notice -> compiled.notice(notice, tally));
            }
            if (file.info().headerLine() > 0) {
                compiled.start(tally, file.info().headerLine());
            }
            ProgressListener listener = request.progress();
            int count = request.datasets().size();
            Ticker ticker = new Ticker(listener, dataset, index, count, file);
            if (listener != ProgressListener.NONE) {
                listener.progress(new ProgressListener.Progress(dataset, index, count, 0, file.size(), 0, false));
            }
            boolean inParts = file.size() > request.chunkSize() && file.splittable()
                    && (observation == null || observation.allowsParts());
            if (inParts) {
                new ParallelRead<>(file, compiled, request, workers.pool(), observation).read(tally, ticker);
            } else {
                readWhole(file, compiled, tally, ticker, listener);
            }
            file.encodingMismatch(tally.firstInvalidByte()).ifPresent(notice -> compiled.notice(notice, tally));
            return inParts ? compiled.report(tally, dataset.name(), file.info(), workers.pool(),
                    observation == null ? null : observation.whole())
                    : compiled.report(tally, dataset.name(), file.info());
        } finally {
            tally.release();
        }
    }

    /** Reads the file in one pass on this thread. */
    private static void readWhole(CsvFile file, CompiledStandard compiled, Tally tally, Ticker ticker,
                                  ProgressListener listener) {
        Notice stop;
        if (listener == ProgressListener.NONE) {
            stop = file.read((line, record, cells, noInvalidCharacter) ->
                    compiled.check(line, record, cells, noInvalidCharacter, tally));
        } else {
            stop = file.read((line, record, cells, noInvalidCharacter) -> {
                compiled.check(line, record, cells, noInvalidCharacter, tally);
                ticker.tick(record);
            });
        }
        if (stop != null) {
            compiled.notice(stop, tally);
        }
        tally.invalidByte(file.invalidByte());
        ticker.done(ticker.records);
    }

    /**
     * The threads that read parts of files, started when a file is first read in parts; with one
     * thread, parts are read on the calling thread, one after the other.
     */
    private static final class Workers implements AutoCloseable {
        private final int threads;
        private ExecutorService pool;

        Workers(int threads) {
            this.threads = threads;
        }

        ExecutorService pool() {
            if (pool == null && threads == 1) {
                pool = new InlineExecutor();
            } else if (pool == null) {
                AtomicInteger number = new AtomicInteger();
                pool = Executors.newFixedThreadPool(threads, task -> {
                    Thread thread = new Thread(task, "hvd-check-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
            }
            return pool;
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Runs each task on the thread that submits it. */
    private static final class InlineExecutor extends java.util.concurrent.AbstractExecutorService {
        private boolean shutdown;

        @Override
        public void execute(Runnable task) {
            task.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) {
            return true;
        }
    }

    /**
     * Calls a listener: in one pass at most every {@link ProgressListener#RECORD_INTERVAL} records,
     * in parts after each part, and no more often than every {@link ProgressListener#INTERVAL_MILLIS}
     * ms.
     */
    private static final class Ticker implements ParallelRead.Progress {
        private static final long INTERVAL_NANOS = ProgressListener.INTERVAL_MILLIS * 1_000_000;

        private final ProgressListener listener;
        private final DatasetInput dataset;
        private final int index;
        private final int count;
        private final CsvFile file;
        private long last = System.nanoTime();
        long records;

        Ticker(ProgressListener listener, DatasetInput dataset, int index, int count, CsvFile file) {
            this.listener = listener;
            this.dataset = dataset;
            this.index = index;
            this.count = count;
            this.file = file;
        }

        void tick(long record) {
            records = record;
            if (record % ProgressListener.RECORD_INTERVAL != 0) {
                return;
            }
            long now = System.nanoTime();
            if (now - last >= INTERVAL_NANOS) {
                last = now;
                listener.progress(new ProgressListener.Progress(dataset, index, count, file.bytesRead(), file.size(),
                        record, false));
            }
        }

        @Override
        public void part(long bytesRead, long records) {
            long now = System.nanoTime();
            if (listener != ProgressListener.NONE && now - last >= INTERVAL_NANOS && bytesRead < file.size()) {
                last = now;
                listener.progress(new ProgressListener.Progress(dataset, index, count, bytesRead, file.size(), records,
                        false));
            }
        }

        @Override
        public void done(long records) {
            if (listener != ProgressListener.NONE) {
                listener.progress(new ProgressListener.Progress(dataset, index, count, file.size(), file.size(), records,
                        true));
            }
        }
    }
}
