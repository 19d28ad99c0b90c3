package ca.hvd.core.engine;

import ca.hvd.core.Hvd;
import ca.hvd.core.check.CompiledStandard;
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
        for (DatasetInput dataset : request.datasets()) {
            reports.add(validate(request, dataset));
        }
        return new ValidationReport(Hvd.version(), request.standard().ref(), request.standard().title(),
                request.failOn(), reports);
    }

    private static DatasetReport validate(ValidationRequest request, DatasetInput dataset) {
        HeaderMatcher matcher = HeaderMatcher.of(request.standard(), request.profile(), request.constants().keySet());
        CsvFile file = CsvFile.open(dataset.path(), request.effectiveSource(), matcher);
        ColumnBinding binding = matcher.bind(file.header());
        CompiledStandard compiled = CompiledStandard.compile(request.standard(), request.profile(), matcher, binding,
                request.effectiveSeverities(), request.constants());
        Tally tally = compiled.newTally(request.exampleLimit());
        file.notices().forEach(notice -> compiled.notice(notice, tally));
        if (file.info().headerLine() > 0) {
            compiled.start(tally, file.info().headerLine());
        }
        Notice stop = file.read((line, record, cells) -> compiled.check(line, record, cells, tally));
        if (stop != null) {
            compiled.notice(stop, tally);
        }
        return compiled.report(tally, dataset.name(), file.info());
    }
}
