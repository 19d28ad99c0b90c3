package ca.hvd.core.engine;

import ca.hvd.core.compare.ComparabilityPlan;
import ca.hvd.core.compare.ComparabilityTally;
import ca.hvd.core.compare.ComparisonBuilder;
import ca.hvd.core.report.ComparisonReport;
import ca.hvd.core.report.DatasetReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the files of several publishers along the comparability dimensions of a standard: each
 * file is validated in its own layout, and the same single pass feeds its canonical rows to a
 * {@link ComparabilityTally}; the tallies and the conformance reports then make a
 * {@link ComparisonReport}.
 */
public final class Comparer {

    private Comparer() {
    }

    /**
     * Runs a comparison.
     *
     * @throws ca.hvd.core.SourceException when a file cannot be read at all
     */
    public static ComparisonReport compare(ComparisonRequest request) {
        ComparabilityPlan plan = ComparabilityPlan.of(request.standard());
        List<ComparisonBuilder.Input> inputs = new ArrayList<>();
        for (LabelledDataset dataset : request.datasets()) {
            ValidationRequest validation = dataset.request(request.standard(), request.severities(), request.exampleLimit(),
                    request.progress());
            ComparabilityTally tally = plan.newTally();
            DatasetReport report = Validator.validate(validation, dataset.input(), 0, tally);
            inputs.add(new ComparisonBuilder.Input(dataset.label(), dataset.profile(), dataset.constants(), report, tally));
        }
        return ComparisonBuilder.build(request.standard(), inputs);
    }
}
