package ca.hvd.core.report.render;

import ca.hvd.core.i18n.ComparisonMessages;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.ComparisonReport;
import ca.hvd.core.report.DimensionResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The human summary of a comparison that a command writes beside its machine output: one verdict
 * line per dimension, then the result.
 */
public final class ComparisonSummary {

    private ComparisonSummary() {
    }

    /** {@code top-20-share: NOT COMPARABLE} per dimension, then {@code Result: NOT COMPARABLE (…).} */
    public static List<String> lines(ComparisonReport report, Language language) {
        Messages m = ComparisonMessages.of(language);
        List<String> lines = new ArrayList<>();
        for (DimensionResult result : report.dimensions()) {
            lines.add(ComparisonTables.f(m, "compare.summary.dimension", result.dimension().id(),
                    ComparisonTables.verdict(m, result.verdict())));
        }
        lines.add(ComparisonTables.result(m, report));
        return lines;
    }
}
