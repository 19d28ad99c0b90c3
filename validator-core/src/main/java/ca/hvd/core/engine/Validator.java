package ca.hvd.core.engine;

import ca.hvd.core.Hvd;
import ca.hvd.core.check.CompiledStandard;
import ca.hvd.core.check.RowObserver;
import ca.hvd.core.check.Tally;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.source.ColumnBinding;
import ca.hvd.core.source.CsvFile;
import ca.hvd.core.source.HeaderMatcher;
import ca.hvd.core.source.Notice;
import ca.hvd.core.SourceException;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates files against a standard: each file is read once, its records streamed through the
 * compiled checks, and its findings tallied into a {@link DatasetReport}.
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
        for (int i = 0; i < datasets.size(); i++) {
            reports.add(validate(request, datasets.get(i), i));
        }
        return new ValidationReport(Hvd.version(), request.standard().ref(), request.standard().title(),
                request.profile() == null ? null : request.profile().name(), request.constants(), request.failOn(), reports);
    }

    private static DatasetReport validate(ValidationRequest request, DatasetInput dataset, int index) {
        return validate(request, dataset, index, null);
    }

    /**
     * Validates one file of a request, an observer hearing its canonical rows and findings in the
     * same pass ({@code null} for none): what comparing and harmonizing build on.
     */
    static DatasetReport validate(ValidationRequest request, DatasetInput dataset, int index, RowObserver observer) {
        HeaderMatcher matcher = HeaderMatcher.of(request.standard(), request.profile(), request.constants().keySet());
        CsvFile file = CsvFile.open(dataset.path(), request.effectiveSource(), matcher);
        ColumnBinding binding = matcher.bind(file.header());
        CompiledStandard compiled = CompiledStandard.compile(request.standard(), request.profile(), matcher, binding,
                request.effectiveSeverities(), request.constants());
        Tally tally = compiled.newTally(request.exampleLimit(), observer);
        file.notices().forEach(notice -> compiled.notice(notice, tally));
        if (file.info().headerLine() > 0) {
            compiled.start(tally, file.info().headerLine());
        }
        ProgressListener listener = request.progress();
        Notice stop;
        if (listener == ProgressListener.NONE) {
            stop = file.read((line, record, cells) -> compiled.check(line, record, cells, tally));
        } else {
            int count = request.datasets().size();
            listener.progress(new ProgressListener.Progress(dataset, index, count, 0, file.size(), 0, false));
            Ticker ticker = new Ticker(listener, dataset, index, count, file);
            stop = file.read((line, record, cells) -> {
                compiled.check(line, record, cells, tally);
                ticker.tick(record);
            });
            listener.progress(new ProgressListener.Progress(dataset, index, count, file.size(), file.size(),
                    ticker.records, true));
        }
        if (stop != null) {
            compiled.notice(stop, tally);
        }
        return compiled.report(tally, dataset.name(), file.info());
    }

    /** Calls a listener at most every {@link ProgressListener#RECORD_INTERVAL} records and interval of time. */
    private static final class Ticker {
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
    }
}
