package ca.hvd.core.engine;

import ca.hvd.core.check.RowObserver;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What row observers hear of a file validated by the engine, for tests outside its package: every
 * canonical row in the order heard, and every {@code duplicate-key} finding, which the observer of
 * the whole file hears once every row is read.
 */
public final class ObservedRows {

    /**
     * What was heard.
     *
     * @param rows       each canonical row's values joined by {@code |}, in the order heard; with
     *                   its line and record numbers first when heard in one pass
     * @param duplicates each {@code duplicate-key} finding as {@code line:record:field:value}, sorted
     * @param report     the file's report
     */
    public record Heard(List<String> rows, Set<String> duplicates, DatasetReport report) {
    }

    private ObservedRows() {
    }

    /** Heard by an observer per part when the file is read in parts, combined in file order. */
    public static Heard inParts(ValidationRequest request) {
        Observation<Recorder> observation = Observation.inParts(() -> new Recorder(false), Recorder::combine);
        DatasetReport report = Validator.validate(request, request.datasets().get(0), 0, observation);
        return observation.whole().heard(report);
    }

    /** Heard by one observer that must hear the whole file in one pass, with line and record numbers. */
    public static Heard inOnePass(ValidationRequest request) {
        Recorder recorder = new Recorder(true);
        DatasetReport report = Validator.validate(request, request.datasets().get(0), 0, Observation.inOnePass(recorder));
        return recorder.heard(report);
    }

    private static final class Recorder implements RowObserver {
        private final boolean numbered;
        private final List<String> rows = new ArrayList<>();
        private final Set<String> duplicates = new TreeSet<>();

        Recorder(boolean numbered) {
            this.numbered = numbered;
        }

        @Override
        public void row(long line, long record, String[] values) {
            String row = String.join("|", values);
            rows.add(numbered ? line + ":" + record + ":" + row : row);
        }

        @Override
        public void finding(FindingKey key, Severity severity, long line, long record, String value) {
            if (key.code() == FindingCode.DUPLICATE_KEY) {
                duplicates.add(line + ":" + record + ":" + key.field() + ":" + value);
            }
        }

        Recorder combine(Recorder later) {
            Recorder both = new Recorder(numbered);
            both.rows.addAll(rows);
            both.rows.addAll(later.rows);
            both.duplicates.addAll(duplicates);
            both.duplicates.addAll(later.duplicates);
            return both;
        }

        Heard heard(DatasetReport report) {
            return new Heard(List.copyOf(rows), Set.copyOf(duplicates), report);
        }
    }
}
