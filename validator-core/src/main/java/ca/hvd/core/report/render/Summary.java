package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The human summary of a run that a command writes beside its machine output: one verdict line per
 * file, then the result. Control characters in file names are escaped.
 */
public final class Summary {

    private Summary() {
    }

    /**
     * The summary lines, e.g. {@code data.csv: NOT CONFORMANT · 9 errors, 1 warning, 0 info (fails on: error)}
     * then {@code Result: NOT CONFORMANT (1 of 1 file not conformant).}
     */
    public static List<String> lines(ValidationReport report, Language language) {
        Messages m = Messages.of(language);
        List<String> lines = new ArrayList<>();
        for (DatasetReport dataset : report.datasets()) {
            lines.add(m.format("summary.dataset", Escape.controls(dataset.source()), Texts.verdict(m, report, dataset),
                    Texts.counts(m, report, dataset)));
        }
        lines.add(Texts.result(m, report));
        return lines;
    }
}
